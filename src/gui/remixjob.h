#pragma once

#include "api/apierror.h"
#include "api/remixrequest.h"
#include "api/video.h"
#include "jobs/jobtracker.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;
class Downloader;

// One remix of this run, from the click to the downloaded file: sends the
// request, follows the new job with a JobTracker, and fetches the thumbnail and
// the video once it is completed. The window only reads its state.
class RemixJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemixJob)

public:
    enum class Phase {
        Sending,        // the POST is on its way (or waiting to be retried)
        NotSent,        // refused: the gateway answered with an error, nothing was created
        OutcomeUnknown, // the POST may have created (and charged) a job we never heard of
        Following,      // polling the job
        Stopped,        // the user stopped following
        LostTrack,      // following ended without a final status
        Finished,       // completed or failed, as the video says
    };

    RemixJob(ApiClient* client, RemixRequest request, JobTracker::Options trackerOptions,
             QObject* parent = nullptr);
    ~RemixJob() override;

    void start();
    void stopFollowing();

    const RemixRequest& request() const { return m_request; }
    Phase phase() const { return m_phase; }
    bool hasVideo() const { return !m_video.id.isEmpty(); }
    const Video& video() const { return m_video; }
    const ApiError& error() const { return m_error; }
    bool isActive() const { return m_phase == Phase::Sending || m_phase == Phase::Following; }
    QDateTime submittedAt() const { return m_submittedAt; }
    // Since the click; stops counting when the job is no longer followed.
    qint64 elapsedMs() const;

    QString thumbnailPath() const { return m_thumbnailPath; }
    QString videoPath() const { return m_videoPath; }
    bool isDownloading() const { return !m_videoDownload.isNull(); }
    // Where downloads go, one file per job and variant.
    static QString cachePathFor(const QString& videoId, const QString& extension);

signals:
    void changed();
    // The remix POST failed and will be sent again after delayMs (e.g. 429).
    void retryScheduled(const ApiError& error, qint64 delayMs);
    // Something the user should read: a refused or lost submission, lost track.
    void failed(const ApiError& error);
    void downloadFailed(const ApiError& error);

private:
    void onSubmitted(ApiCall* call);
    void follow();
    void onTrackerFinished(const Video& video);
    void downloadResults();
    void setPhase(Phase phase);

    ApiClient* m_client = nullptr;
    RemixRequest m_request;
    JobTracker::Options m_trackerOptions;
    Phase m_phase = Phase::Sending;
    Video m_video;
    ApiError m_error;
    QDateTime m_submittedAt;
    QDateTime m_endedAt;
    QPointer<ApiCall> m_call;
    JobTracker* m_tracker = nullptr;
    QPointer<Downloader> m_thumbnailDownload;
    QPointer<Downloader> m_videoDownload;
    QString m_thumbnailPath;
    QString m_videoPath;
};
