#pragma once

#include "api/apicall.h"

#include <QTest>

// An ApiCall deletes itself after finished(): copy what it said in the slot,
// then let the test look at it at leisure.
struct CallResult final {
    bool done = false;
    bool ok = false;
    ApiError error;
    std::optional<Video> video;
    QJsonObject json;
    QList<qint64> retryDelays;

    static CallResult waitFor(ApiCall* call, int timeoutMs = 20'000) {
        auto result = std::make_shared<CallResult>();
        QObject::connect(
            call, &ApiCall::retryScheduled, call,
            [result](const ApiError&, qint64 delayMs) { result->retryDelays.append(delayMs); });
        QObject::connect(call, &ApiCall::finished, call, [result, call] {
            result->done = true;
            result->ok = call->succeeded();
            result->error = call->error();
            result->video = call->video();
            result->json = call->json();
        });
        if (!QTest::qWaitFor([&result] { return result->done; }, timeoutMs))
            qWarning("the call did not finish within %d ms", timeoutMs);
        return *result;
    }
};
