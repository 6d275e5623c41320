#include "jobrecorder.h"

JobRecorder::JobRecorder(JobStore* store)
    : m_store(store) {}

bool JobRecorder::isAvailable() const {
    return m_store && m_store->isOpen();
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
