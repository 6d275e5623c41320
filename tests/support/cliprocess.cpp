#include "cliprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>

using namespace Qt::StringLiterals;

QProcessEnvironment isolatedCliEnvironment(const QString& scratchDir, const QString& apiKey) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"VIDEOREMIX_BASE_URL"_s, u"OPENAI_BASE_URL"_s, u"OPENAI_API_KEY"_s,
                                u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s, u"DISPLAY"_s})
        env.remove(name);
    env.insert(u"VIDEOREMIX_API_KEY"_s, apiKey);
    env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, QDir(scratchDir).filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, QDir(scratchDir).filePath(u"data"_s));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    return env;
}

CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs,
              const QStringList& wrapper) {
    const QString cli = QStringLiteral(VIDEOREMIX_CLI_PATH);
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    if (wrapper.isEmpty())
        process.start(cli, arguments);
    else
        process.start(wrapper.first(), wrapper.mid(1) + QStringList{cli} + arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning("videoremix-cli did not finish within %d ms", timeoutMs);
        return run;
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
