#pragma once

#include "controlapi.h"
#include "mockstate.h"
#include "videoapi.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QUrl>

#include <memory>

// The mock gateway: an API listener and a CDN listener on two loopback ports,
// so redirects and media URLs point to a genuinely different origin.
//
// It is built on QTcpServer with its own small HTTP/1.1 parser rather than on
// QHttpServer because the fault modes need byte-level control (silence,
// trickled bytes, short bodies, resets, broken chunking) that QHttpServer
// deliberately hides.
class MockServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MockServer)

public:
    MockServer(const MockConfig& config, const FaultRules& rules, QObject* parent = nullptr);

    // Serves the API over https (the CDN origin stays plain http, so a redirect
    // to it is also a downgrade). Call before listen().
    void useTls(const QSslConfiguration& tls);
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QUrl cdnBaseUrl() const;
    void setEcho(bool echo) { m_state.log.setEcho(echo); }

private:
    void acceptApi();
    void acceptCdn();
    HttpResponse handleApi(const HttpRequest& request);
    HttpResponse handleCdn(const HttpRequest& request);
    HttpResponse withFaults(const HttpRequest& request, const QString& origin,
                            const std::function<HttpResponse()>& normal);

    MockState m_state;
    VideoApi m_videoApi;
    ControlApi m_controlApi;
    std::unique_ptr<QTcpServer> m_apiServer;
    QTcpServer m_cdnServer;
};
