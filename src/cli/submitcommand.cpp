#include "submitcommand.h"

#include "dryrun.h"
#include "jobrecorder.h"

#include "api/apiclient.h"
#include "api/downloader.h"
#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"
#include "jobs/sourcefacts.h"
#include "jobs/spendquery.h"
#include "pricing/budget.h"
#include "pricing/submissioncost.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The gateway's own last word on the video, printed as status prints it; its
// source as the library holds it: the ID that was asked for (JobTag has the
// gateway's other name for it).
Video videoOf(const JobRecord& record) {
    Video video = Video::fromJson(record.raw).value_or(record.toVideo());
    if (!record.sourceVideoId.isEmpty())
        video.remixedFromVideoId = record.sourceVideoId;
    return video;
}

// Why following a job stopped before the job ended, as the library noted it.
ApiError stoppedFollowing(const JobRecord& record) {
    const ApiError error = ApiError::fromJson(record.error);
    if (error.isError())
        return error;
    // Deleted on the gateway by someone else: the library keeps no error for that.
    return ApiError::fromHttp(404, {}, {});
}

} // namespace

SubmitCommand::SubmitCommand(CliOptions options, CliSubmission submission,
                             const ClientConfig& config, const GatewayProfile& profile,
                             JobStore* store, JobRecorder* recorder, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_submission(std::move(submission))
    , m_output(m_options.json, m_options.language)
    , m_config(config)
    , m_profile(profile)
    , m_store(store)
    , m_recorder(recorder)
    , m_client(new ApiClient(config, this))
    , m_sources(new SourceFacts(store, this)) {
    m_sources->setGateway(config);
}

QString SubmitCommand::sourceId() const {
    const auto* remix = std::get_if<RemixRequest>(&m_submission.submission.request);
    return remix ? remix->videoId : QString{};
}

CostEstimate SubmitCommand::estimate(bool allVersions) const {
    const QString id = sourceId();
    const std::optional<Video> source = id.isEmpty() ? std::nullopt : m_sources->known(id);
    const QString problem = id.isEmpty() ? QString{} : m_sources->problem(id);
    const Submission& submission = m_submission.submission;
    return allVersions ? estimateAll(submission, m_profile.prices, source, problem)
                       : estimateVersion(submission, m_profile.prices, source, problem);
}

void SubmitCommand::showDryRun() {
    // The source's facts from the library only: a dry run asks the gateway nothing.
    CostEstimate all = estimate(true);
    CostEstimate one = estimate(false);
    if (const QString id = sourceId(); !id.isEmpty() && !m_sources->known(id)) {
        all = CostEstimate::unknown(tr("the source video %1 is not in the job library, and a dry "
                                       "run asks the gateway nothing")
                                        .arg(id));
        all.currency = m_profile.prices.currency;
        one = all;
    }
    m_output.dryRun(DryRun::requests(m_submission.submission, m_config), all, one);
    QCoreApplication::exit(int(ExitCode::Success));
}

void SubmitCommand::start() {
    if (!m_store->isOpen()) {
        // Never a paid POST without its row: a job nobody recorded can be neither followed
        // nor found again.
        m_output.usageError(tr("Nothing was sent: the job library cannot be written (%1).")
                                .arg(m_store->errorString()));
        return QCoreApplication::exit(int(ExitCode::Usage));
    }
    if (m_options.dryRun)
        return showDryRun();
    const QString id = sourceId();
    if (!id.isEmpty() && !m_sources->known(id)) {
        // One GET of the source: a remix costs what its source cost. Failing only makes the
        // estimate unknown.
        connect(m_sources, &SourceFacts::factsArrived, this, &SubmitCommand::send);
        m_sources->lookUp(id);
        if (m_sources->isAsking(id))
            return;
    }
    send();
}

void SubmitCommand::send() {
    if (m_sent)
        return;
    m_sent = true;
    const CostEstimate one = estimate(false);
    const CostEstimate all = estimate(true);
    m_submission.submission.estimate = one;
    const QString currency = m_profile.prices.currency;
    const double spent =
        SpendQuery(*m_store).totals(m_profile.id, Budget::startOfMonth()).spentIn(currency);
    if (const std::optional<double> over = Budget::overrun(m_profile.monthlyBudget, spent, all);
        over && !m_options.overBudget) {
        m_output.usageError(
            tr("Nothing was sent: this submit costs about %1 and goes %2 over this month's "
               "budget of %3 (spent so far: %4). Add --over-budget to submit it anyway.")
                .arg(all.text(), CostEstimate::money(*over, currency),
                     CostEstimate::money(*m_profile.monthlyBudget, currency),
                     CostEstimate::money(spent, currency)));
        return QCoreApplication::exit(int(ExitCode::Usage));
    }
    m_output.estimate(all, one, m_submission.submission.versions);
    if (m_profile.monthlyBudget && !all.known)
        m_output.notice(tr("This month's budget could not be checked: the price is unknown."));

    JobLibrary::Options libraryOptions;
    libraryOptions.followDeadlineMs = m_options.timeoutMs.value_or(CliOptions::DefaultWaitMs);
    // A script wants to hear that the network is gone, not to wait for it to come back.
    libraryOptions.pauseWhenOffline = false;
    libraryOptions.externalCheckIntervalMs = 0; // nobody here to tell
    m_library = new JobLibrary(m_store, libraryOptions, this);
    // --download decides whether a file is saved, and where.
    m_library->setAutoDownload(false);

    connect(m_library, &JobLibrary::jobChanged, this, &SubmitCommand::onJobChanged);
    connect(m_library, &JobLibrary::submitFailed, this, &SubmitCommand::onSubmitFailed);
    connect(m_library, &JobLibrary::submitRetryScheduled, this,
            [this](qint64 id, const ApiError& error, qint64 delayMs) {
                if (m_versions.contains(id))
                    m_output.gatewayBusy(error, delayMs);
            });
    connect(m_library, &JobLibrary::followTroubled, this,
            [this](qint64 id, const ApiError& error, qint64 nextPollMs) {
                if (m_versions.contains(id))
                    m_output.statusTrouble(error, nextPollMs);
            });
    connect(m_library, &JobLibrary::followingChanged, this, [this](qint64 id, bool following) {
        if (const auto it = m_versions.find(id); it != m_versions.end() && following)
            it->followed = true;
    });
    m_library->gateways()->add(m_profile.id, m_config, m_options.pollIntervalMs);

    QString error;
    const QList<qint64> ids = m_library->submit(m_profile.id, m_submission.submission, &error);
    if (ids.isEmpty()) { // nothing was sent: the request, or the library, said no
        m_output.usageError(error);
        return QCoreApplication::exit(int(ExitCode::Usage));
    }
    // The answers come from the event loop, never before submit() returns.
    for (const qint64 id : ids)
        m_versions.insert(id, Version{});
}

void SubmitCommand::onSubmitFailed(qint64 id, const ApiError& error) {
    const auto it = m_versions.find(id);
    if (it == m_versions.end() || it->ended)
        return;
    const std::optional<JobRecord> record = m_library->store()->job(id);
    m_output.error(error, record ? JobTag::of(*record) : JobTag{});
    end(id, exitCodeFor(error));
}

void SubmitCommand::onJobChanged(qint64 id) {
    const auto it = m_versions.find(id);
    if (it == m_versions.end() || it->ended || it->downloading)
        return;
    const std::optional<JobRecord> record = m_library->store()->job(id);
    if (!record)
        return;
    const JobTag tag = JobTag::of(*record);
    switch (record->state) {
    case JobState::Submitting:
    case JobState::OutcomeUnknown:
    case JobState::Rejected:
        return; // submitFailed() says why
    case JobState::Queued:
    case JobState::InProgress:
    case JobState::Unknown:
        if (!m_options.wait) {
            m_output.video(videoOf(*record), tag);
            return end(id, ExitCode::Success);
        }
        if (m_library->follower()->isFollowing(id)) {
            it->progress = record->progress;
            return showProgress(*record);
        }
        if (!it->followed)
            return; // just answered: following starts next
        // Following stopped before the job ended: the deadline, a refused key.
        [[fallthrough]];
    case JobState::Deleted: {
        const ApiError error = stoppedFollowing(*record);
        m_output.error(error, tag);
        return end(id, exitCodeFor(error));
    }
    case JobState::Failed:
        if (!m_options.wait) {
            m_output.video(videoOf(*record), tag);
            return end(id, ExitCode::Success);
        }
        m_output.jobFailed(videoOf(*record), tag);
        return end(id, ExitCode::JobFailed);
    case JobState::Completed:
    case JobState::Expired: // the download says whether the result is still there
        if (m_submission.downloadPath.isEmpty()) {
            m_output.video(videoOf(*record), tag);
            return end(id, ExitCode::Success);
        }
        return download(*record);
    }
}

void SubmitCommand::download(const JobRecord& record) {
    m_versions[record.id].downloading = true;
    const QString target = m_submission.downloadTarget(record.videoId);
    Downloader* downloader = m_client->download(record.videoId, ContentVariant::Video, target);
    connect(downloader, &Downloader::progress, this,
            [this](qint64 received, qint64 total) { m_output.downloadProgress(received, total); });
    connect(downloader, &Downloader::finished, this, [this, downloader, record] {
        const JobTag tag = JobTag::of(record);
        if (!downloader->succeeded()) {
            m_output.error(downloader->error(), tag);
            return end(record.id, exitCodeFor(downloader->error()));
        }
        if (m_recorder)
            m_recorder->downloaded(record.baseUrl, record.videoId, downloader->targetPath());
        m_output.videoDownloaded(videoOf(record), downloader->targetPath(),
                                 downloader->bytesWritten(), tag);
        end(record.id, ExitCode::Success);
    });
    downloader->start();
}

void SubmitCommand::showProgress(const JobRecord& record) {
    if (m_versions.size() == 1)
        return m_output.progress(videoOf(record));
    int ended = 0;
    int progress = 0;
    for (const Version& version : std::as_const(m_versions)) {
        ended += version.ended ? 1 : 0;
        progress += version.ended ? 100 : version.progress;
    }
    m_output.versionsProgress(ended, int(m_versions.size()), progress / int(m_versions.size()));
}

void SubmitCommand::end(qint64 id, ExitCode outcome) {
    Version& version = m_versions[id];
    version.ended = true;
    version.downloading = false;
    m_worst = worse(m_worst, outcome);
    const bool allEnded = std::all_of(m_versions.cbegin(), m_versions.cend(),
                                      [](const Version& v) { return v.ended; });
    if (allEnded)
        QCoreApplication::exit(int(m_worst));
}
