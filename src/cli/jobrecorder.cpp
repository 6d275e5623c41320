#include "jobrecorder.h"

#include <QCoreApplication>

JobRecorder::JobRecorder(JobStore* store)
    : m_store(store) {}

bool JobRecorder::isAvailable() const {
    return m_store && m_store->isOpen();
}

qint64 JobRecorder::submitting(const QString& profileId, const QUrl& baseUrl,
                               const RemixRequest& request) {
    if (!isAvailable())
        return 0;
    JobRecord record;
    record.profileId = profileId;
    record.baseUrl = baseUrl;
    record.sourceVideoId = request.videoId;
    record.prompt = request.prompt;
    record.size = request.size;
    record.state = JobState::Submitting;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.updatedAt = record.createdAt;
    record.submitterPid = QCoreApplication::applicationPid();
    return m_store->insert(record);
}

void JobRecorder::answered(qint64 id, const Video& video) {
    if (isAvailable() && id > 0)
        m_store->modify(id, [&video](JobRecord& record) { record.absorb(video); });
}

void JobRecorder::refused(qint64 id, const ApiError& error) {
    if (!isAvailable() || id <= 0)
        return;
    m_store->modify(id, [&error](JobRecord& record) {
        record.state = error.outcomeUnknown ? JobState::OutcomeUnknown : JobState::Rejected;
        record.error = error.toJson();
        record.submitterPid = 0;
    });
}

void JobRecorder::observed(const QUrl& baseUrl, const Video& video) {
    if (!isAvailable())
        return;
    if (const auto record = m_store->findByVideoId(baseUrl, video.id))
        m_store->modify(record->id, [&video](JobRecord& row) { row.absorb(video); });
}

void JobRecorder::downloaded(const QUrl& baseUrl, const QString& videoId, const QString& path) {
    if (!isAvailable())
        return;
    if (const auto record = m_store->findByVideoId(baseUrl, videoId)) {
        m_store->modify(record->id, [&path](JobRecord& row) {
            row.filePath = path;
            row.downloaded = true;
        });
    }
}
