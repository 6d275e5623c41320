#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The real videoremix-cli, run to completion, as a script would run it.
struct CliRun final {
    int exitCode = -1; // -2: crashed; -1: did not finish in time
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// The caller's environment less anything that would choose a gateway, a key, a
// language or a display for the CLI; settings and the job library go to
// `scratchDir`, and no keychain answers. Tests add what they mean to test.
QProcessEnvironment isolatedCliEnvironment(const QString& scratchDir, const QString& apiKey);

// `wrapper` (e.g. {"prlimit", "--fsize=1", "--"}) is put in front of the binary.
CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment,
              int timeoutMs = 60'000, const QStringList& wrapper = {});
