#include "api/requestfactory.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestFactory final : public QObject {
    Q_OBJECT

private slots:
    void joinsBaseUrls_data();
    void joinsBaseUrls();
    void encodesIdsAsOneSegment_data();
    void encodesIdsAsOneSegment();
    void setsEveryHeaderInOnePlace();
    void neverLetsQtFollowRedirects();
    void keepsTheKeyFromOtherOrigins();
    void tellsOriginsApart_data();
    void tellsOriginsApart();
};

void TestRequestFactory::joinsBaseUrls_data() {
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    const QString remix = u"https://api.jxincm.cn/v1/videos/v1d/remix"_s;
    QTest::newRow("host") << u"https://api.jxincm.cn"_s << remix;
    QTest::newRow("slash") << u"https://api.jxincm.cn/"_s << remix;
    QTest::newRow("v1") << u"https://api.jxincm.cn/v1"_s << remix;
    QTest::newRow("v1 slash") << u"https://api.jxincm.cn/v1/"_s << remix;
    QTest::newRow("double slash") << u"https://api.jxincm.cn//"_s << remix;
    QTest::newRow("prefix") << u"https://gw.example/openai"_s
                            << u"https://gw.example/openai/v1/videos/v1d/remix"_s;
    QTest::newRow("prefix v1") << u"https://gw.example/openai/v1/"_s
                               << u"https://gw.example/openai/v1/videos/v1d/remix"_s;
    QTest::newRow("port") << u"http://127.0.0.1:8080"_s
                          << u"http://127.0.0.1:8080/v1/videos/v1d/remix"_s;
    QTest::newRow("query dropped") << u"https://api.jxincm.cn/v1?x=1"_s << remix;
}

void TestRequestFactory::joinsBaseUrls() {
    QFETCH(QString, base);
    QFETCH(QString, expected);
    const RequestFactory factory(ClientConfig::forGateway(QUrl(base), u"k"_s));
    QCOMPARE(factory.apiUrl({u"videos"_s, u"v1d"_s, u"remix"_s}).toString(QUrl::FullyEncoded),
             expected);
}

void TestRequestFactory::encodesIdsAsOneSegment_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("path");
    QTest::newRow("colon") << u"sora-2:task_01J"_s << u"/v1/videos/sora-2%3Atask_01J/remix"_s;
    QTest::newRow("slash") << u"a/b"_s << u"/v1/videos/a%2Fb/remix"_s;
    QTest::newRow("traversal") << u"../../admin"_s << u"/v1/videos/..%2F..%2Fadmin/remix"_s;
    QTest::newRow("query") << u"a?b"_s << u"/v1/videos/a%3Fb/remix"_s;
    QTest::newRow("unicode") << u"视频"_s << u"/v1/videos/%E8%A7%86%E9%A2%91/remix"_s;
}

void TestRequestFactory::encodesIdsAsOneSegment() {
    QFETCH(QString, id);
    QFETCH(QString, path);
    const RequestFactory factory(ClientConfig::forGateway(QUrl(u"http://127.0.0.1:1"_s), u"k"_s));
    const QUrl url = factory.apiUrl({u"videos"_s, id, u"remix"_s});
    QCOMPARE(url.path(QUrl::FullyEncoded), path);
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
}

void TestRequestFactory::setsEveryHeaderInOnePlace() {
    ClientConfig config = ClientConfig::forGateway(QUrl(u"https://api.jxincm.cn"_s), u"sk-test"_s);
    config.inactivityTimeoutMs = 1234;
    config.http2Allowed = false;
    const RequestFactory factory(config);
    const QNetworkRequest request = factory.authorized(factory.apiUrl({u"videos"_s}));
    QCOMPARE(request.rawHeader("Authorization"), "Bearer sk-test"_ba);
    QCOMPARE(request.rawHeader("Content-Type"), "application/json"_ba);
    QCOMPARE(request.rawHeader("Accept"), "application/json"_ba);
    QVERIFY(request.rawHeader("User-Agent").startsWith("VideoRemix/"));
    QCOMPARE(request.transferTimeout(), 1234);
    QCOMPARE(request.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), false);
}

void TestRequestFactory::neverLetsQtFollowRedirects() {
    const RequestFactory factory(
        ClientConfig::forGateway(QUrl(u"https://api.jxincm.cn"_s), u"k"_s));
    for (const QNetworkRequest& request : {factory.authorized(factory.apiUrl({u"videos"_s})),
                                           factory.anonymous(QUrl(u"https://cdn.example/x"_s))}) {
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        QVERIFY(request.transferTimeout() > 0);
    }
}

void TestRequestFactory::keepsTheKeyFromOtherOrigins() {
    const RequestFactory factory(
        ClientConfig::forGateway(QUrl(u"https://api.jxincm.cn"_s), u"sk-test"_s));
    const QNetworkRequest request = factory.anonymous(QUrl(u"https://cdn.example/video.mp4"_s));
    QVERIFY(!request.hasRawHeader("Authorization"));
    QVERIFY(request.rawHeader("User-Agent").startsWith("VideoRemix/"));
}

void TestRequestFactory::tellsOriginsApart_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("same");
    QTest::newRow("same") << u"https://api.jxincm.cn/v1/videos/x/content"_s << true;
    QTest::newRow("explicit default port") << u"https://api.jxincm.cn:443/x"_s << true;
    QTest::newRow("other host") << u"https://cdn.jxincm.cn/x"_s << false;
    QTest::newRow("other port") << u"https://api.jxincm.cn:8443/x"_s << false;
    QTest::newRow("downgrade") << u"http://api.jxincm.cn/x"_s << false;
}

void TestRequestFactory::tellsOriginsApart() {
    QFETCH(QString, url);
    QFETCH(bool, same);
    const RequestFactory factory(
        ClientConfig::forGateway(QUrl(u"https://api.jxincm.cn/v1"_s), u"k"_s));
    QCOMPARE(factory.isApiOrigin(QUrl(url)), same);
}

QTEST_GUILESS_MAIN(TestRequestFactory)
#include "tst_requestfactory.moc"
