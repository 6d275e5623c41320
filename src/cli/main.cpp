#include "clioptions.h"
#include "clioutput.h"
#include "clirunner.h"
#include "gatewayselection.h"
#include "jobrecorder.h"
#include "jobs/jobstore.h"
#include "settings/gatewayconfig.h"
#include "settings/logredaction.h"
#include "settings/secretstore.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("videoremix-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("VideoRemix"));
    LogRedaction::install();

    QString problem;
    bool exitNow = false;
    std::optional<CliOptions> options = CliOptions::parse(QCoreApplication::arguments(), problem, exitNow);
    if (exitNow)
        return int(ExitCode::Success);
    const bool json = options ? options->json : QCoreApplication::arguments().contains(QStringLiteral("--json"));
    const UiLanguage language = options ? options->language : uiLanguageForLocale(QLocale());
    CliOutput output(json, language);
    if (!options) {
        output.usageError(problem);
        return int(ExitCode::Usage);
    }

    Settings settings;
    if (options->command == CliOptions::Command::Profiles) {
        output.profiles(settings.profiles(), settings.activeProfileId());
        return int(ExitCode::Success);
    }
    JobStore store;
    if (options->command == CliOptions::Command::History) {
        if (!store.isOpen()) {
            output.notice(store.errorString());
            return int(ExitCode::Usage);
        }
        QList<JobState> states;
        if (const auto state = jobStateFromKey(options->statusFilter))
            states.append(*state);
        output.history(store.recent(JobQuery::matching(options->search, states, options->limit)));
        return int(ExitCode::Success);
    }
    if (!store.isOpen())
        output.notice(store.errorString());
    JobRecorder recorder(&store);
    SecretStore secrets(settings.configDirectory());
    const std::optional<GatewaySelection> gateway = GatewaySelection::choose(*options, settings, secrets, problem);
    if (!gateway) {
        output.usageError(problem);
        return int(ExitCode::Usage);
    }
    LogRedaction::addSecret(gateway->config.apiKey);
    if (sendsKeyInCleartext(gateway->config.baseUrl))
        output.notice(cleartextWarning(gateway->config.baseUrl));
    options->pollIntervalMs = gateway->pollIntervalMs;

    CliRunner runner(*options, gateway->config, gateway->profile.id, &recorder);
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return QCoreApplication::exec();
}
