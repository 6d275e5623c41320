#pragma once

#include "../api/apierror.h"
#include "../api/video.h"
#include "jobrecord.h"
#include "submission.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

class ApiClient;
class JobStore;
class RequestSlots;

// Sends submissions: writes each version's job (state Submitting) and, once
// the rows are on disk, its POST, never more than one POST per row and never
// again after an unknown outcome. Submits of a gateway go out a few at a time
// (their own limit, inside the gateway's limit on requests in flight), and a
// 429 waits as long as the gateway asks (ApiCall's retry policy).
class JobSubmitter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobSubmitter)

public:
    // How to reach a profile's gateway; client null when it has none.
    struct Route final {
        ApiClient* client = nullptr;
        QPointer<RequestSlots> requestSlots;
        QPointer<RequestSlots> submitSlots;
        QUrl baseUrl;
    };
    using RouteLookup = std::function<Route(const QString& profileId)>;

    JobSubmitter(JobStore* store, RouteLookup route, QObject* parent = nullptr);
    ~JobSubmitter() override;

    // The new jobs' local ids, in version order; empty with `error` set when
    // nothing was written (invalid request, no gateway, library not writable).
    QList<qint64> submit(const QString& profileId, const Submission& submission, QString* error);
    // A Submitting row whose POST is still awaiting its answer in some process.
    bool isAlive(const JobRecord& record) const;

signals:
    void jobAdded(qint64 id);
    void retryScheduled(qint64 id, const ApiError& error, qint64 delayMs);
    // The POST's answer is in the row: a video, or why there is none.
    void answered(qint64 id, bool ok, const ApiError& error);

private:
    void send(qint64 id, const QString& profileId, const Submission& submission);
    void onAnswered(qint64 id, bool ok, const std::optional<Video>& video, const ApiError& error,
                    const QByteArray& billing = {});
    QString liveKey(qint64 id) const;

    JobStore* m_store = nullptr;
    RouteLookup m_route;
    QSet<qint64> m_inFlight;
};
