#pragma once

#include "clioptions.h"
#include "clioutput.h"
#include "clisubmission.h"
#include "exitcode.h"

#include "api/clientconfig.h"
#include "settings/gatewayprofile.h"

#include <QHash>
#include <QObject>

class ApiClient;
class JobLibrary;
class JobRecorder;
class JobStore;
class SourceFacts;

// create and remix: the versions go out through the job library (each one's
// row written before its POST, so it shows in the history whatever happens),
// are followed there until they end when the user waits, and their videos are
// saved where --download says. Each version prints its own result; the run
// ends with the worst exit code of them all. Each version's estimate is
// recorded with its row; a submit past the profile's monthly budget is
// refused unless --over-budget, and --dry-run shows what would go out and
// sends nothing.
class SubmitCommand final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitCommand)

public:
    SubmitCommand(CliOptions options, CliSubmission submission, const ClientConfig& config,
                  const GatewayProfile& profile, JobStore* store, JobRecorder* recorder,
                  QObject* parent = nullptr);

    void start();

private:
    struct Version final {
        bool followed = false;
        bool downloading = false;
        bool ended = false;
        int progress = 0;
    };

    QString sourceId() const;
    CostEstimate estimate(bool allVersions) const;
    void showDryRun();
    // Once the source of a remix is known (or cannot be): price, budget, POST.
    void send();
    void onJobChanged(qint64 id);
    void onSubmitFailed(qint64 id, const ApiError& error);
    void download(const JobRecord& record);
    void end(qint64 id, ExitCode outcome);
    void showProgress(const JobRecord& record);

    CliOptions m_options;
    CliSubmission m_submission;
    CliOutput m_output;
    ClientConfig m_config;
    GatewayProfile m_profile;
    JobStore* m_store = nullptr;
    JobRecorder* m_recorder = nullptr;
    ApiClient* m_client = nullptr;    // downloads to the user's path
    SourceFacts* m_sources = nullptr; // what a remix's source is, hence what it costs
    bool m_sent = false;
    JobLibrary* m_library = nullptr;   // made by start(), once the store is known to be writable
    QHash<qint64, Version> m_versions; // by local id
    ExitCode m_worst = ExitCode::Success;
};
