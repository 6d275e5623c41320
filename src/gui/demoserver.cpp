#include "demoserver.h"

#include "settings/gatewaychoice.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalBlocker>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

DemoServer::DemoServer(QObject* parent)
    : QObject(parent) {
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        fail([] {
            return tr("The demo server did not start within %n seconds.", nullptr,
                      StartTimeoutMs / 1000);
        });
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoServer::onStandardOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail([detail = m_process.errorString()] {
                return tr("The demo server could not be started: %1").arg(detail);
            });
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode) {
        if (!isReady() && !m_stopping)
            fail([exitCode] {
                return tr("The demo server stopped before it was ready (exit code %1).")
                    .arg(exitCode);
            });
    });
}

DemoServer::~DemoServer() {
    stop();
}

QString DemoServer::apiKey() {
    return GatewayChoice::demoKey();
}

QString DemoServer::findProgram() {
    const QString besideUs =
        QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(u"videoremix-mock"_s);
    if (QFileInfo(besideUs).isExecutable())
        return besideUs;
    return QStandardPaths::findExecutable(u"videoremix-mock"_s);
}

void DemoServer::start() {
    if (m_process.state() != QProcess::NotRunning)
        return;
    const QString program = findProgram();
    if (program.isEmpty()) {
        fail([] {
            return tr("The demo server (videoremix-mock) was not found next to the application.");
        });
        return;
    }
    m_baseUrl.clear();
    m_pending.clear();
    m_startTimeout.start(StartTimeoutMs);
    m_process.start(program,
                    {u"--port"_s, u"0"_s, u"--api-key"_s, apiKey(), u"--job-duration"_s,
                     QString::number(m_jobDurationMs), u"--quiet"_s, u"--exit-with-stdin"_s});
}

void DemoServer::stop() {
    m_startTimeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    // Waiting below delivers pending output; a late "ready" would reach a
    // window that is already being destroyed.
    const QSignalBlocker quiet(&m_process);
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(2000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(2000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
    m_stopping = false;
}

void DemoServer::onStandardOutput() {
    const QByteArray received = m_process.readAllStandardOutput();
    if (isReady())
        return; // only the first line matters
    m_pending += received;
    const qsizetype newline = m_pending.indexOf('\n');
    if (newline < 0)
        return;
    const QUrl url(QString::fromUtf8(m_pending.left(newline)).trimmed(), QUrl::StrictMode);
    m_startTimeout.stop();
    if (!url.isValid() || url.scheme() != u"http"_s) {
        fail([] { return tr("The demo server announced an address that is not a URL."); });
        return;
    }
    m_baseUrl = url;
    emit ready(m_baseUrl);
}

void DemoServer::fail(const std::function<QString()>& reason) {
    m_failure = reason;
    m_startTimeout.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_stopping = true;
        m_process.kill();
        m_process.waitForFinished(1000);
        m_stopping = false;
    }
    emit failed(reason());
}
