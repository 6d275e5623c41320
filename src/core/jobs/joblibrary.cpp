#include "joblibrary.h"

#include "../api/apiclient.h"
#include "../settings/settings.h"
#include "jobstore.h"
#include "jobsubmitter.h"
#include "requestslots.h"
#include "resultfiles.h"

#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJobLibrary, "videoremix.jobs.library")

JobLibrary::JobLibrary(JobStore* store, QObject* parent)
    : JobLibrary(store, Options{}, parent) {}

JobLibrary::JobLibrary(JobStore* store, Options options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_options(options)
    , m_gateways(std::make_unique<GatewayPool>(GatewayPool::Limits{
          options.maxRequestsInFlight, options.maxSubmitsInFlight, options.pauseWhenOffline}))
    , m_follower(std::make_unique<JobFollower>(
          store, m_gateways.get(),
          JobFollower::Timing{options.followDeadlineMs, options.maxTroubleDelayMs}))
    , m_reconciler(std::make_unique<Reconciler>(
          store, m_gateways.get(),
          Reconciler::Limits{options.reconcileWindowSecs, options.reconcileMaxPages}))
    , m_importer(std::make_unique<GatewayImporter>(store, m_gateways.get(), options.importMaxPages))
    , m_deleter(std::make_unique<ServerDeleter>(store, m_gateways.get()))
    , m_downloads(std::make_unique<DownloadQueue>(store, m_gateways.get(), options.maxDownloads)) {
    m_downloads->setFolder(Settings::defaultDownloadFolder());
    m_submitter = std::make_unique<JobSubmitter>(m_store, [this](const QString& profileId) {
        const Gateway* gateway = m_gateways->find(profileId);
        if (!gateway)
            return JobSubmitter::Route{};
        return JobSubmitter::Route{gateway->client.get(), gateway->requestSlots.get(),
                                   gateway->submitSlots.get(), gateway->baseUrl};
    });
    connectParts();
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

// The parts go in reverse order of declaration: the downloads first, the
// gateways last. The submitter's unanswered POSTs then have an unknown
// outcome, which the next library says.
JobLibrary::~JobLibrary() = default;

void JobLibrary::connectParts() {
    connect(m_submitter.get(), &JobSubmitter::jobAdded, this, &JobLibrary::jobAdded);
    connect(m_submitter.get(), &JobSubmitter::retryScheduled, this,
            &JobLibrary::submitRetryScheduled);
    connect(m_submitter.get(), &JobSubmitter::answered, this, &JobLibrary::onSubmitted);

    // checkNow() follows every followable job of every usable gateway: one
    // pass over the library for all of them, which a long history notices at
    // start-up (docs/performance.md).
    connect(m_gateways.get(), &GatewayPool::ready, this, &JobLibrary::checkNow);
    connect(m_gateways.get(), &GatewayPool::stopping, this, &JobLibrary::onGatewayStopping);
    connect(m_gateways.get(), &GatewayPool::pausedChanged, this, &JobLibrary::pausedChanged);

    JobFollower* follower = m_follower.get();
    connect(follower, &JobFollower::jobChanged, this, &JobLibrary::jobChanged);
    connect(follower, &JobFollower::jobFinished, this, &JobLibrary::jobFinished);
    connect(follower, &JobFollower::troubled, this, &JobLibrary::followTroubled);
    connect(follower, &JobFollower::followingChanged, this, &JobLibrary::followingChanged);
    connect(follower, &JobFollower::settled, this, [this](const JobRecord& record, bool asked) {
        if (asked && record.awaitsDownload())
            m_downloads->enqueue(record.id);
        else if (!asked)
            afterVideoChange(record);
    });

    connect(m_reconciler.get(), &Reconciler::jobChanged, this, &JobLibrary::jobChanged);
    connect(m_reconciler.get(), &Reconciler::reconciled, this, &JobLibrary::reconciled);
    connect(m_reconciler.get(), &Reconciler::found, follower, [follower](const JobRecord& record) {
        follower->pickUp(record, JobFollower::FirstPoll::Now);
    });

    connect(m_importer.get(), &GatewayImporter::jobAdded, this, &JobLibrary::jobAdded);
    connect(m_importer.get(), &GatewayImporter::jobChanged, this, &JobLibrary::jobChanged);
    connect(m_importer.get(), &GatewayImporter::found, follower,
            [follower](const JobRecord& record) {
                follower->pickUp(record, JobFollower::FirstPoll::WithinAnInterval);
            });
    connect(m_importer.get(), &GatewayImporter::finished, this, &JobLibrary::importFinished);
    connect(m_importer.get(), &GatewayImporter::listUnsupported, this,
            &JobLibrary::listUnsupported);

    connect(m_deleter.get(), &ServerDeleter::gone, this, [this](qint64 id) {
        m_follower->stop(id);
        m_downloads->cancel(id);
    });
    connect(m_deleter.get(), &ServerDeleter::jobChanged, this, &JobLibrary::jobChanged);
    connect(m_deleter.get(), &ServerDeleter::finished, this, &JobLibrary::serverDeleteFinished);

    connect(m_downloads.get(), &DownloadQueue::jobChanged, this, &JobLibrary::jobChanged);
    connect(m_downloads.get(), &DownloadQueue::progress, this, &JobLibrary::downloadProgress);
    connect(m_downloads.get(), &DownloadQueue::finished, this, &JobLibrary::downloadFinished);
}

void JobLibrary::onGatewayStopping(const QString& profileId, bool removed) {
    m_follower->stopProfile(profileId);
    if (!removed)
        return;
    m_reconciler->stopProfile(profileId);
    m_importer->stopProfile(profileId);
    m_downloads->cancelProfile(profileId);
}

void JobLibrary::markInterrupted() {
    const QList<qint64> ids = m_store->markInterruptedSubmissions(
        [this](const JobRecord& record) { return m_submitter->isAlive(record); });
    for (const qint64 id : ids) {
        qCInfo(lcJobLibrary) << "job" << id << "was interrupted while submitting: outcome unknown";
        emit jobChanged(id);
    }
}

void JobLibrary::setAutoDownload(bool enabled) {
    if (m_autoDownload == enabled)
        return;
    m_autoDownload = enabled;
    if (enabled)
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
    if (const std::optional<JobRecord> record = m_store->job(id))
        m_follower->pickUp(*record, JobFollower::FirstPoll::AboutAnInterval);
}

qint64 JobLibrary::adopt(const QString& profileId, const QString& videoId, QString* error) {
    if (const FieldProblem problem = RemixRequest::checkVideoId(videoId);
        problem != FieldProblem::None) {
        if (error)
            *error = RemixRequest::describe(problem);
        return 0;
    }
    const Gateway* gateway = m_gateways->find(profileId);
    if (!gateway) {
        if (error)
            *error = tr("No gateway is set up for this profile.");
        return 0;
    }
    if (const std::optional<JobRecord> known = m_store->findByVideoId(gateway->baseUrl, videoId)) {
        m_follower->follow(known->id);
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
    m_follower->pickUp(record, JobFollower::FirstPoll::Now);
    return id;
}

void JobLibrary::afterVideoChange(const JobRecord& record) {
    if (!record.awaitsDownload())
        return;
    if (record.hasExpired())
        m_downloads->markExpired(record.id);
    else if (m_autoDownload)
        m_downloads->enqueue(record.id);
}

void JobLibrary::download(qint64 id) {
    m_downloads->retryNow(id);
}

bool JobLibrary::setThumbnail(qint64 id, const QString& path) {
    if (!m_store->modify(id, [&](JobRecord& row) { row.thumbnailPath = path; }))
        return false;
    emit jobChanged(id);
    return true;
}

void JobLibrary::checkNow() {
    markInterrupted();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const JobRecord& record : m_store->unfinished()) {
        const Gateway* gateway = m_gateways->find(record.profileId);
        const bool usable = gateway && !gateway->paused;
        if (record.awaitsDownload()) {
            m_downloads->catchUp(record, m_autoDownload && usable, now);
        } else if (usable) {
            // Submitted or imported by another process: follow it here too.
            m_follower->catchUp(record);
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

bool JobLibrary::removeLocally(qint64 id, bool deleteFiles) {
    const std::optional<JobRecord> record = m_store->job(id);
    if (!record)
        return false;
    m_follower->stop(id);
    m_downloads->cancel(id);
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
