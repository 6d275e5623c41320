#include "settings/gatewaychoice.h"

#include <QTest>

using namespace Qt::StringLiterals;

// One rule for the window and the CLI: which gateway and which key, by table.
class TestGatewayChoice final : public QObject {
    Q_OBJECT

private slots:
    void choosesGatewayAndKey_data();
    void choosesGatewayAndKey();
    void sameGatewayIgnoresOnlyTrailingSlashAndV1_data();
    void sameGatewayIgnoresOnlyTrailingSlashAndV1();

private:
    static GatewayProfile profile(const QString& id, const QString& name, const QString& url) {
        GatewayProfile p = GatewayProfile::create(name, QUrl(url));
        p.id = id;
        return p;
    }
    static QList<GatewayProfile> profiles() {
        return {profile(u"home"_s, u"Home"_s, u"https://gw.example.com"_s),
                profile(u"work"_s, u"Work"_s, u"https://work.example.net/relay"_s)};
    }
};

void TestGatewayChoice::choosesGatewayAndKey_data() {
    QTest::addColumn<QString>("profileId"); // active, or named with a leading '!'
    QTest::addColumn<QString>("override");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("environment");     // VIDEOREMIX_API_KEY; empty: unset
    QTest::addColumn<bool>("storedKey");          // the chosen profile has "stored-<id>"
    QTest::addColumn<QString>("expectedProfile"); // empty: a problem, nothing used
    QTest::addColumn<QString>("expectedUrl");
    QTest::addColumn<QString>("expectedKey");
    QTest::addColumn<KeySource>("expectedSource");

    const QString noKey;
    // No override: the active profile.
    QTest::newRow("active, stored key")
        << u"home"_s << QString() << false << QString() << true << u"home"_s
        << u"https://gw.example.com"_s << u"stored-home"_s << KeySource::Keychain;
    QTest::newRow("active, no key anywhere")
        << u"home"_s << QString() << false << QString() << false << u"home"_s
        << u"https://gw.example.com"_s << noKey << KeySource::None;
    QTest::newRow("active, environment beats stored")
        << u"home"_s << QString() << false << u"sk-env"_s << true << u"home"_s
        << u"https://gw.example.com"_s << u"sk-env"_s << KeySource::Environment;
    QTest::newRow("unknown active id falls back to the first")
        << u"gone"_s << QString() << false << QString() << true << u"home"_s
        << u"https://gw.example.com"_s << u"stored-home"_s << KeySource::Keychain;
    QTest::newRow("named profile that does not exist")
        << u"!gone"_s << QString() << false << QString() << true << QString() << QString() << noKey
        << KeySource::None;

    // Override on the same gateway as a profile: that profile, and its key.
    QTest::newRow("override = active profile, stored key")
        << u"home"_s << u"https://gw.example.com/v1/"_s << false << QString() << true << u"home"_s
        << u"https://gw.example.com/v1/"_s << u"stored-home"_s << KeySource::Keychain;
    QTest::newRow("override = another profile, its stored key")
        << u"home"_s << u"https://work.example.net/relay"_s << false << QString() << true
        << u"work"_s << u"https://work.example.net/relay"_s << u"stored-work"_s
        << KeySource::Keychain;
    QTest::newRow("override = a profile, environment beats stored")
        << u"home"_s << u"https://work.example.net/relay"_s << false << u"sk-env"_s << true
        << u"work"_s << u"https://work.example.net/relay"_s << u"sk-env"_s
        << KeySource::Environment;
    QTest::newRow("override = a profile without a key")
        << u"home"_s << u"https://gw.example.com"_s << false << QString() << false << u"home"_s
        << u"https://gw.example.com"_s << noKey << KeySource::None;

    // Override on another gateway: no profile's key may go there.
    QTest::newRow("other host, environment key")
        << u"home"_s << u"https://other.example.org"_s << false << u"sk-env"_s << true
        << u"url:https://other.example.org"_s << u"https://other.example.org"_s << u"sk-env"_s
        << KeySource::Environment;
    QTest::newRow("other host, no environment key: none, never a stored one")
        << u"home"_s << u"https://other.example.org"_s << false << QString() << true
        << u"url:https://other.example.org"_s << u"https://other.example.org"_s << noKey
        << KeySource::None;
    QTest::newRow("same host, plain http: another gateway")
        << u"home"_s << u"http://gw.example.com"_s << false << QString() << true
        << u"url:http://gw.example.com"_s << u"http://gw.example.com"_s << noKey << KeySource::None;
    QTest::newRow("same host, other port: another gateway")
        << u"home"_s << u"https://gw.example.com:8443"_s << false << QString() << true
        << u"url:https://gw.example.com:8443"_s << u"https://gw.example.com:8443"_s << noKey
        << KeySource::None;
    QTest::newRow("same host, other path: another gateway")
        << u"work"_s << u"https://work.example.net/other"_s << false << QString() << true
        << u"url:https://work.example.net/other"_s << u"https://work.example.net/other"_s << noKey
        << KeySource::None;
    QTest::newRow("named profile for another gateway than the override")
        << u"!home"_s << u"https://other.example.org"_s << false << u"sk-env"_s << true << QString()
        << QString() << noKey << KeySource::None;
    QTest::newRow("named profile serving the override")
        << u"!work"_s << u"https://work.example.net/relay/"_s << false << QString() << true
        << u"work"_s << u"https://work.example.net/relay/"_s << u"stored-work"_s
        << KeySource::Keychain;

    // The demo: its own address and key, whatever the environment holds.
    QTest::newRow("demo ignores the environment")
        << u"home"_s << QString() << true << u"sk-env"_s << true << u"demo"_s
        << u"http://127.0.0.1:4242"_s << u"demo-key"_s << KeySource::Session;
    QTest::newRow("demo without environment")
        << u"home"_s << QString() << true << QString() << false << u"demo"_s
        << u"http://127.0.0.1:4242"_s << u"demo-key"_s << KeySource::Session;
}

void TestGatewayChoice::choosesGatewayAndKey() {
    QFETCH(QString, profileId);
    QFETCH(QString, override);
    QFETCH(bool, demo);
    QFETCH(QString, environment);
    QFETCH(bool, storedKey);
    QFETCH(QString, expectedProfile);
    QFETCH(QString, expectedUrl);
    QFETCH(QString, expectedKey);
    QFETCH(KeySource, expectedSource);

    GatewayChoice::Request request;
    request.profiles = profiles();
    request.profileNamed = profileId.startsWith(u'!');
    request.profileId = request.profileNamed ? profileId.mid(1) : profileId;
    request.baseUrlOverride = QUrl(override);
    const GatewayChoice choice = demo ? GatewayChoice::demoAt(QUrl(u"http://127.0.0.1:4242"_s))
                                      : GatewayChoice::choose(request);

    std::optional<EnvironmentKey> env;
    if (!environment.isEmpty())
        env = EnvironmentKey{u"VIDEOREMIX_API_KEY"_s, environment};
    // What the store would answer for the chosen profile; asked only when allowed.
    SecretResult stored;
    stored.status = SecretResult::Status::NotFound;
    if (storedKey && choice.mayUseStoredKey()) {
        stored.status = SecretResult::Status::Ok;
        stored.secret = u"stored-"_s + choice.profile.id;
        stored.source = KeySource::Keychain;
    }
    const GatewayChoice::Key key = choice.key(env, stored);

    if (expectedProfile.isEmpty()) {
        QVERIFY(!choice.problem.isEmpty());
        QVERIFY(!key.isSet());
        return;
    }
    QVERIFY2(choice.problem.isEmpty(), qPrintable(choice.problem));
    QCOMPARE(choice.profile.id, expectedProfile);
    QCOMPARE(choice.profile.baseUrl, QUrl(expectedUrl));
    QCOMPARE(key.value, expectedKey);
    QCOMPARE(key.source, expectedSource);
    if (expectedSource == KeySource::Environment)
        QCOMPARE(key.variable, u"VIDEOREMIX_API_KEY"_s);
    QCOMPARE(choice.saved, !demo && !expectedProfile.startsWith(u"url:"_s));
}

void TestGatewayChoice::sameGatewayIgnoresOnlyTrailingSlashAndV1_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("slash") << u"https://a.example"_s << u"https://a.example/"_s << true;
    QTest::newRow("v1") << u"https://a.example/v1"_s << u"https://a.example"_s << true;
    QTest::newRow("host case") << u"https://A.example"_s << u"https://a.example"_s << true;
    QTest::newRow("default port") << u"https://a.example:443"_s << u"https://a.example"_s << true;
    QTest::newRow("user info") << u"https://u:p@a.example"_s << u"https://a.example"_s << true;
    QTest::newRow("scheme") << u"http://a.example"_s << u"https://a.example"_s << false;
    QTest::newRow("port") << u"https://a.example:8443"_s << u"https://a.example"_s << false;
    QTest::newRow("path") << u"https://a.example/x"_s << u"https://a.example"_s << false;
    QTest::newRow("subdomain") << u"https://b.a.example"_s << u"https://a.example"_s << false;
}

void TestGatewayChoice::sameGatewayIgnoresOnlyTrailingSlashAndV1() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(GatewayChoice::sameGateway(QUrl(a), QUrl(b)), same);
    QCOMPARE(GatewayChoice::sameGateway(QUrl(b), QUrl(a)), same);
}

QTEST_GUILESS_MAIN(TestGatewayChoice)
#include "tst_gatewaychoice.moc"
