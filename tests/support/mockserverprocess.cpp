#include "mockserverprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace {

constexpr int ControlTimeoutMs = 5000;
constexpr int StartTimeoutMs = 10000;

bool pathMatches(const QString& path, const QString& globOrPrefix) {
    if (!globOrPrefix.contains(u'*'))
        return path.startsWith(globOrPrefix);
    QString pattern = u"^"_s;
    for (qsizetype i = 0; i < globOrPrefix.size(); ++i) {
        if (globOrPrefix.at(i) != u'*') {
            pattern += QRegularExpression::escape(QString(globOrPrefix.at(i)));
        } else if (i + 1 < globOrPrefix.size() && globOrPrefix.at(i + 1) == u'*') {
            pattern += u".*"_s;
            ++i;
        } else {
            pattern += u"[^/]*"_s;
        }
    }
    return QRegularExpression(pattern + u'$').match(path).hasMatch();
}

QJsonArray byOrigin(const QJsonArray& all, const QString& origin) {
    QJsonArray filtered;
    for (const QJsonValue& entry : all) {
        if (entry[u"origin"_s].toString() == origin)
            filtered.append(entry);
    }
    return filtered;
}

} // namespace

MockServerProcess::MockServerProcess()
    : m_apiKey(defaultApiKey()) {
    // The mock's log goes to the test's stderr, where a failing run shows it.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

MockServerProcess::~MockServerProcess() {
    stop();
    delete m_network;
}

QString MockServerProcess::defaultApiKey() {
    return u"test-key-7f3a9c"_s;
}

bool MockServerProcess::start(const QStringList& extraArgs) {
    stop();
    const qsizetype keyIndex = extraArgs.lastIndexOf(u"--api-key"_s);
    m_apiKey = keyIndex >= 0 && keyIndex + 1 < extraArgs.size() ? extraArgs.at(keyIndex + 1)
                                                                : defaultApiKey();
    QStringList args = {u"--port"_s,    u"0"_s,         u"--quiet"_s, u"--exit-with-stdin"_s,
                        u"--api-key"_s, defaultApiKey()};
    args += extraArgs;
    m_process.start(QStringLiteral(VIDEOREMIX_MOCK_PATH), args);
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        qWarning() << "videoremix-mock did not start:" << m_process.errorString();
        return false;
    }

    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!m_process.canReadLine()) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running ||
            !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            if (!m_process.canReadLine()) {
                qWarning() << "videoremix-mock printed no URL";
                stop();
                return false;
            }
        }
    }
    m_baseUrl = QUrl(QString::fromUtf8(m_process.readLine().trimmed()));
    if (!m_baseUrl.isValid()) {
        stop();
        return false;
    }
    const Reply info = call("GET", u"/__mock/info"_s);
    m_cdnBaseUrl = QUrl(QJsonDocument::fromJson(info.body)[u"cdnBaseUrl"_s].toString());
    return info.status == 200;
}

void MockServerProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool MockServerProcess::isRunning() const {
    return m_process.state() == QProcess::Running;
}

QUrl MockServerProcess::url(const QString& pathAndQuery) const {
    return QUrl(m_baseUrl.toString() + pathAndQuery, QUrl::StrictMode);
}

QJsonArray MockServerProcess::requests() {
    return byOrigin(allRequests(), u"api"_s);
}

QJsonArray MockServerProcess::cdnRequests() {
    return byOrigin(allRequests(), u"cdn"_s);
}

int MockServerProcess::countRequests(const QByteArray& method, const QString& pathGlobOrPrefix) {
    int count = 0;
    for (const QJsonValue& entry : requests()) {
        if (!method.isEmpty() && entry[u"method"_s].toString().toLatin1() != method)
            continue;
        if (pathMatches(entry[u"path"_s].toString(), pathGlobOrPrefix))
            ++count;
    }
    return count;
}

bool MockServerProcess::addFault(const QJsonObject& rule) {
    const QJsonObject body{{u"rules"_s, QJsonArray{rule}}};
    return call("POST", u"/__mock/faults"_s, QJsonDocument(body).toJson()).status == 200;
}

bool MockServerProcess::configure(const QJsonObject& patch) {
    return call("POST", u"/__mock/config"_s, QJsonDocument(patch).toJson()).status == 200;
}

bool MockServerProcess::reset() {
    return call("POST", u"/__mock/reset"_s).status == 200;
}

bool MockServerProcess::addVideo(const QJsonObject& video) {
    return call("POST", u"/__mock/videos"_s, QJsonDocument(video).toJson()).status == 200;
}

QJsonArray MockServerProcess::allRequests() {
    return QJsonDocument::fromJson(call("GET", u"/__mock/requests"_s).body).array();
}

MockServerProcess::Reply MockServerProcess::call(const QByteArray& method, const QString& path,
                                                 const QByteArray& body) {
    if (!m_baseUrl.isValid())
        return {};
    if (!m_network)
        m_network = new QNetworkAccessManager;
    QNetworkRequest request(url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply* reply = m_network->sendCustomRequest(request, method, body);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(ControlTimeoutMs);
    loop.exec();

    Reply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
    } else {
        reply->abort();
        qWarning() << "mock control call timed out:" << method << path;
    }
    if (result.status != 200)
        qWarning() << "mock control call failed:" << method << path << result.status << result.body;
    reply->deleteLater();
    return result;
}
