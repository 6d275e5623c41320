#pragma once

#include "httpresponse.h"
#include "mockconfig.h"
#include "mockjobstore.h"

#include <QJsonObject>
#include <QString>

// The bodies the mock answers with, shaped by the configured dialect.
namespace MockResponses {

[[nodiscard]] QJsonObject video(const MockJob& job, const JobState& state, Dialect dialect);
[[nodiscard]] QJsonValue status(const JobState& state, Dialect dialect);

struct ErrorText final {
    QString message{};
    QString messageZh{};
    QString type = QStringLiteral("invalid_request_error");
    QString code{};
    QString param{};
};

// The OpenAI envelope with the gateway's Chinese message beside the English.
[[nodiscard]] HttpResponse canonicalError(int status, const ErrorText& text);
// new-api task errors: {"code","message","data":null}.
[[nodiscard]] HttpResponse newApiError(int status, const ErrorText& text);
// The envelope the dialect uses for errors of the video endpoints.
[[nodiscard]] HttpResponse error(int status, const ErrorText& text, Dialect dialect);

[[nodiscard]] HttpResponse invalidToken();
[[nodiscard]] HttpResponse videoNotFound(Dialect dialect);
[[nodiscard]] HttpResponse invalidUrl(const QByteArray& method, const QByteArray& path);
[[nodiscard]] HttpResponse notCompleted(const JobState& state);
[[nodiscard]] ErrorText statusText(int status);

} // namespace MockResponses
