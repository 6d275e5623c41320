#pragma once

#include "cliprocess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the fault matrix needs beyond MockServerProcess: the CLI binary as a
// child process, and a mock whose own stdout log is kept (it shows what a user
// running `videoremix-mock` sees, and it may be served over TLS).
namespace FaultMatrix {

using CliRun = ::CliRun;

// Runs videoremix-cli with `apiKey` in VIDEOREMIX_API_KEY and LANG=en_US.UTF-8;
// `environment` entries override (a null value removes the variable).
// `wrapper` (e.g. {"prlimit", "--fsize=1", "--"}) is put in front of the binary.
CliRun runCli(const QStringList& arguments, const QString& apiKey,
              const QMap<QString, QString>& environment = {}, const QStringList& wrapper = {},
              int timeoutMs = 60'000);

QString cliPath();
QString mockPath();
QString sourcePath(const QString& relative);

// The mock as a user runs it: not --quiet, so every request is echoed on
// stdout (key redacted); the log is read from there.
class LoggedMock final {
public:
    LoggedMock() = default;
    ~LoggedMock();
    Q_DISABLE_COPY_MOVE(LoggedMock)

    bool start(const QStringList& arguments);
    void stop();

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    // Every echoed request so far, and the raw bytes the mock printed.
    [[nodiscard]] QJsonArray log();
    [[nodiscard]] QByteArray output();
    [[nodiscard]] int count(const QString& origin, const QByteArray& method = {});

    // A control call over plain http (only for a mock without TLS).
    int control(const QByteArray& method, const QString& path, const QJsonObject& body = {});

private:
    void drain();

    QProcess m_process;
    QByteArray m_output;
    QUrl m_baseUrl;
    QNetworkAccessManager* m_network = nullptr;
};

} // namespace FaultMatrix
