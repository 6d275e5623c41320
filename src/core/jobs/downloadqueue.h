#pragma once

#include "../api/apierror.h"
#include "jobrecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class GatewayPool;
class JobStore;
class ResultDownload;

// The results waiting to be fetched: a queue, a few downloads at once over
// all gateways (ResultDownload each), a back-off per job after a failure, and
// the mark of a result that expired before it was fetched. What it learns
// goes into the job's row; JobLibrary decides what to enqueue.
class DownloadQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadQueue)

public:
    DownloadQueue(JobStore* store, GatewayPool* gateways, int maxAtOnce, QObject* parent = nullptr);
    ~DownloadQueue() override;

    QString folder() const { return m_folder; }
    void setFolder(const QString& folder) { m_folder = folder; }

    // Queues the job's result; nothing when it is queued or on its way already.
    void enqueue(qint64 id);
    // Now, whatever the back-off of earlier failures says.
    void retryNow(qint64 id);
    // Housekeeping of a job whose result is not on disk: marks it expired when
    // the result is gone, else queues it when `allowed` and its back-off is over
    // (sooner when the result would expire meanwhile).
    void catchUp(const JobRecord& record, bool allowed, const QDateTime& now);
    // Forgets the job: out of the queue, its download stopped.
    void cancel(qint64 id);
    // Stops the downloads of a gateway that is going away; queued ones wait for it.
    void cancelProfile(const QString& profileId);
    // The job's result can no longer be fetched: state Expired, with the reason.
    void markExpired(qint64 id);

    bool contains(qint64 id) const { return m_running.contains(id) || m_queue.contains(id); }
    int pending() const { return int(m_running.size() + m_queue.size()); }

signals:
    void jobChanged(qint64 id);
    void progress(qint64 id, qint64 received, qint64 total);
    void finished(qint64 id, bool ok, const ApiError& error);

private:
    struct Retry final {
        int failures = 0;
        QDateTime notBefore;
    };

    void startMore();
    void onFinished(ResultDownload* download);

    JobStore* m_store = nullptr;
    GatewayPool* m_gateways = nullptr;
    int m_maxAtOnce = 1;
    QString m_folder;
    QList<qint64> m_queue;
    QHash<qint64, QPointer<ResultDownload>> m_running;
    QHash<qint64, Retry> m_retries;
};
