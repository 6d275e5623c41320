#include "downloadqueue.h"

#include "../api/apiclient.h"
#include "gatewaypool.h"
#include "joblineage.h"
#include "jobstore.h"
#include "resultdownload.h"

using namespace Qt::StringLiterals;

DownloadQueue::DownloadQueue(JobStore* store, GatewayPool* gateways, int maxAtOnce, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_gateways(gateways)
    , m_maxAtOnce(std::max(1, maxAtOnce)) {}

DownloadQueue::~DownloadQueue() {
    // Before the gateways whose clients the downloads are calling.
    for (const QPointer<ResultDownload>& download : std::as_const(m_running))
        delete download.data();
}

void DownloadQueue::enqueue(qint64 id) {
    if (contains(id))
        return;
    m_queue.append(id);
    startMore();
}

void DownloadQueue::retryNow(qint64 id) {
    m_retries.remove(id);
    enqueue(id);
}

void DownloadQueue::catchUp(const JobRecord& record, bool allowed, const QDateTime& now) {
    if (contains(record.id))
        return;
    if (record.hasExpired(now)) {
        markExpired(record.id);
        return;
    }
    const Retry retry = m_retries.value(record.id);
    const bool due = !retry.notBefore.isValid() || retry.notBefore <= now ||
                     (record.expiresAt.isValid() && record.expiresAt.addSecs(-120) <= now);
    if (allowed && due)
        enqueue(record.id);
}

void DownloadQueue::cancel(qint64 id) {
    m_queue.removeAll(id);
    delete m_running.take(id).data();
}

void DownloadQueue::cancelProfile(const QString& profileId) {
    for (auto it = m_running.begin(); it != m_running.end();) {
        const std::optional<JobRecord> record = m_store->job(it.key());
        if (record && record->profileId == profileId) {
            delete it.value().data();
            it = m_running.erase(it);
        } else {
            ++it;
        }
    }
}

void DownloadQueue::markExpired(qint64 id) {
    const std::optional<JobRecord> record = m_store->modify(id, [](JobRecord& row) {
        if (!row.awaitsDownload() && row.state != JobState::Expired)
            return;
        row.state = JobState::Expired;
        row.error = {{u"code"_s, u"expired"_s},
                     {u"message"_s, JobRecord::expiredText(row.expiresAt)}};
    });
    if (record)
        emit jobChanged(id);
}

void DownloadQueue::startMore() {
    while (m_running.size() < m_maxAtOnce && !m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        const std::optional<JobRecord> record = m_store->job(id);
        if (!record || !record->awaitsDownload())
            continue;
        const Gateway* gateway = m_gateways->find(record->profileId);
        if (!gateway || gateway->paused)
            continue; // queued again by housekeeping once the gateway is back
        if (record->hasExpired()) {
            markExpired(id);
            continue;
        }
        QString parentPrompt;
        if (const std::optional<JobRecord> parent = JobLineage(*m_store).remixedFrom(id))
            parentPrompt = parent->prompt;
        auto* download =
            new ResultDownload(gateway->client.get(), *record, m_folder, parentPrompt, this);
        m_running.insert(id, download);
        connect(download, &ResultDownload::progress, this,
                [this, id](qint64 received, qint64 total) { emit progress(id, received, total); });
        connect(download, &ResultDownload::finished, this,
                [this, download] { onFinished(download); });
        download->start();
    }
}

void DownloadQueue::onFinished(ResultDownload* download) {
    const qint64 id = download->jobId();
    m_running.remove(id);
    download->deleteLater();
    const ApiError error = download->error();
    if (download->succeeded()) {
        m_retries.remove(id);
        const QString video = download->videoPath();
        const QString thumbnail = download->thumbnailPath();
        m_store->modify(id, [&](JobRecord& row) {
            row.filePath = video;
            row.thumbnailPath = thumbnail;
            row.downloaded = true;
            row.error = {};
        });
    } else {
        // 30 s, doubling with each failure, at most 10 min.
        Retry& retry = m_retries[id];
        ++retry.failures;
        const qint64 waitMs =
            std::min<qint64>(30'000LL << std::min(retry.failures - 1, 5), 600'000);
        retry.notBefore = QDateTime::currentDateTimeUtc().addMSecs(waitMs);
        const std::optional<JobRecord> record = m_store->modify(id, [&](JobRecord& row) {
            row.error = error.toJson();
            if (row.awaitsDownload() && row.hasExpired())
                row.state = JobState::Expired;
        });
        if (record && record->state == JobState::Expired)
            markExpired(id);
    }
    emit jobChanged(id);
    emit finished(id, !error.isError(), error);
    startMore();
}
