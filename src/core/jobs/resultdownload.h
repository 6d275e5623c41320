#pragma once

#include "../api/apierror.h"
#include "jobrecord.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class Downloader;

// Fetches one completed job's result into the download folder: the thumbnail
// (best effort), then the video, then the JSON sidecar. Each file reaches its
// final name only when complete (QSaveFile), so a crash leaves nothing partial.
class ResultDownload final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultDownload)

public:
    ResultDownload(ApiClient* client, JobRecord record, QString folder, QString parentPrompt,
                   QObject* parent = nullptr);
    ~ResultDownload() override;

    void start();
    qint64 jobId() const { return m_record.id; }
    bool succeeded() const { return m_done && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    QString videoPath() const { return m_videoPath; }
    QString thumbnailPath() const { return m_thumbnailPath; }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void removeStaleTemporaries() const;
    void fetchVideo();
    void finish(const ApiError& error);

    ApiClient* m_client = nullptr;
    JobRecord m_record;
    QString m_folder;
    QString m_parentPrompt;
    QString m_videoPath;
    QString m_thumbnailPath;
    QPointer<Downloader> m_current;
    ApiError m_error;
    bool m_done = false;
};
