#include "joblibrary.h"

#include "../api/apiclient.h"
#include "../settings/gatewayconfig.h"
#include "../settings/settings.h"
#include "jobstore.h"
#include "jobsubmitter.h"
#include "jobtracker.h"
#include "reachabilitywatch.h"
#include "requestslots.h"
#include "resultdownload.h"
#include "resultfiles.h"
#include "videolister.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJobLibrary, "videoremix.jobs.library")

namespace {

// A gateway without the endpoint says "Invalid URL (DELETE /v1/videos/x)";
// an unknown video is a plain 404 with a code of its own.
bool endpointMissing(const ApiError& error) {
    if (error.kind != ApiError::Kind::Http)
        return false;
    if (error.httpStatus == 405)
        return true;
    return error.httpStatus == 404 && error.message.contains(u"Invalid URL"_s, Qt::CaseInsensitive);
}

} // namespace

struct JobLibrary::Gateway final {
    QString profileId;
    QUrl baseUrl;
    ApiClient* client = nullptr;
    RequestSlots* requestSlots = nullptr;
    RequestSlots* submitSlots = nullptr;
    int pollIntervalMs = 10'000;
    bool loopback = false;
    bool paused = false;
    std::optional<bool> listSupported;
    bool unsupportedReported = false;
    QPointer<VideoLister> importer;
};

JobLibrary::JobLibrary(JobStore* store, QObject* parent)
    : JobLibrary(store, Options{}, parent) {}

JobLibrary::JobLibrary(JobStore* store, Options options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
    , m_downloadFolder(Settings::defaultDownloadFolder()) {
    m_submitter = new JobSubmitter(
        m_store,
        [this](const QString& profileId) {
            const Gateway* gateway = gatewayFor(profileId);
            if (!gateway)
                return JobSubmitter::Route{};
            return JobSubmitter::Route{gateway->client, gateway->requestSlots, gateway->submitSlots,
                                       gateway->baseUrl};
        },
        this);
    connect(m_submitter, &JobSubmitter::jobAdded, this, &JobLibrary::jobAdded);
    connect(m_submitter, &JobSubmitter::retryScheduled, this, &JobLibrary::submitRetryScheduled);
    connect(m_submitter, &JobSubmitter::answered, this, &JobLibrary::onSubmitted);
    // The library waits for the disk where it must (the row of a job before
    // its POST), so the store syncs on a thread of its own and the window's
    // thread never waits for an fsync.
    m_store->syncInBackground();
    markInterrupted();
    m_dataVersion = m_store->dataVersion();

    connect(&m_housekeeping, &QTimer::timeout, this, &JobLibrary::checkNow);
    m_housekeeping.start(std::max(100, m_options.housekeepingIntervalMs));
    if (m_options.externalCheckIntervalMs > 0) {
        connect(&m_externalCheck, &QTimer::timeout, this, &JobLibrary::checkExternalChanges);
        m_externalCheck.start(m_options.externalCheckIntervalMs);
    }
}

JobLibrary::~JobLibrary() {
    // Trackers and downloads go first: they hold calls of the gateways' clients.
    for (const Followed& followed : std::as_const(m_trackers))
        delete followed.tracker;
    m_trackers.clear();
    for (const QPointer<ResultDownload>& download : std::as_const(m_downloads))
        delete download.data();
    m_downloads.clear();
    // Its unanswered POSTs now have an unknown outcome; the next library says so.
    delete m_submitter;
    m_submitter = nullptr;
    for (Gateway* gateway : std::as_const(m_gateways))
        deleteGateway(gateway);
}

void JobLibrary::deleteGateway(Gateway* gateway) {
    delete gateway->importer.data();
    delete gateway->client;
    delete gateway->requestSlots;
    delete gateway->submitSlots;
    delete gateway;
}

void JobLibrary::markInterrupted() {
    const QList<qint64> ids = m_store->markInterruptedSubmissions(
        [this](const JobRecord& record) { return m_submitter->isAlive(record); });
    for (const qint64 id : ids) {
        qCInfo(lcJobLibrary) << "job" << id << "was interrupted while submitting: outcome unknown";
        emit jobChanged(id);
    }
}

qint64 JobLibrary::jitter(qint64 spanMs) const {
    return spanMs <= 0 ? 0 : qint64(QRandomGenerator::global()->bounded(double(spanMs)));
}

void JobLibrary::setDownloadFolder(const QString& folder) {
    m_downloadFolder = folder;
}

void JobLibrary::setAutoDownload(bool enabled) {
    if (m_autoDownload == enabled)
        return;
    m_autoDownload = enabled;
    if (enabled)
        checkNow();
}

JobLibrary::Gateway* JobLibrary::gatewayFor(const QString& profileId) const {
    return m_gateways.value(profileId);
}

RequestSlots* JobLibrary::requestSlots(const QString& profileId) const {
    const Gateway* gateway = gatewayFor(profileId);
    return gateway ? gateway->requestSlots : nullptr;
}

std::optional<bool> JobLibrary::listSupported(const QString& profileId) const {
    const Gateway* gateway = gatewayFor(profileId);
    return gateway ? gateway->listSupported : std::nullopt;
}

void JobLibrary::addGateway(const QString& profileId, const ClientConfig& config,
                            int pollIntervalMs) {
    removeGateway(profileId);
    auto* gateway = new Gateway;
    gateway->profileId = profileId;
    gateway->baseUrl = config.baseUrl;
    gateway->client = new ApiClient(config, this);
    gateway->requestSlots = new RequestSlots(m_options.maxRequestsInFlight, this);
    gateway->submitSlots = new RequestSlots(m_options.maxSubmitsInFlight, this);
    gateway->pollIntervalMs = std::max(100, pollIntervalMs);
    // The local mock is reachable whatever the network does.
    gateway->loopback = isLoopbackHost(config.baseUrl.host());
    if (!gateway->loopback)
        watchReachability();
    gateway->paused =
        m_paused || (m_reachability && m_reachability->isOffline() && !gateway->loopback);
    m_gateways.insert(profileId, gateway);
    resume(profileId);
}

void JobLibrary::removeGateway(const QString& profileId) {
    Gateway* gateway = m_gateways.take(profileId);
    if (!gateway)
        return;
    for (const JobRecord& record : m_store->unfinished(profileId))
        stopFollowing(record.id);
    for (auto it = m_downloads.begin(); it != m_downloads.end();) {
        const std::optional<JobRecord> record = m_store->job(it.key());
        if (record && record->profileId == profileId) {
            delete it.value().data();
            it = m_downloads.erase(it);
        } else {
            ++it;
        }
    }
    deleteGateway(gateway);
}

void JobLibrary::resume(const QString& profileId) {
    Gateway* gateway = gatewayFor(profileId);
    if (!gateway || gateway->paused)
        return;
    // checkNow() follows every followable job of every usable gateway, this
    // profile's included: one pass over the library instead of two, which a
    // long history notices at start-up (docs/performance.md).
    checkNow();
}

QList<qint64> JobLibrary::submit(const QString& profileId, const Submission& submission,
                                 QString* error) {
    return m_submitter->submit(profileId, submission, error);
}

qint64 JobLibrary::submit(const QString& profileId, const RemixRequest& request, QString* error) {
    return submit(profileId, Submission{request, 1}, error).value(0);
}

void JobLibrary::onSubmitted(qint64 id, bool ok, const ApiError& error) {
    emit jobChanged(id);
    if (!ok) {
        emit submitFailed(id, error);
        return;
    }
    const std::optional<JobRecord> record = m_store->job(id);
    if (!record)
        return;
    if (record->isFollowable()) {
        const Gateway* gateway = gatewayFor(record->profileId);
        const qint64 interval = gateway ? gateway->pollIntervalMs : 10'000;
        // 0.75 to 1.25 intervals: twenty jobs sent at once do not poll in lockstep.
        startFollowing(*record, interval * 3 / 4 + jitter(interval / 2));
    } else {
        afterVideoChange(*record);
    }
}

qint64 JobLibrary::adopt(const QString& profileId, const QString& videoId, QString* error) {
    if (const FieldProblem problem = RemixRequest::checkVideoId(videoId);
        problem != FieldProblem::None) {
        if (error)
            *error = RemixRequest::describe(problem);
        return 0;
    }
    Gateway* gateway = gatewayFor(profileId);
    if (!gateway) {
        if (error)
            *error = tr("No gateway is set up for this profile.");
        return 0;
    }
    if (const std::optional<JobRecord> known = m_store->findByVideoId(gateway->baseUrl, videoId)) {
        follow(known->id);
        return known->id;
    }
    JobRecord record;
    record.profileId = profileId;
    record.baseUrl = gateway->baseUrl;
    record.videoId = videoId;
    record.state = JobState::Unknown;
    record.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 id = m_store->insert(record);
    if (id == 0) {
        if (error)
            *error = tr("The job library cannot be written: %1").arg(m_store->errorString());
        return 0;
    }
    emit jobAdded(id);
    record.id = id;
    startFollowing(record, 0);
    return id;
}

void JobLibrary::startFollowing(const JobRecord& record, qint64 firstPollDelayMs) {
    Gateway* gateway = gatewayFor(record.profileId);
    if (!gateway || gateway->paused || m_trackers.contains(record.id) || record.videoId.isEmpty())
        return;
    m_gaveUp.remove(record.id);
    JobTracker::Options options;
    options.pollIntervalMs = gateway->pollIntervalMs;
    options.deadlineMs = m_options.followDeadlineMs;
    options.maxTroubleDelayMs = m_options.maxTroubleDelayMs;
    options.firstPollDelayMs = firstPollDelayMs;
    options.requestSlots = gateway->requestSlots;
    auto* tracker = new JobTracker(gateway->client, record.toVideo(), options, this);
    const qint64 id = record.id;
    connect(tracker, &JobTracker::updated, this,
            [this, id](const Video& video) { onTrackerUpdate(id, video); });
    connect(tracker, &JobTracker::finished, this,
            [this, id](const Video& video) { onTrackerFinished(id, video); });
    connect(tracker, &JobTracker::gaveUp, this,
            [this, id](const ApiError& error) { onTrackerGaveUp(id, error); });
    connect(tracker, &JobTracker::troubled, this, [this, id](const ApiError& error, qint64 next) {
        emit followTroubled(id, error, next);
    });
    m_trackers.insert(id, {tracker, record.state, record.progress});
    tracker->start();
    emit followingChanged(id, true);
}

void JobLibrary::stopFollowing(qint64 id) {
    const Followed followed = m_trackers.take(id);
    if (followed.tracker) {
        followed.tracker->disconnect(this);
        followed.tracker->stop();
        followed.tracker->deleteLater();
        emit followingChanged(id, false);
    }
}

void JobLibrary::follow(qint64 id) {
    const std::optional<JobRecord> record = m_store->job(id);
    if (!record)
        return;
    if (record->isFollowable() && !m_trackers.contains(id))
        startFollowing(*record, 0);
    else if (record->awaitsDownload())
        enqueueDownload(id);
}

void JobLibrary::unfollow(qint64 id) {
    if (!m_trackers.contains(id))
        return;
    m_gaveUp.insert(id); // housekeeping must not pick it up again
    stopFollowing(id);
}

void JobLibrary::onTrackerUpdate(qint64 id, const Video& video) {
    auto it = m_trackers.find(id);
    if (it == m_trackers.end())
        return;
    const JobState state = jobStateForVideo(video.status);
    if (video.isFinished() || (state == it->state && video.progress == it->progress))
        return; // finished() writes the final row; an unchanged answer writes nothing
    it->state = state;
    it->progress = video.progress;
    // Progress the gateway tells again at the next poll: not worth an fsync
    // each, with many jobs followed at once (docs/performance.md).
    if (m_store->modify(
            id, [&video](JobRecord& row) { row.absorb(video); }, JobStore::Sync::Relaxed))
        emit jobChanged(id);
}

void JobLibrary::onTrackerFinished(qint64 id, const Video& video) {
    stopFollowing(id);
    const std::optional<JobRecord> record =
        m_store->modify(id, [&video](JobRecord& row) { row.absorb(video); });
    if (!record)
        return;
    emit jobChanged(id);
    emit jobFinished(id);
    afterVideoChange(*record);
}

void JobLibrary::onTrackerGaveUp(qint64 id, const ApiError& error) {
    stopFollowing(id);
    const bool gone = error.kind == ApiError::Kind::Http && error.httpStatus == 404;
    if (!gone)
        m_gaveUp.insert(id); // until the user asks again, or the next start
    m_store->modify(id, [&](JobRecord& row) {
        if (gone)
            row.state = JobState::Deleted;
        row.error = error.toJson();
    });
    emit jobChanged(id);
}

void JobLibrary::afterVideoChange(const JobRecord& record) {
    if (!record.awaitsDownload())
        return;
    if (record.hasExpired()) {
        markExpired(record.id);
        return;
    }
    if (m_autoDownload)
        enqueueDownload(record.id);
}

void JobLibrary::download(qint64 id) {
    m_downloadRetries.remove(id);
    enqueueDownload(id);
}

bool JobLibrary::isDownloading(qint64 id) const {
    return m_downloads.contains(id) || m_downloadQueue.contains(id);
}

int JobLibrary::pendingDownloads() const {
    return int(m_downloads.size() + m_downloadQueue.size());
}

void JobLibrary::enqueueDownload(qint64 id) {
    if (isDownloading(id))
        return;
    m_downloadQueue.append(id);
    startDownloads();
}

void JobLibrary::startDownloads() {
    while (m_downloads.size() < std::max(1, m_options.maxDownloads) && !m_downloadQueue.isEmpty()) {
        const qint64 id = m_downloadQueue.takeFirst();
        const std::optional<JobRecord> record = m_store->job(id);
        if (!record || !record->awaitsDownload())
            continue;
        Gateway* gateway = gatewayFor(record->profileId);
        if (!gateway || gateway->paused)
            continue; // picked up again by housekeeping once the gateway is back
        if (record->hasExpired()) {
            markExpired(id);
            continue;
        }
        QString parentPrompt;
        if (const std::optional<JobRecord> parent = m_store->remixedFrom(id))
            parentPrompt = parent->prompt;
        auto* download =
            new ResultDownload(gateway->client, *record, m_downloadFolder, parentPrompt, this);
        m_downloads.insert(id, download);
        connect(download, &ResultDownload::progress, this,
                [this, id](qint64 received, qint64 total) {
                    emit downloadProgress(id, received, total);
                });
        connect(download, &ResultDownload::finished, this,
                [this, download] { onDownloadFinished(download); });
        download->start();
    }
}

void JobLibrary::onDownloadFinished(ResultDownload* download) {
    const qint64 id = download->jobId();
    m_downloads.remove(id);
    download->deleteLater();
    const ApiError error = download->error();
    if (download->succeeded()) {
        m_downloadRetries.remove(id);
        const QString video = download->videoPath();
        const QString thumbnail = download->thumbnailPath();
        m_store->modify(id, [&](JobRecord& row) {
            row.filePath = video;
            row.thumbnailPath = thumbnail;
            row.downloaded = true;
            row.error = {};
        });
    } else {
        DownloadRetry& retry = m_downloadRetries[id];
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
    emit downloadFinished(id, !error.isError(), error);
    startDownloads();
}

void JobLibrary::markExpired(qint64 id) {
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

void JobLibrary::checkNow() {
    markInterrupted();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const JobRecord& record : m_store->unfinished()) {
        Gateway* gateway = gatewayFor(record.profileId);
        if (record.awaitsDownload()) {
            if (isDownloading(record.id))
                continue;
            if (record.hasExpired(now)) {
                markExpired(record.id);
                continue;
            }
            const DownloadRetry retry = m_downloadRetries.value(record.id);
            // Retry sooner than planned when the result would expire meanwhile.
            const bool due = !retry.notBefore.isValid() || retry.notBefore <= now ||
                             (record.expiresAt.isValid() && record.expiresAt.addSecs(-120) <= now);
            if (m_autoDownload && gateway && !gateway->paused && due)
                enqueueDownload(record.id);
        } else if (record.isFollowable() && gateway && !gateway->paused &&
                   !m_trackers.contains(record.id) && !m_gaveUp.contains(record.id)) {
            // Submitted or imported by another process: follow it here too.
            startFollowing(record, jitter(gateway->pollIntervalMs));
        }
    }
}

void JobLibrary::checkExternalChanges() {
    const qint64 version = m_store->dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    emit externalChange();
}

void JobLibrary::reconcile(qint64 id) {
    const std::optional<JobRecord> record = m_store->job(id);
    if (!record || !record->videoId.isEmpty() ||
        (record->state != JobState::OutcomeUnknown && record->state != JobState::Submitting)) {
        emit reconciled(id, ReconcileOutcome::NotApplicable,
                        tr("This job already has its video on the gateway."));
        return;
    }
    Gateway* gateway = gatewayFor(record->profileId);
    if (!gateway) {
        emit reconciled(id, ReconcileOutcome::Failed, tr("No gateway is set up for this profile."));
        return;
    }
    if (gateway->listSupported == false) {
        emit reconciled(id, ReconcileOutcome::Unsupported,
                        tr("This gateway cannot list its videos, so VideoRemix cannot look for "
                           "the job. Check the gateway's own records, then submit it again or "
                           "remove it."));
        return;
    }
    if (m_reconciling.contains(id))
        return;
    m_reconciling.insert(id);
    const qint64 window = m_options.reconcileWindowSecs;
    const QDateTime earliest = record->createdAt.addSecs(-window);
    const QDateTime latest = record->createdAt.addSecs(window);
    auto candidates = std::make_shared<QList<Video>>();
    const JobRecord row = *record;
    auto* lister = new VideoLister(
        gateway->client, gateway->requestSlots,
        [this, row, earliest, latest, candidates](const QList<Video>& page) {
            bool older = false;
            for (const Video& video : page) {
                if (video.createdAt.isValid() && video.createdAt < earliest) {
                    older = true;
                    continue;
                }
                // A created video has no source; a remix names its own (or, on
                // some gateways, nothing).
                const bool sameSource = row.kind == JobKind::Create
                                            ? video.remixedFromVideoId.isEmpty()
                                            : video.remixedFromVideoId.isEmpty() ||
                                                  video.remixedFromVideoId == row.sourceVideoId;
                const bool samePrompt = video.prompt.trimmed() == row.prompt.trimmed();
                const bool inWindow = !video.createdAt.isValid() || video.createdAt <= latest;
                if (sameSource && samePrompt && inWindow &&
                    !m_store->findByVideoId(row.baseUrl, video.id))
                    candidates->append(video);
            }
            // Newest first: once a page reaches before the submit, older pages cannot match.
            return !older;
        },
        m_options.reconcileMaxPages, this);
    connect(lister, &VideoLister::finished, this,
            [this, id, lister, candidates] { finishReconcile(id, lister, *candidates); });
    lister->start();
}

void JobLibrary::finishReconcile(qint64 id, VideoLister* lister, const QList<Video>& candidates) {
    lister->deleteLater();
    m_reconciling.remove(id);
    const std::optional<JobRecord> record = m_store->job(id);
    if (!record)
        return;
    Gateway* gateway = gatewayFor(record->profileId);
    if (lister->endpointMissing()) {
        if (gateway)
            gateway->listSupported = false;
        emit reconciled(id, ReconcileOutcome::Unsupported,
                        tr("This gateway cannot list its videos, so VideoRemix cannot look for "
                           "the job. Check the gateway's own records, then submit it again or "
                           "remove it."));
        return;
    }
    if (lister->error().isError()) {
        emit reconciled(id, ReconcileOutcome::Failed, lister->error().summary());
        return;
    }
    if (gateway)
        gateway->listSupported = true;
    if (candidates.isEmpty()) {
        emit reconciled(id, ReconcileOutcome::NotFound,
                        tr("No matching video is among the gateway's recent videos: the job "
                           "was most likely never created. You may submit it again."));
        return;
    }
    // Several identical remixes: the one created closest to our submit.
    const Video best = *std::min_element(
        candidates.cbegin(), candidates.cend(), [&record](const Video& a, const Video& b) {
            return std::abs(a.createdAt.secsTo(record->createdAt)) <
                   std::abs(b.createdAt.secsTo(record->createdAt));
        });
    const std::optional<JobRecord> updated = m_store->modify(id, [&best](JobRecord& row) {
        row.absorb(best);
        row.submitterPid = 0;
    });
    if (!updated) {
        emit reconciled(id, ReconcileOutcome::Failed, m_store->errorString());
        return;
    }
    emit jobChanged(id);
    emit reconciled(id, ReconcileOutcome::Found,
                    tr("Found on the gateway as %1.").arg(updated->videoId));
    if (updated->isFollowable())
        startFollowing(*updated, 0);
    else
        afterVideoChange(*updated);
}

void JobLibrary::importFromGateway(const QString& profileId) {
    Gateway* gateway = gatewayFor(profileId);
    if (!gateway) {
        ApiError error = ApiError::validation(tr("No gateway is set up for this profile."));
        emit importFinished(profileId, 0, error);
        return;
    }
    if (gateway->importer)
        return;
    auto added = std::make_shared<int>(0);
    const QUrl baseUrl = gateway->baseUrl;
    auto* lister = new VideoLister(
        gateway->client, gateway->requestSlots,
        [this, profileId, baseUrl, added](const QList<Video>& page) {
            QList<qint64> ids;
            if (m_store->importVideos(profileId, baseUrl, page, &ids) < 0)
                return false;
            *added += int(ids.size());
            for (const qint64 id : std::as_const(ids))
                emit jobAdded(id);
            for (const Video& video : page) {
                if (const std::optional<JobRecord> record =
                        m_store->findByVideoId(baseUrl, video.id)) {
                    if (!ids.contains(record->id))
                        emit jobChanged(record->id);
                    if (record->isFollowable())
                        startFollowing(*record, jitter(gatewayFor(profileId)
                                                           ? gatewayFor(profileId)->pollIntervalMs
                                                           : 0));
                    else
                        afterVideoChange(*record);
                }
            }
            return true;
        },
        m_options.importMaxPages, this);
    gateway->importer = lister;
    connect(lister, &VideoLister::finished, this, [this, profileId, lister, added] {
        lister->deleteLater();
        Gateway* current = gatewayFor(profileId);
        if (current)
            current->importer = nullptr;
        ApiError error = lister->error();
        if (lister->endpointMissing()) {
            if (current) {
                current->listSupported = false;
                if (!current->unsupportedReported) {
                    current->unsupportedReported = true;
                    emit listUnsupported(profileId);
                }
            }
            error.technicalDetail =
                tr("This gateway has no list of videos (GET /v1/videos), so there is nothing to "
                   "import.");
        } else if (current && !error.isError()) {
            current->listSupported = true;
        }
        emit importFinished(profileId, *added, error);
    });
    lister->start();
}

bool JobLibrary::isImporting(const QString& profileId) const {
    const Gateway* gateway = gatewayFor(profileId);
    return gateway && gateway->importer;
}

void JobLibrary::deleteOnServer(qint64 id) {
    const std::optional<JobRecord> record = m_store->job(id);
    Gateway* gateway = record ? gatewayFor(record->profileId) : nullptr;
    if (!record || record->videoId.isEmpty() || !gateway) {
        emit serverDeleteFinished(
            id, ServerDeleteOutcome::Failed,
            ApiError::validation(record && record->videoId.isEmpty()
                                     ? tr("This job never got a video on the gateway.")
                                     : tr("No gateway is set up for this job's profile.")));
        return;
    }
    QPointer<RequestSlots> requestSlots = gateway->requestSlots;
    const QString videoId = record->videoId;
    const QString profileId = record->profileId;
    requestSlots->acquire(this, [this, id, videoId, profileId, requestSlots] {
        Gateway* current = gatewayFor(profileId);
        if (!current) {
            if (requestSlots)
                requestSlots->release();
            return;
        }
        ApiCall* call = current->client->remove(videoId);
        connect(call, &ApiCall::finished, this, [this, id, call, requestSlots] {
            if (requestSlots)
                requestSlots->release();
            const ApiError error = call->error();
            ServerDeleteOutcome outcome = ServerDeleteOutcome::Deleted;
            if (!call->succeeded()) {
                if (endpointMissing(error))
                    outcome = ServerDeleteOutcome::Unsupported;
                else if (error.kind == ApiError::Kind::Http && error.httpStatus == 404)
                    outcome = ServerDeleteOutcome::AlreadyGone;
                else
                    outcome = ServerDeleteOutcome::Failed;
            }
            if (outcome == ServerDeleteOutcome::Deleted ||
                outcome == ServerDeleteOutcome::AlreadyGone) {
                stopFollowing(id);
                m_downloadQueue.removeAll(id);
                m_store->modify(id, [](JobRecord& row) {
                    row.state = JobState::Deleted;
                    row.error = {};
                });
                emit jobChanged(id);
            }
            emit serverDeleteFinished(id, outcome, error);
        });
    });
}

bool JobLibrary::removeLocally(qint64 id, bool deleteFiles) {
    const std::optional<JobRecord> record = m_store->job(id);
    if (!record)
        return false;
    stopFollowing(id);
    m_downloadQueue.removeAll(id);
    delete m_downloads.take(id).data();
    if (!m_store->remove(id))
        return false;
    if (deleteFiles) {
        for (const QString& path : {record->filePath, record->thumbnailPath}) {
            if (!path.isEmpty())
                QFile::remove(path);
        }
        if (!record->filePath.isEmpty()) {
            const QString sidecar = record->filePath.chopped(4) + u".json"_s;
            QFile::remove(sidecar);
        }
    }
    emit jobRemoved(id);
    return true;
}

std::optional<JobRecord> JobLibrary::job(qint64 id) const {
    return m_store->job(id);
}

std::optional<JobRecord> JobLibrary::remixedFrom(qint64 id) const {
    return m_store->remixedFrom(id);
}

QList<JobRecord> JobLibrary::remixesOf(qint64 id) const {
    return m_store->remixesOf(id);
}

void JobLibrary::setPaused(bool paused) {
    if (m_paused == paused)
        return;
    m_paused = paused;
    for (Gateway* gateway : std::as_const(m_gateways)) {
        gateway->paused =
            paused || (m_reachability && m_reachability->isOffline() && !gateway->loopback);
    }
    if (paused) {
        const QList<qint64> ids = m_trackers.keys();
        for (const qint64 id : ids)
            stopFollowing(id);
    } else {
        for (const QString& profileId : m_gateways.keys())
            resume(profileId);
    }
    emit pausedChanged(paused);
}

void JobLibrary::watchReachability() {
    // Only now: its backends (NetworkManager over D-Bus, GLib's GIO) cost a
    // start-up that follows only the local mock, or nothing yet, for nothing.
    if (m_reachability || !m_options.pauseWhenOffline)
        return;
    m_reachability = new ReachabilityWatch(this);
    connect(m_reachability, &ReachabilityWatch::offlineChanged, this,
            &JobLibrary::onOfflineChanged);
}

void JobLibrary::onOfflineChanged(bool offline) {
    qCInfo(lcJobLibrary) << (offline ? "offline: following paused" : "online: following resumes");
    for (Gateway* gateway : std::as_const(m_gateways)) {
        if (gateway->loopback)
            continue;
        gateway->paused = m_paused || offline;
        if (offline) {
            for (const JobRecord& record : m_store->unfinished(gateway->profileId))
                stopFollowing(record.id);
        } else {
            resume(gateway->profileId);
        }
    }
}
