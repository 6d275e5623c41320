#include "settings/connectiontester.h"
#include "settings/gatewayconfig.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Answers every request with one canned HTTP response and remembers the request head.
class CannedServer final : public QObject {
public:
    CannedServer() {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer += socket->readAll();
                    if (!m_buffer.contains("\r\n\r\n"))
                        return;
                    m_heads << m_buffer.left(m_buffer.indexOf("\r\n\r\n"));
                    m_buffer.clear();
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    void respond(int status, const QByteArray& contentType, const QByteArray& body,
                 const QByteArray& extraHeaders = {}) {
        m_response = "HTTP/1.1 " + QByteArray::number(status) +
                     " X\r\nContent-Type: " + contentType +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" +
                     extraHeaders + "Connection: close\r\n\r\n" + body;
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    const QList<QByteArray>& heads() const { return m_heads; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_buffer;
    QList<QByteArray> m_heads;
};

const QByteArray Json = "application/json";
const QByteArray Html = "text/html; charset=utf-8";

} // namespace

Q_DECLARE_METATYPE(ConnectionTestResult::Outcome)

class TestConnectionTester final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tellsAnswersApart_data();
    void tellsAnswersApart();
    void probesOneHarmlessGetWithTheKey();
    void refusedConnectionIsANetworkFailure();
    void rejectedKeyShowsBothLanguages();
    void secondStartAbandonsTheFirst();

    void cleartextWarningOnlyForRemoteHttp_data();
    void cleartextWarningOnlyForRemoteHttp();
    void clientConfigFollowsTheProfile();
    void clientConfigReportsUnusableCaFile();

private:
    ConnectionTestResult runAgainst(const QUrl& url, const QString& key = u"sk-test-key-000000"_s);
};

void TestConnectionTester::initTestCase() {
    qRegisterMetaType<ConnectionTestResult>();
}

ConnectionTestResult TestConnectionTester::runAgainst(const QUrl& url, const QString& key) {
    ConnectionTester tester;
    GatewayProfile profile = GatewayProfile::create(u"t"_s, url);
    profile.proxyMode = ProxyMode::None;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(clientConfigFor(profile, key));
    [&] {
        QVERIFY(finished.wait(15'000));
    }();
    if (finished.isEmpty())
        return {};
    return finished.at(0).at(0).value<ConnectionTestResult>();
}

void TestConnectionTester::tellsAnswersApart_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ConnectionTestResult::Outcome>("expected");
    using O = ConnectionTestResult::Outcome;
    QTest::newRow("JSON 404: API, key accepted")
        << 404 << Json
        << QByteArray(R"({"error":{"message":"Video not found","type":"invalid_request_error"}})")
        << O::Accepted;
    QTest::newRow("new-api 404 envelope")
        << 404 << Json
        << QByteArray(R"({"code":"not_found","message":"task not found","data":null})")
        << O::Accepted;
    QTest::newRow("200 video")
        << 200 << Json
        << QByteArray(
               R"({"id":"video_videoremix_connection_probe","object":"video","status":"completed","progress":100})")
        << O::Accepted;
    QTest::newRow("401 bilingual")
        << 401 << Json
        << QByteArray(
               R"({"error":{"message":"Invalid token","message_zh":"无效的令牌","type":"invalid_request_error"}})")
        << O::KeyRejected;
    QTest::newRow("403") << 403 << Json << QByteArray(R"({"error":{"message":"Access denied"}})")
                         << O::KeyRejected;
    QTest::newRow("HTML 404") << 404 << Html
                              << QByteArray("<!DOCTYPE html><html><title>Not Found</title></html>")
                              << O::NotAnApi;
    QTest::newRow("plain 404") << 404 << QByteArray("text/plain")
                               << QByteArray("404 page not found") << O::NotAnApi;
    QTest::newRow("HTML 502 from a proxy")
        << 502 << Html << QByteArray("<html><title>502 Bad Gateway</title></html>") << O::NotAnApi;
    QTest::newRow("HTML 200 web site")
        << 200 << Html << QByteArray("<!doctype html><html>shop</html>") << O::NotAnApi;
    QTest::newRow("JSON 200 but not a video")
        << 200 << Json << QByteArray(R"({"hello":"world"})") << O::NotAnApi;
    QTest::newRow("JSON 500") << 500 << Json
                              << QByteArray(R"({"error":{"message":"upstream down"}})")
                              << O::ServerError;
}

void TestConnectionTester::tellsAnswersApart() {
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(ConnectionTestResult::Outcome, expected);
    CannedServer server;
    server.respond(status, contentType, body);
    const ConnectionTestResult result = runAgainst(server.url());
    QCOMPARE(ConnectionTestResult::outcomeKey(result.outcome),
             ConnectionTestResult::outcomeKey(expected));
    QVERIFY(!result.headline().isEmpty());
    // No retry for a probe: one answer is the verdict.
    QCOMPARE(server.heads().size(), 1);
}

void TestConnectionTester::probesOneHarmlessGetWithTheKey() {
    CannedServer server;
    server.respond(404, Json, R"({"error":{"message":"Video not found"}})");
    runAgainst(server.url(), u"sk-probe-key-424242"_s);
    QCOMPARE(server.heads().size(), 1);
    const QByteArray head = server.heads().first();
    QVERIFY2(head.startsWith("GET /v1/videos/video_videoremix_connection_probe HTTP/1.1"),
             head.constData());
    QVERIFY(head.contains("Authorization: Bearer sk-probe-key-424242"));
}

void TestConnectionTester::refusedConnectionIsANetworkFailure() {
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const ConnectionTestResult result = runAgainst(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    QCOMPARE(result.outcome, ConnectionTestResult::Outcome::NetworkFailure);
    QVERIFY(!result.details(UiLanguage::English).isEmpty());
}

void TestConnectionTester::rejectedKeyShowsBothLanguages() {
    CannedServer server;
    server.respond(
        401, Json,
        R"({"error":{"message":"Invalid token","message_zh":"无效的令牌","type":"invalid_request_error"}})");
    const QString key = u"sk-wrong-key-575757"_s;
    const ConnectionTestResult result = runAgainst(server.url(), key);
    QCOMPARE(result.outcome, ConnectionTestResult::Outcome::KeyRejected);
    QCOMPARE(result.details(UiLanguage::English).mid(0, 2),
             (QStringList{u"Invalid token"_s, u"无效的令牌"_s}));
    QCOMPARE(result.details(UiLanguage::Chinese).first(), u"无效的令牌"_s);
    for (const QString& line : result.details(UiLanguage::English) + QStringList{result.headline()})
        QVERIFY(!line.contains(key));
}

void TestConnectionTester::secondStartAbandonsTheFirst() {
    CannedServer server;
    server.respond(404, Json, R"({"error":{"message":"Video not found"}})");
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    GatewayProfile profile = GatewayProfile::create(u"t"_s, QUrl(u"http://127.0.0.1:9"_s));
    profile.proxyMode = ProxyMode::None;
    tester.start(clientConfigFor(profile, u"k"_s));
    profile.baseUrl = server.url();
    tester.start(clientConfigFor(profile, u"k"_s));
    QVERIFY(finished.wait(15'000));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<ConnectionTestResult>().outcome,
             ConnectionTestResult::Outcome::Accepted);
}

void TestConnectionTester::cleartextWarningOnlyForRemoteHttp_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("warn");
    QTest::newRow("https remote") << u"https://api.jxincm.cn"_s << false;
    QTest::newRow("http remote") << u"http://api.jxincm.cn"_s << true;
    QTest::newRow("http LAN address") << u"http://192.168.1.20:8080"_s << true;
    QTest::newRow("HTTP upper case") << u"HTTP://gw.example.com"_s << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8787"_s << false;
    QTest::newRow("http loopback 127/8") << u"http://127.5.6.7"_s << false;
    QTest::newRow("http localhost") << u"http://localhost:8787"_s << false;
    QTest::newRow("http loopback v6") << u"http://[::1]:8787"_s << false;
    QTest::newRow("http localhost lookalike") << u"http://localhost.evil.com"_s << true;
}

void TestConnectionTester::cleartextWarningOnlyForRemoteHttp() {
    QFETCH(QString, url);
    QFETCH(bool, warn);
    QCOMPARE(sendsKeyInCleartext(QUrl(url)), warn);
    if (warn)
        QVERIFY(cleartextWarning(QUrl(url)).contains(u"unencrypted"_s));
}

void TestConnectionTester::clientConfigFollowsTheProfile() {
    GatewayProfile profile = GatewayProfile::create(u"t"_s, QUrl(u"https://gw.example.com"_s));
    profile.requestTimeoutMs = 15'000;
    profile.http2Enabled = false;
    profile.proxyMode = ProxyMode::Manual;
    profile.manualProxyHost = u"proxy.example.com"_s;
    profile.manualProxyPort = 3128;
    QString error;
    const ClientConfig config = clientConfigFor(profile, u"key-1234567"_s, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(config.baseUrl, profile.baseUrl);
    QCOMPARE(config.apiKey, u"key-1234567"_s);
    QCOMPARE(config.requestDeadlineMs, 15'000);
    QVERIFY(config.inactivityTimeoutMs <= 15'000);
    QCOMPARE(config.http2Allowed, false);
    QVERIFY(config.proxy);
    QCOMPARE(config.proxy->hostName(), u"proxy.example.com"_s);
    QCOMPARE(config.proxy->port(), quint16(3128));

    profile.proxyMode = ProxyMode::None;
    QCOMPARE(clientConfigFor(profile, {}).proxy->type(), QNetworkProxy::NoProxy);
    profile.proxyMode = ProxyMode::System;
    QVERIFY(!clientConfigFor(profile, {}).proxy);
}

void TestConnectionTester::clientConfigReportsUnusableCaFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ca.pem"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate");
    file.close();
    GatewayProfile profile = GatewayProfile::create(u"t"_s, QUrl(u"https://gw.example.com"_s));
    profile.caCertificateFile = path;
    QString error;
    const ClientConfig config = clientConfigFor(profile, u"k"_s, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(config.extraCaCertificates.isEmpty());
    QVERIFY(!profile.validate().isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_settings_connectiontester.moc"
