#include "mockserver.h"

#include "faultreplies.h"
#include "httpconnection.h"

#include <QSslServer>

using namespace Qt::StringLiterals;

namespace {

QByteArray urlOf(const QTcpServer& server) {
    const QByteArray scheme = qobject_cast<const QSslServer*>(&server) ? "https://" : "http://";
    return scheme + server.serverAddress().toString().toLatin1() + ':' +
           QByteArray::number(server.serverPort());
}

} // namespace

MockServer::MockServer(const MockConfig& config, const FaultRules& rules, QObject* parent)
    : QObject(parent)
    , m_videoApi(m_state)
    , m_controlApi(m_state)
    , m_apiServer(std::make_unique<QTcpServer>()) {
    m_state.startupConfig = config;
    m_state.startupRules = rules;
    m_state.reset();
    // Not newConnection: a TLS server announces a connection only once its
    // handshake is done, through pendingConnectionAvailable.
    connect(m_apiServer.get(), &QTcpServer::pendingConnectionAvailable, this,
            &MockServer::acceptApi);
    connect(&m_cdnServer, &QTcpServer::pendingConnectionAvailable, this, &MockServer::acceptCdn);
}

void MockServer::useTls(const QSslConfiguration& tls) {
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(tls);
    m_apiServer = std::move(server);
    connect(m_apiServer.get(), &QTcpServer::pendingConnectionAvailable, this,
            &MockServer::acceptApi);
}

bool MockServer::listen(const QHostAddress& address, quint16 port, QString* error) {
    if (!m_apiServer->listen(address, port)) {
        *error = m_apiServer->errorString();
        return false;
    }
    if (!m_cdnServer.listen(address, 0)) {
        *error = m_cdnServer.errorString();
        return false;
    }
    m_state.baseUrl = urlOf(*m_apiServer);
    m_state.cdnBaseUrl = urlOf(m_cdnServer);
    return true;
}

QUrl MockServer::baseUrl() const {
    return QUrl(QString::fromLatin1(m_state.baseUrl));
}

QUrl MockServer::cdnBaseUrl() const {
    return QUrl(QString::fromLatin1(m_state.cdnBaseUrl));
}

void MockServer::acceptApi() {
    while (QTcpSocket* socket = m_apiServer->nextPendingConnection())
        new HttpConnection(
            socket, [this](const HttpRequest& r) { return handleApi(r); }, this);
}

void MockServer::acceptCdn() {
    while (QTcpSocket* socket = m_cdnServer.nextPendingConnection())
        new HttpConnection(
            socket, [this](const HttpRequest& r) { return handleCdn(r); }, this);
}

HttpResponse MockServer::handleApi(const HttpRequest& request) {
    if (ControlApi::isControlPath(request.path))
        return m_controlApi.handle(request);
    m_state.log.record(request, u"api"_s);
    return withFaults(request, u"api"_s, [&] { return m_videoApi.handle(request, true); });
}

HttpResponse MockServer::handleCdn(const HttpRequest& request) {
    m_state.log.record(request, u"cdn"_s);
    return withFaults(request, u"cdn"_s, [&] {
        if (request.path.startsWith("/v1/"))
            return m_videoApi.handle(request, false);
        return m_videoApi.cdnFile(request);
    });
}

HttpResponse MockServer::withFaults(const HttpRequest& request, const QString& origin,
                                    const std::function<HttpResponse()>& normal) {
    const std::optional<FaultRule> rule = m_state.rules.take(request, origin);
    if (!rule)
        return normal();
    return FaultReplies::build(*rule, request, m_state.config.dialect, m_state.cdnBaseUrl, normal);
}
