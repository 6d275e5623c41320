#include "faultmatrixsupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace FaultMatrix {

QString cliPath() {
    return QStringLiteral(VIDEOREMIX_CLI_PATH);
}

QString mockPath() {
    return QStringLiteral(VIDEOREMIX_MOCK_PATH);
}

QString sourcePath(const QString& relative) {
    return QStringLiteral(VIDEOREMIX_SOURCE_DIR) + u'/' + relative;
}

CliRun runCli(const QStringList& arguments, const QString& apiKey,
              const QMap<QString, QString>& environment, const QStringList& wrapper,
              int timeoutMs) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"VIDEOREMIX_API_KEY"_s, apiKey);
    for (const char* name : {"VIDEOREMIX_BASE_URL", "OPENAI_BASE_URL", "OPENAI_API_KEY"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    return ::runCli(arguments, env, timeoutMs, wrapper);
}

LoggedMock::~LoggedMock() {
    stop();
    delete m_network;
}

bool LoggedMock::start(const QStringList& arguments) {
    stop();
    m_output.clear();
    m_process.start(mockPath(),
                    QStringList{u"--port"_s, u"0"_s, u"--exit-with-stdin"_s} + arguments);
    if (!m_process.waitForStarted(10'000))
        return false;
    const QDeadlineTimer deadline(10'000);
    while (!m_output.contains('\n') && !deadline.hasExpired()) {
        m_process.waitForReadyRead(100);
        drain();
    }
    const qsizetype end = m_output.indexOf('\n');
    if (end < 0)
        return false;
    m_baseUrl = QUrl(QString::fromUtf8(m_output.left(end).trimmed()));
    return m_baseUrl.isValid();
}

void LoggedMock::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    drain();
}

void LoggedMock::drain() {
    m_output += m_process.readAllStandardOutput();
    m_output += m_process.readAllStandardError();
}

QByteArray LoggedMock::output() {
    // Lines are flushed per request; give the pipe a moment to deliver them.
    if (m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(200);
    drain();
    return m_output;
}

QJsonArray LoggedMock::log() {
    QJsonArray entries;
    const QList<QByteArray> lines = output().split('\n');
    for (const QByteArray& line : lines) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            entries.append(document.object());
    }
    return entries;
}

int LoggedMock::count(const QString& origin, const QByteArray& method) {
    int n = 0;
    for (const QJsonValue& entry : log()) {
        if (entry[u"origin"_s].toString() == origin &&
            (method.isEmpty() || entry[u"method"_s].toString().toLatin1() == method))
            ++n;
    }
    return n;
}

int LoggedMock::control(const QByteArray& method, const QString& path, const QJsonObject& body) {
    if (!m_network)
        m_network = new QNetworkAccessManager;
    QNetworkRequest request(QUrl(m_baseUrl.toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply* reply =
        m_network->sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->abort();
    reply->deleteLater();
    return status;
}

} // namespace FaultMatrix
