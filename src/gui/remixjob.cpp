#include "remixjob.h"

#include "api/apiclient.h"
#include "jobs/downloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

RemixJob::RemixJob(ApiClient* client, RemixRequest request, JobTracker::Options trackerOptions,
                   QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_request(std::move(request))
    , m_trackerOptions(trackerOptions) {}

RemixJob::~RemixJob() {
    if (m_call)
        m_call->abort();
    if (m_thumbnailDownload)
        m_thumbnailDownload->abort();
    if (m_videoDownload)
        m_videoDownload->abort();
}

void RemixJob::start() {
    if (m_call || m_submittedAt.isValid())
        return;
    m_submittedAt = QDateTime::currentDateTimeUtc();
    ApiCall* call = m_client->remix(m_request);
    m_call = call;
    connect(call, &ApiCall::retryScheduled, this, &RemixJob::retryScheduled);
    connect(call, &ApiCall::finished, this, [this, call] { onSubmitted(call); });
    setPhase(Phase::Sending);
}

qint64 RemixJob::elapsedMs() const {
    if (!m_submittedAt.isValid())
        return 0;
    const QDateTime end = m_endedAt.isValid() ? m_endedAt : QDateTime::currentDateTimeUtc();
    return std::max<qint64>(0, m_submittedAt.msecsTo(end));
}

void RemixJob::setPhase(Phase phase) {
    m_phase = phase;
    if (!isActive() && !m_endedAt.isValid())
        m_endedAt = QDateTime::currentDateTimeUtc();
    emit changed();
}

void RemixJob::onSubmitted(ApiCall* call) {
    m_call.clear();
    if (!call->succeeded()) {
        m_error = call->error();
        setPhase(m_error.outcomeUnknown ? Phase::OutcomeUnknown : Phase::NotSent);
        emit failed(m_error);
        return;
    }
    m_video = *call->video();
    m_error = {};
    follow();
}

void RemixJob::follow() {
    m_tracker = new JobTracker(m_client, m_video, m_trackerOptions, this);
    connect(m_tracker, &JobTracker::updated, this, [this](const Video& video) {
        m_video = video;
        m_error = {};
        emit changed();
    });
    connect(m_tracker, &JobTracker::troubled, this, [this](const ApiError& error) {
        m_error = error;
        emit changed();
    });
    connect(m_tracker, &JobTracker::finished, this, &RemixJob::onTrackerFinished);
    connect(m_tracker, &JobTracker::gaveUp, this, [this](const ApiError& error) {
        m_error = error;
        setPhase(Phase::LostTrack);
        emit failed(error);
    });
    setPhase(Phase::Following);
    m_tracker->start();
}

void RemixJob::stopFollowing() {
    if (m_phase == Phase::Following && m_tracker) {
        m_tracker->stop();
        setPhase(Phase::Stopped);
    }
}

void RemixJob::onTrackerFinished(const Video& video) {
    m_video = video;
    setPhase(Phase::Finished);
    if (m_video.status == VideoStatus::Completed)
        downloadResults();
}

QString RemixJob::cachePathFor(const QString& videoId, const QString& extension) {
    // IDs are opaque (colons, dots); a file name is built from a safe part and a hash.
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]"_s);
    QString stem = videoId;
    stem.replace(unsafe, u"_"_s);
    const QByteArray hash =
        QCryptographicHash::hash(videoId.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    const QString directory =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/videos"_s;
    QDir().mkpath(directory);
    return directory + u'/' + stem.left(80) + u'-' + QString::fromLatin1(hash) + u'.' + extension;
}

void RemixJob::downloadResults() {
    const QString thumbnailTarget = cachePathFor(m_video.id, u"webp"_s);
    Downloader* thumbnail =
        m_client->download(m_video.id, ContentVariant::Thumbnail, thumbnailTarget);
    m_thumbnailDownload = thumbnail;
    connect(thumbnail, &Downloader::finished, this, [this, thumbnail] {
        thumbnail->deleteLater();
        if (thumbnail->succeeded())
            m_thumbnailPath = thumbnail->targetPath();
        emit changed();
    });
    thumbnail->start();

    const QString videoTarget = cachePathFor(m_video.id, u"mp4"_s);
    Downloader* download = m_client->download(m_video.id, ContentVariant::Video, videoTarget);
    m_videoDownload = download;
    connect(download, &Downloader::finished, this, [this, download] {
        download->deleteLater();
        m_videoDownload.clear();
        if (download->succeeded())
            m_videoPath = download->targetPath();
        else
            emit downloadFailed(download->error());
        emit changed();
    });
    download->start();
    emit changed();
}
