#include "clirunner.h"

#include "jobrecorder.h"

#include "api/apiclient.h"
#include "api/downloader.h"
#include "jobs/jobtracker.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

CliRunner::CliRunner(CliOptions options, const ClientConfig& config, JobRecorder* recorder,
                     QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_output(m_options.json, m_options.language)
    , m_client(new ApiClient(config, this))
    , m_recorder(recorder) {}

void CliRunner::start() {
    switch (m_options.command) {
    case CliOptions::Command::Status:
    case CliOptions::Command::Wait:
        return runStatus();
    case CliOptions::Command::Download:
        return download(m_options.videoId, m_options.variant, m_options.downloadPath);
    case CliOptions::Command::List:
        return runList();
    case CliOptions::Command::Delete:
        return runDelete();
    case CliOptions::Command::Create:
    case CliOptions::Command::Remix:
        break; // SubmitCommand's, see main()
    case CliOptions::Command::Profiles:
    case CliOptions::Command::History:
    case CliOptions::Command::Spend:
        break; // answered from local files alone, see main()
    }
}

void CliRunner::finish(ExitCode code) {
    QCoreApplication::exit(int(code));
}

void CliRunner::fail(const ApiError& error) {
    m_output.error(error);
    finish(exitCodeFor(error));
}

void CliRunner::runStatus() {
    ApiCall* call = m_client->retrieve(m_options.videoId);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->succeeded())
            return fail(call->error());
        const Video video = *call->video();
        if (!m_options.wait) {
            m_output.video(video);
            return finish(ExitCode::Success);
        }
        follow(video);
    });
}

void CliRunner::follow(const Video& video) {
    JobTracker::Options options;
    options.pollIntervalMs = m_options.pollIntervalMs;
    options.deadlineMs = m_options.timeoutMs.value_or(CliOptions::DefaultWaitMs);
    auto* tracker = new JobTracker(m_client, video, options, this);
    m_output.progress(video);
    connect(tracker, &JobTracker::updated, this, [this](const Video& current) {
        m_output.progress(current);
        if (m_recorder)
            m_recorder->observed(m_client->requests().config().baseUrl, current);
    });
    connect(tracker, &JobTracker::troubled, this, [this](const ApiError& error, qint64 nextPollMs) {
        m_output.statusTrouble(error, nextPollMs);
    });
    connect(tracker, &JobTracker::gaveUp, this, &CliRunner::fail);
    connect(tracker, &JobTracker::finished, this, [this](const Video& final) {
        if (final.status == VideoStatus::Failed) {
            m_output.jobFailed(final);
            return finish(ExitCode::JobFailed);
        }
        if (m_options.downloadPath.isEmpty()) {
            m_output.video(final);
            return finish(ExitCode::Success);
        }
        download(final.id, ContentVariant::Video, m_options.downloadPath, final);
    });
    tracker->start();
}

void CliRunner::download(const QString& videoId, ContentVariant variant, const QString& path,
                         const std::optional<Video>& finished) {
    Downloader* downloader = m_client->download(videoId, variant, path);
    connect(downloader, &Downloader::progress, this,
            [this](qint64 received, qint64 total) { m_output.downloadProgress(received, total); });
    connect(
        downloader, &Downloader::finished, this, [this, downloader, videoId, variant, finished] {
            if (!downloader->succeeded())
                return fail(downloader->error());
            if (m_recorder && variant == ContentVariant::Video)
                m_recorder->downloaded(m_client->requests().config().baseUrl, videoId,
                                       downloader->targetPath());
            if (finished)
                m_output.videoDownloaded(*finished, downloader->targetPath(),
                                         downloader->bytesWritten());
            else
                m_output.downloaded(videoId, downloader->targetPath(), downloader->bytesWritten());
            finish(ExitCode::Success);
        });
    downloader->start();
}

void CliRunner::runList() {
    ApiCall* call = m_client->list(m_options.after, m_options.limit);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->succeeded())
            return fail(call->error());
        QList<Video> videos;
        const QJsonArray data = call->json().value(u"data"_s).toArray();
        for (const QJsonValue& item : data) {
            if (const auto video = Video::fromJson(item.toObject()))
                videos.append(*video);
        }
        m_output.videoList(call->json(), videos);
        finish(ExitCode::Success);
    });
}

void CliRunner::runDelete() {
    ApiCall* call = m_client->remove(m_options.videoId);
    connect(call, &ApiCall::finished, this, [this, call] {
        if (!call->succeeded())
            return fail(call->error());
        m_output.deleted(m_options.videoId, call->json().value(u"deleted"_s).toBool(true));
        finish(ExitCode::Success);
    });
}
