#include "framethumbnailer.h"

#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"
#include "jobs/resultfiles.h"
#include "videoplayerloader.h"

#include <QFile>
#include <QImage>
#include <QSaveFile>

using namespace Qt::StringLiterals;

FrameThumbnailer::FrameThumbnailer(JobLibrary* library, QObject* parent)
    : QObject(parent)
    , m_library(library) {
    setObjectName(u"frameThumbnailer"_s);
    connect(m_library, &JobLibrary::downloadFinished, this, [this](qint64 id, bool ok) {
        if (ok)
            makeThumbnail(id);
    });
}

void FrameThumbnailer::makeThumbnail(qint64 id) {
    const std::optional<JobRecord> record = m_library->store()->job(id);
    if (!record || !record->downloaded || !record->thumbnailPath.isEmpty() ||
        !QFile::exists(record->filePath) || m_busy.contains(id))
        return;
    QString error;
    VideoPlayerFactory* playback = VideoPlayerLoader::factory(&error);
    if (!playback) {
        qWarning("no thumbnail from the video of job %lld: %s", id, qPrintable(error));
        return;
    }
    m_busy.insert(id);
    playback->grabFrame(record->filePath, this, [this, id](const QImage& frame) {
        m_busy.remove(id);
        save(id, frame);
    });
}

void FrameThumbnailer::save(qint64 id, const QImage& frame) {
    const std::optional<JobRecord> record = m_library->store()->job(id);
    // Removed, or given a thumbnail by another download, while the video was decoded.
    if (!record || !record->thumbnailPath.isEmpty() || record->filePath.isEmpty())
        return;
    if (frame.isNull()) {
        qWarning("no frame in the video of job %lld", id);
        return;
    }
    const QImage image =
        frame.width() > MaxSide || frame.height() > MaxSide
            ? frame.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : frame;
    const QString path = ResultFiles::frameThumbnailPath(*record);
    // Complete or absent, as the downloaded files are.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "JPG", 85) || !file.commit()) {
        qWarning("cannot save the thumbnail of job %lld to %s: %s", id, qPrintable(path),
                 qPrintable(file.errorString()));
        return;
    }
    m_library->setThumbnail(id, path);
}
