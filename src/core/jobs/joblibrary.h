#pragma once

#include "../api/apierror.h"
#include "../api/clientconfig.h"
#include "../api/remixrequest.h"
#include "jobrecord.h"
#include "submission.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

class ApiClient;
class JobStore;
class JobSubmitter;
class JobTracker;
class ReachabilityWatch;
class RequestSlots;
class ResultDownload;
class VideoLister;

// Owns the life of every job: writes it before the remix POST, follows it to
// the end, downloads its result, and picks all of that up again after a
// restart or a crash. The GUI and the CLI drive it and listen to its signals;
// the rows themselves live in the JobStore, which the history model reads.
//
// Gateways are registered per profile (addGateway) once their key is known;
// a profile's unfinished jobs resume from that moment.
class JobLibrary final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobLibrary)

public:
    struct Options {
        int maxRequestsInFlight = 4; // per gateway: polls, POSTs, lists, deletes
        int maxSubmitsInFlight = 2;  // per gateway: paid POSTs, within the above
        int maxDownloads = 2;        // at once, over all gateways
        qint64 followDeadlineMs = 24LL * 3600'000;
        int maxTroubleDelayMs = 60'000;
        int housekeepingIntervalMs = 30'000;  // expiry, retries, interrupted submits
        int externalCheckIntervalMs = 2'000;  // notice writes by another process; 0: off
        qint64 reconcileWindowSecs = 30 * 60; // how far apart submit and creation may be
        int reconcileMaxPages = 5;
        int importMaxPages = 1000;
        bool pauseWhenOffline = true;
    };

    enum class ReconcileOutcome { Found, NotFound, Unsupported, Failed, NotApplicable };
    Q_ENUM(ReconcileOutcome)
    enum class ServerDeleteOutcome { Deleted, AlreadyGone, Unsupported, Failed };
    Q_ENUM(ServerDeleteOutcome)

    explicit JobLibrary(JobStore* store, QObject* parent = nullptr);
    JobLibrary(JobStore* store, Options options, QObject* parent = nullptr);
    ~JobLibrary() override;

    JobStore* store() const { return m_store; }
    const Options& options() const { return m_options; }

    QString downloadFolder() const { return m_downloadFolder; }
    void setDownloadFolder(const QString& folder);
    bool autoDownload() const { return m_autoDownload; }
    void setAutoDownload(bool enabled);

    // Talks to `profileId`'s gateway with `config` from now on and resumes the
    // profile's unfinished jobs, their first polls spread over one interval.
    void addGateway(const QString& profileId, const ClientConfig& config, int pollIntervalMs);
    void removeGateway(const QString& profileId);
    bool hasGateway(const QString& profileId) const { return m_gateways.contains(profileId); }
    RequestSlots* requestSlots(const QString& profileId) const;
    // nullopt until a list call told: does the gateway have GET /v1/videos?
    std::optional<bool> listSupported(const QString& profileId) const;

    // Records a job per version (state Submitting) and only then sends their
    // POSTs. The local ids in version order, or none with `error` set when the
    // request is invalid or the profile has no gateway. A POST is never sent
    // twice by the library.
    QList<qint64> submit(const QString& profileId, const Submission& submission,
                         QString* error = nullptr);
    // One remix: its local id, or 0.
    qint64 submit(const QString& profileId, const RemixRequest& request, QString* error = nullptr);
    // Adds a video that exists on the gateway (an ID the user pasted) and follows it.
    qint64 adopt(const QString& profileId, const QString& videoId, QString* error = nullptr);
    // Looks for an OutcomeUnknown job among the gateway's recent videos; answers with reconciled().
    void reconcile(qint64 id);
    // Adds the gateway's videos page by page; answers with importFinished().
    void importFromGateway(const QString& profileId);
    bool isImporting(const QString& profileId) const;
    // Follows a job again after following gave up (deadline, key rejected).
    void follow(qint64 id);
    // Stops following a job until follow() or the next start; the job goes on at the gateway.
    void unfollow(qint64 id);
    // Downloads a completed job's result now, whatever the auto-download setting.
    void download(qint64 id);
    // DELETE on the gateway; the row stays (state Deleted) with any local file.
    void deleteOnServer(qint64 id);
    // Forgets the job; with `deleteFiles` also its video, thumbnail and sidecar.
    bool removeLocally(qint64 id, bool deleteFiles = false);

    std::optional<JobRecord> job(qint64 id) const;
    std::optional<JobRecord> remixedFrom(qint64 id) const;
    QList<JobRecord> remixesOf(qint64 id) const;
    bool isFollowing(qint64 id) const { return m_trackers.contains(id); }
    int followedCount() const { return int(m_trackers.size()); }
    bool isDownloading(qint64 id) const;
    int pendingDownloads() const;

    // Stops and resumes all following (the network went away and came back).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Expiry, download retries, submissions interrupted in another process.
    // Runs by itself every housekeepingIntervalMs.
    void checkNow();

signals:
    void jobAdded(qint64 id);
    void jobChanged(qint64 id);
    void jobRemoved(qint64 id);
    // Completed or failed: where notifications hook in.
    void jobFinished(qint64 id);
    void submitFailed(qint64 id, const ApiError& error);
    // The remix POST failed in a way that is safe to repeat (429, refused); it goes out again in
    // delayMs.
    void submitRetryScheduled(qint64 id, const ApiError& error, qint64 delayMs);
    void followTroubled(qint64 id, const ApiError& error, qint64 nextPollMs);
    void reconciled(qint64 id, JobLibrary::ReconcileOutcome outcome, const QString& message);
    void importFinished(const QString& profileId, int added, const ApiError& error);
    // The gateway has no list endpoint: said once per profile and run.
    void listUnsupported(const QString& profileId);
    void serverDeleteFinished(qint64 id, JobLibrary::ServerDeleteOutcome outcome,
                              const ApiError& error);
    void downloadProgress(qint64 id, qint64 received, qint64 total);
    void downloadFinished(qint64 id, bool ok, const ApiError& error);
    void pausedChanged(bool paused);
    // Polling of a job started or stopped (isFollowing changed).
    void followingChanged(qint64 id, bool following);
    // Another process (the CLI, a second window) changed the library.
    void externalChange();

private:
    struct Gateway;
    struct Followed final {
        JobTracker* tracker = nullptr;
        JobState state = JobState::Queued;
        int progress = -1;
    };
    struct DownloadRetry final {
        int failures = 0;
        QDateTime notBefore;
    };

    Gateway* gatewayFor(const QString& profileId) const;
    void resume(const QString& profileId);
    void startFollowing(const JobRecord& record, qint64 firstPollDelayMs);
    void stopFollowing(qint64 id);
    void onSubmitted(qint64 id, bool ok, const ApiError& error);
    void deleteGateway(Gateway* gateway);
    void onTrackerUpdate(qint64 id, const Video& video);
    void onTrackerFinished(qint64 id, const Video& video);
    void onTrackerGaveUp(qint64 id, const ApiError& error);
    void afterVideoChange(const JobRecord& record);
    void enqueueDownload(qint64 id);
    void startDownloads();
    void onDownloadFinished(ResultDownload* download);
    void markExpired(qint64 id);
    void finishReconcile(qint64 id, VideoLister* lister, const QList<Video>& candidates);
    void markInterrupted();
    void checkExternalChanges();
    void watchReachability();
    void onOfflineChanged(bool offline);
    qint64 jitter(qint64 spanMs) const;

    JobStore* m_store = nullptr;
    Options m_options;
    QString m_downloadFolder;
    bool m_autoDownload = true;
    bool m_paused = false;
    QHash<QString, Gateway*> m_gateways;
    QHash<qint64, Followed> m_trackers;
    QSet<qint64> m_gaveUp;
    QList<qint64> m_downloadQueue;
    QHash<qint64, QPointer<ResultDownload>> m_downloads;
    QHash<qint64, DownloadRetry> m_downloadRetries;
    JobSubmitter* m_submitter = nullptr;
    QSet<qint64> m_reconciling;
    QTimer m_housekeeping;
    QTimer m_externalCheck;
    qint64 m_dataVersion = -1;
    ReachabilityWatch* m_reachability = nullptr;
};
