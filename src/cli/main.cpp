#include "clioptions.h"
#include "clioutput.h"
#include "clirunner.h"
#include "clisubmission.h"
#include "gatewayselection.h"
#include "jobrecorder.h"
#include "jobs/jobstore.h"
#include "jobs/spendquery.h"
#include "pricing/budget.h"
#include "settings/gatewayconfig.h"
#include "settings/logredaction.h"
#include "settings/processhardening.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "submitcommand.h"
#include "translationloader.h"

#include <QCoreApplication>
#include <QTimer>

namespace {

// The language of messages, known before the options are parsed: their errors
// are messages too. --lang zh|en (also --lang=zh), else the system's.
UiLanguage requestedLanguage(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if ((arg == QLatin1String("--lang") || arg == QLatin1String("-lang")) &&
            i + 1 < arguments.size())
            return uiLanguageFromCode(arguments.at(i + 1));
        if (arg.startsWith(QLatin1String("--lang=")))
            return uiLanguageFromCode(arg.mid(7));
    }
    return uiLanguageForLocale(QLocale::system());
}

// What the profile's jobs were estimated to cost, from the job library alone: no key, no
// request.
int spend(const CliOptions& options, const Settings& settings, JobStore& store, CliOutput& output) {
    GatewayProfile profile = settings.activeProfile();
    if (!options.profileName.isEmpty()) {
        const auto named = settings.findProfile(options.profileName);
        if (!named) {
            output.usageError(
                GatewaySelection::tr(
                    "There is no profile named \"%1\"; \"videoremix-cli profiles\" lists them.")
                    .arg(options.profileName));
            return int(ExitCode::Usage);
        }
        profile = *named;
    }
    if (!store.isOpen()) {
        output.usageError(store.errorString());
        return int(ExitCode::Usage);
    }
    const QString currency = profile.prices.currency;
    const SpendQuery spend(store);
    if (options.since.isValid()) {
        output.spend(profile.name, currency, options.since, spend.totals(profile.id, options.since),
                     std::nullopt, profile.monthlyBudget);
    } else {
        const QDateTime month = Budget::startOfMonth();
        output.spend(profile.name, currency, month, spend.totals(profile.id, month),
                     spend.totals(profile.id, Budget::startOfDay()), profile.monthlyBudget);
    }
    return int(ExitCode::Success);
}

} // namespace

int main(int argc, char* argv[]) {
    ProcessHardening::applyReleaseDefaults(); // before anything could hold the key
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("videoremix-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("VideoRemix"));
    LogRedaction::install();
    TranslationLoader translations;
    translations.install(requestedLanguage(QCoreApplication::arguments()));

    QString problem;
    bool exitNow = false;
    std::optional<CliOptions> options =
        CliOptions::parse(QCoreApplication::arguments(), problem, exitNow);
    if (exitNow)
        return int(ExitCode::Success);
    const bool json =
        options ? options->json : QCoreApplication::arguments().contains(QStringLiteral("--json"));
    const UiLanguage language = options ? options->language : uiLanguageForLocale(QLocale());
    CliOutput output(json, language);
    if (!options) {
        output.usageError(problem);
        return int(ExitCode::Usage);
    }
    // Before the gateway and its key: a bad image or folder costs no keychain prompt.
    std::optional<CliSubmission> submission;
    if (options->submits()) {
        submission = CliSubmission::prepare(*options, problem);
        if (!submission) {
            output.usageError(problem);
            return int(ExitCode::Usage);
        }
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
    if (options->command == CliOptions::Command::Spend)
        return spend(*options, settings, store, output);
    if (!store.isOpen() && !submission) // a submit refuses to go out without it, and says so
        output.notice(store.errorString());
    JobRecorder recorder(&store);
    SecretStore secrets(settings.configDirectory());
    const std::optional<GatewaySelection> gateway =
        GatewaySelection::choose(*options, settings, secrets, problem);
    if (!gateway) {
        output.usageError(problem);
        return int(ExitCode::Usage);
    }
    LogRedaction::addSecret(gateway->config.apiKey);
    if (sendsKeyInCleartext(gateway->config.baseUrl))
        output.notice(cleartextWarning(gateway->config.baseUrl));
    options->pollIntervalMs = gateway->pollIntervalMs;

    if (submission) {
        SubmitCommand command(*options, std::move(*submission), gateway->config, gateway->profile,
                              &store, &recorder);
        QTimer::singleShot(0, &command, &SubmitCommand::start);
        return QCoreApplication::exec();
    }
    CliRunner runner(*options, gateway->config, &recorder);
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return QCoreApplication::exec();
}
