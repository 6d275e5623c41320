#pragma once

#include "../api/apierror.h"
#include "../api/clientconfig.h"
#include "../api/remixrequest.h"
#include "downloadqueue.h"
#include "gatewayimporter.h"
#include "gatewaypool.h"
#include "jobfollower.h"
#include "jobrecord.h"
#include "reconciler.h"
#include "serverdeleter.h"
#include "submission.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class JobStore;
class JobSubmitter;

// The job library the window and the CLI drive: it writes a job before its
// POST (JobSubmitter), follows it to the end (JobFollower), downloads its
// result (DownloadQueue), and picks all of that up again after a restart or a
// crash. The gateways (GatewayPool), looking for lost jobs (Reconciler),
// importing (GatewayImporter) and deleting on the server (ServerDeleter) are
// classes of their own, reached through it; their signals come out of it too,
// so a listener needs only the library. The rows live in the JobStore.
//
// Gateways are registered per profile (gateways()->add) once their key is
// known; a profile's unfinished jobs resume from that moment.
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

    using ReconcileOutcome = Reconciler::Outcome;
    using ServerDeleteOutcome = ServerDeleter::Outcome;

    explicit JobLibrary(JobStore* store, QObject* parent = nullptr);
    JobLibrary(JobStore* store, Options options, QObject* parent = nullptr);
    ~JobLibrary() override;

    JobStore* store() const { return m_store; }
    const Options& options() const { return m_options; }
    GatewayPool* gateways() const { return m_gateways.get(); }
    JobFollower* follower() const { return m_follower.get(); }
    Reconciler* reconciler() const { return m_reconciler.get(); }
    GatewayImporter* importer() const { return m_importer.get(); }
    ServerDeleter* serverDeleter() const { return m_deleter.get(); }

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
    // Forgets the job; with `deleteFiles` also its video, thumbnail and sidecar.
    bool removeLocally(qint64 id, bool deleteFiles = false);

    QString downloadFolder() const { return m_downloads->folder(); }
    void setDownloadFolder(const QString& folder) { m_downloads->setFolder(folder); }
    bool autoDownload() const { return m_autoDownload; }
    void setAutoDownload(bool enabled);
    // Downloads a completed job's result now, whatever the auto-download setting.
    void download(qint64 id);
    bool isDownloading(qint64 id) const { return m_downloads->contains(id); }
    // Records an image made on this machine (a frame of the video) as the job's
    // thumbnail, for a gateway that sent none; false when the job is gone.
    bool setThumbnail(qint64 id, const QString& path);
    int pendingDownloads() const { return m_downloads->pending(); }

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
    void reconciled(qint64 id, Reconciler::Outcome outcome, const QString& message);
    void importFinished(const QString& profileId, int added, const ApiError& error);
    // The gateway has no list endpoint: said once per profile and run.
    void listUnsupported(const QString& profileId);
    void serverDeleteFinished(qint64 id, ServerDeleter::Outcome outcome, const ApiError& error);
    void downloadProgress(qint64 id, qint64 received, qint64 total);
    void downloadFinished(qint64 id, bool ok, const ApiError& error);
    void pausedChanged(bool paused);
    // Polling of a job started or stopped (isFollowing changed).
    void followingChanged(qint64 id, bool following);
    // Another process (the CLI, a second window) changed the library.
    void externalChange();

private:
    void connectParts();
    void onGatewayStopping(const QString& profileId, bool removed);
    void onSubmitted(qint64 id, bool ok, const ApiError& error);
    void afterVideoChange(const JobRecord& record);
    void markInterrupted();
    // Expiry, download retries, submissions interrupted in another process,
    // jobs to follow. Runs by itself every housekeepingIntervalMs.
    void checkNow();
    void checkExternalChanges();

    JobStore* m_store = nullptr;
    Options m_options;
    bool m_autoDownload = true;
    // Declared first, so destroyed last: the others hold calls of its clients.
    std::unique_ptr<GatewayPool> m_gateways;
    std::unique_ptr<JobFollower> m_follower;
    std::unique_ptr<Reconciler> m_reconciler;
    std::unique_ptr<GatewayImporter> m_importer;
    std::unique_ptr<ServerDeleter> m_deleter;
    std::unique_ptr<JobSubmitter> m_submitter;
    // Last, so destroyed first: the downloads hold calls of the gateways' clients.
    std::unique_ptr<DownloadQueue> m_downloads;
    QTimer m_housekeeping;
    QTimer m_externalCheck;
    qint64 m_dataVersion = -1;
};
