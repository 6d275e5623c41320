#include "resultdownload.h"

#include "../api/apiclient.h"
#include "../api/downloader.h"
#include "resultfiles.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

ResultDownload::ResultDownload(ApiClient* client, JobRecord record, QString folder,
                               QString parentPrompt, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_record(std::move(record))
    , m_folder(std::move(folder))
    , m_parentPrompt(std::move(parentPrompt)) {}

ResultDownload::~ResultDownload() {
    if (m_current) {
        m_current->disconnect(this);
        m_current->abort();
        m_current->deleteLater();
    }
}

void ResultDownload::start() {
    if (!QDir().mkpath(m_folder)) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.technicalDetail = tr("The download folder %1 cannot be created.").arg(m_folder);
        finish(error);
        return;
    }
    removeStaleTemporaries();
    const QString target = ResultFiles::thumbnailPath(m_folder, m_record);
    Downloader* thumbnail = m_client->download(m_record.videoId, ContentVariant::Thumbnail, target);
    m_current = thumbnail;
    connect(thumbnail, &Downloader::finished, this, [this, thumbnail] {
        thumbnail->deleteLater();
        // A gateway without thumbnails still gives the video: not a failure. One
        // that sends the video instead (new-api) has it refused as an image; the
        // preview then shows a frame of the video itself.
        if (thumbnail->succeeded())
            m_thumbnailPath = thumbnail->targetPath();
        else if (thumbnail->error().kind == ApiError::Kind::Protocol)
            qWarning("no thumbnail for %s: %s", qPrintable(m_record.videoId),
                     qPrintable(thumbnail->error().technicalDetail));
        fetchVideo();
    });
    thumbnail->start();
}

void ResultDownload::removeStaleTemporaries() const {
    // A process killed mid-download can leave the downloader's "<name>.part" or
    // QSaveFile's "<name>.XXXXXX" behind (where the system has no unnamed
    // temporary files). The names carry the video ID, so whatever matches is
    // ours from an earlier attempt.
    QDir folder(m_folder);
    for (const QString& finalPath : {ResultFiles::videoPath(m_folder, m_record),
                                     ResultFiles::thumbnailPath(m_folder, m_record),
                                     ResultFiles::sidecarPath(m_folder, m_record)}) {
        const QString name = QFileInfo(finalPath).fileName();
        const QStringList patterns = {name + u".??????"_s, name + u".part"_s};
        for (const QString& stale : folder.entryList(patterns, QDir::Files | QDir::Hidden))
            folder.remove(stale);
    }
}

void ResultDownload::fetchVideo() {
    const QString target = ResultFiles::videoPath(m_folder, m_record);
    Downloader* video = m_client->download(m_record.videoId, ContentVariant::Video, target);
    m_current = video;
    connect(video, &Downloader::progress, this, &ResultDownload::progress);
    connect(video, &Downloader::finished, this, [this, video] {
        video->deleteLater();
        m_current.clear();
        if (!video->succeeded()) {
            finish(video->error());
            return;
        }
        m_videoPath = video->targetPath();
        QString problem;
        if (!ResultFiles::writeSidecar(ResultFiles::sidecarPath(m_folder, m_record),
                                       ResultFiles::sidecar(m_record, m_parentPrompt), &problem)) {
            // The video is safe on disk; a missing description is worth a warning only.
            qWarning("cannot write the sidecar of %s: %s", qPrintable(m_record.videoId),
                     qPrintable(problem));
        }
        finish({});
    });
    video->start();
}

void ResultDownload::finish(const ApiError& error) {
    m_error = error;
    m_done = true;
    emit finished();
}
