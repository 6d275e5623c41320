#include "clioptions.h"
#include "clioutput.h"
#include "clirunner.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("videoremix-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("VideoRemix"));

    QString problem;
    bool exitNow = false;
    const std::optional<CliOptions> options = CliOptions::parse(QCoreApplication::arguments(), problem, exitNow);
    if (exitNow)
        return int(ExitCode::Success);
    if (!options) {
        const bool json = QCoreApplication::arguments().contains(QStringLiteral("--json"));
        CliOutput(json, uiLanguageForLocale(QLocale())).usageError(problem);
        return int(ExitCode::Usage);
    }

    CliRunner runner(*options, apiKeyFromEnvironment());
    QTimer::singleShot(0, &runner, &CliRunner::start);
    return QCoreApplication::exec();
}
