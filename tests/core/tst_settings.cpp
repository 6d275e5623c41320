#include "settings/settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettings final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void firstRunHasSeedAndMockProfiles();
    void defaultFileLivesInStandardConfigLocation();
    void valuesRoundTripThroughTheFile();
    void profilesRoundTripThroughTheFile();
    void changeSignalsFireOncePerRealChange();
    void rejectsInvalidValues_data();
    void rejectsInvalidValues();
    void rejectsInvalidProfiles_data();
    void rejectsInvalidProfiles();
    void handEditedJunkFallsBackToDefaults();
    void brokenStoredProfileIsIgnored();
    void migratesFromSchemaVersion1();
    void migratesVersion1WithSeedUrlIntoSeedProfile();
    void leavesNewerSchemaVersionAlone();
    void findsProfileByNameCaseInsensitivelyOrId();
    void activeProfileFallsBackWhenRemoved();
    void uiLanguageFollowsSystemUnlessChosen();
    void windowStateIsStoredByName();

private:
    QString filePath() const { return m_dir->filePath(u"videoremix.conf"_s); }
    void writeRaw(const QByteArray& ini) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettings::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::writeRaw(const QByteArray& ini) const {
    QFile file(filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ini);
}

void TestSettings::firstRunHasSeedAndMockProfiles() {
    Settings settings(filePath());
    const QList<GatewayProfile> profiles = settings.profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).baseUrl, QUrl(u"https://api.jxincm.cn"_s));
    QCOMPARE(profiles.at(1).id, GatewayProfile::localMockId());
    QVERIFY(profiles.at(1).baseUrl.host() == u"127.0.0.1"_s);
    QCOMPARE(settings.activeProfileId(), GatewayProfile::seedGatewayId());
    QCOMPARE(settings.storedSchemaVersion(), Settings::SchemaVersion);
    QVERIFY(QFile::exists(filePath()));
}

void TestSettings::defaultFileLivesInStandardConfigLocation() {
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
        u"/videoremix/videoremix.conf"_s;
    QCOMPARE(Settings::defaultFilePath(), expected);
    // Test mode keeps us out of the user's real configuration.
    QVERIFY(expected.contains(u"qttest"_s));
}

void TestSettings::valuesRoundTripThroughTheFile() {
    const QString folder = m_dir->filePath(u"downloads"_s);
    {
        Settings settings(filePath());
        settings.setLanguageChoice(Settings::LanguageChoice::Chinese);
        QVERIFY(settings.setDownloadFolder(folder));
        settings.setAutoDownload(false);
        settings.setNotificationsEnabled(false);
        QVERIFY(
            settings.setWindowState(u"mainWindowGeometry"_s, QByteArray("\x01\x02geometry", 10)));
        QVERIFY(settings.setWindowState(u"mainWindowSplitter"_s, QByteArray("state\0bytes", 11)));
        // A name with a separator is refused, not silently dropped.
        QVERIFY(!settings.setWindowState(u"mainWindow/geometry"_s, QByteArray("x")));
        settings.setSettingsDialogSize(QSize(640, 480));
        settings.setSettingsDialogPage(2);
        QVERIFY(settings.sync());
    }
    Settings reopened(filePath());
    QCOMPARE(reopened.languageChoice(), Settings::LanguageChoice::Chinese);
    QCOMPARE(reopened.downloadFolder(), folder);
    QCOMPARE(reopened.autoDownload(), false);
    QCOMPARE(reopened.notificationsEnabled(), false);
    QCOMPARE(reopened.windowState(u"mainWindowGeometry"_s), QByteArray("\x01\x02geometry", 10));
    QCOMPARE(reopened.windowState(u"mainWindowSplitter"_s), QByteArray("state\0bytes", 11));
    QCOMPARE(reopened.settingsDialogSize(), QSize(640, 480));
    QCOMPARE(reopened.settingsDialogPage(), 2);
}

void TestSettings::profilesRoundTripThroughTheFile() {
    GatewayProfile custom =
        GatewayProfile::create(u"Work gateway"_s, QUrl(u"https://gw.example.com/v1"_s));
    custom.pollIntervalMs = 20'000;
    custom.requestTimeoutMs = 90'000;
    custom.http2Enabled = false;
    custom.proxyMode = ProxyMode::Manual;
    custom.manualProxyType = QNetworkProxy::Socks5Proxy;
    custom.manualProxyHost = u"proxy.example.com"_s;
    custom.manualProxyPort = 1080;
    custom.keyLocation = KeyLocation::File;
    {
        Settings settings(filePath());
        QList<GatewayProfile> profiles = settings.profiles();
        profiles << custom;
        QString error;
        QVERIFY2(settings.setProfiles(profiles, &error), qPrintable(error));
        QVERIFY(settings.setActiveProfileId(custom.id));
    }
    Settings reopened(filePath());
    QCOMPARE(reopened.profiles().size(), 3);
    const GatewayProfile stored = reopened.activeProfile();
    QVERIFY(stored == custom);
    QCOMPARE(stored.manualProxyType, QNetworkProxy::Socks5Proxy);
    QCOMPARE(stored.keyLocation, KeyLocation::File);
}

void TestSettings::changeSignalsFireOncePerRealChange() {
    Settings settings(filePath());
    QSignalSpy changed(&settings, &Settings::valueChanged);
    QSignalSpy language(&settings, &Settings::languageChanged);
    QSignalSpy profiles(&settings, &Settings::profilesChanged);
    QSignalSpy active(&settings, &Settings::activeProfileChanged);

    settings.setLanguageChoice(Settings::LanguageChoice::English);
    settings.setLanguageChoice(Settings::LanguageChoice::English);
    QCOMPARE(language.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), Settings::LanguageKey);

    settings.setAutoDownload(settings.autoDownload()); // unchanged value: no signal
    QCOMPARE(changed.count(), 1);

    QVERIFY(settings.setActiveProfileId(GatewayProfile::localMockId()));
    QCOMPARE(active.count(), 1);
    QCOMPARE(active.at(0).at(0).toString(), GatewayProfile::localMockId());

    QList<GatewayProfile> list = settings.profiles();
    list[0].pollIntervalMs = 30'000;
    QVERIFY(settings.setProfiles(list));
    QVERIFY(settings.setProfiles(list));
    QCOMPARE(profiles.count(), 1);
}

void TestSettings::rejectsInvalidValues_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("unknown key") << u"no/such/key"_s << QVariant(1);
    QTest::newRow("language not offered") << Settings::LanguageKey << QVariant(u"fr"_s);
    QTest::newRow("language not a string") << Settings::LanguageKey << QVariant(3);
    QTest::newRow("relative download folder")
        << Settings::DownloadFolderKey << QVariant(u"videos/out"_s);
    QTest::newRow("download folder a number") << Settings::DownloadFolderKey << QVariant(42);
    QTest::newRow("auto-download a word") << Settings::AutoDownloadKey << QVariant(u"maybe"_s);
    QTest::newRow("notifications a number") << Settings::NotificationsKey << QVariant(7);
    QTest::newRow("dialog page negative") << Settings::SettingsDialogPageKey << QVariant(-1);
    QTest::newRow("dialog page huge") << Settings::SettingsDialogPageKey << QVariant(1000);
    QTest::newRow("dialog size absurd")
        << Settings::SettingsDialogSizeKey << QVariant(QSize(100000, 10));
}

void TestSettings::rejectsInvalidValues() {
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    Settings settings(filePath());
    const QVariant before = settings.value(key);
    QSignalSpy changed(&settings, &Settings::valueChanged);
    QString error;
    QVERIFY(!settings.setValue(key, value, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(settings.value(key), before);
}

void TestSettings::rejectsInvalidProfiles_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("empty name") << u"name"_s << QVariant(QString());
    QTest::newRow("padded name") << u"name"_s << QVariant(u" spaced "_s);
    QTest::newRow("duplicate name, other case") << u"name"_s << QVariant(u"LOCAL-MOCK"_s);
    QTest::newRow("ftp url") << u"baseUrl"_s << QVariant(u"ftp://gw.example.com"_s);
    QTest::newRow("no host") << u"baseUrl"_s << QVariant(u"https://"_s);
    QTest::newRow("credentials in url")
        << u"baseUrl"_s << QVariant(u"https://user:sk-secret@gw.example.com"_s);
    QTest::newRow("query in url") << u"baseUrl"_s << QVariant(u"https://gw.example.com/?key=1"_s);
    QTest::newRow("poll too fast") << u"poll"_s << QVariant(100);
    QTest::newRow("timeout too short") << u"timeout"_s << QVariant(10);
    QTest::newRow("manual proxy without host") << u"proxyHost"_s << QVariant(QString());
    QTest::newRow("manual proxy bad port") << u"proxyPort"_s << QVariant(70000);
    QTest::newRow("missing CA file") << u"ca"_s << QVariant(u"/nonexistent/ca.pem"_s);
}

void TestSettings::rejectsInvalidProfiles() {
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    Settings settings(filePath());
    QList<GatewayProfile> before = settings.profiles();
    QList<GatewayProfile> list = before;
    GatewayProfile& p = list[0];
    if (field == u"name"_s) {
        p.name = value.toString();
    } else if (field == u"baseUrl"_s) {
        p.baseUrl = QUrl(value.toString());
    } else if (field == u"poll"_s) {
        p.pollIntervalMs = value.toInt();
    } else if (field == u"timeout"_s) {
        p.requestTimeoutMs = value.toInt();
    } else if (field == u"proxyHost"_s) {
        p.proxyMode = ProxyMode::Manual;
        p.manualProxyHost = value.toString();
    } else if (field == u"proxyPort"_s) {
        p.proxyMode = ProxyMode::Manual;
        p.manualProxyHost = u"proxy"_s;
        p.manualProxyPort = value.toInt();
    } else if (field == u"ca"_s) {
        p.caCertificateFile = value.toString();
    }
    QSignalSpy changed(&settings, &Settings::profilesChanged);
    QString error;
    QVERIFY(!settings.setProfiles(list, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(changed.count(), 0);
    QVERIFY(settings.profiles() == before);
}

void TestSettings::handEditedJunkFallsBackToDefaults() {
    writeRaw("[General]\nschemaVersion=2\n"
             "[downloads]\nauto=perhaps\nfolder=relative/path\n"
             "[ui]\nlanguage=klingon\n"
             "[settingsDialog]\npage=banana\n");
    Settings settings(filePath());
    QCOMPARE(settings.autoDownload(), true);
    QCOMPARE(settings.downloadFolder(), Settings::defaultDownloadFolder());
    QCOMPARE(settings.languageChoice(), Settings::LanguageChoice::System);
    QCOMPARE(settings.settingsDialogPage(), 0);
    // No profile list at all: the defaults stand in.
    QCOMPARE(settings.profiles().size(), 2);
}

void TestSettings::brokenStoredProfileIsIgnored() {
    writeRaw("[General]\nschemaVersion=2\n"
             "[profiles]\nactive=b\n"
             "list\\size=2\n"
             "list\\1\\id=a\nlist\\1\\name=good\nlist\\1\\baseUrl=https://good.example.com\n"
             "list\\2\\id=b\nlist\\2\\name=bad\nlist\\2\\baseUrl=gopher://bad\n");
    Settings settings(filePath());
    const QList<GatewayProfile> profiles = settings.profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).name, u"good"_s);
    QCOMPARE(settings.activeProfileId(), u"a"_s);
}

void TestSettings::migratesFromSchemaVersion1() {
    writeRaw(
        "[General]\nschemaVersion=1\nlanguage=zh\ndownloadDir=/srv/videos\nautoDownload=false\n"
        "[gateway]\nbaseUrl=https://"
        "gw.example.org\npollSeconds=30\ntimeoutSeconds=60\nhttp2=false\n");
    {
        Settings settings(filePath());
        QCOMPARE(settings.storedSchemaVersion(), 2);
        QCOMPARE(settings.languageChoice(), Settings::LanguageChoice::Chinese);
        QCOMPARE(settings.downloadFolder(), u"/srv/videos"_s);
        QCOMPARE(settings.autoDownload(), false);
        const GatewayProfile active = settings.activeProfile();
        QCOMPARE(active.baseUrl, QUrl(u"https://gw.example.org"_s));
        QCOMPARE(active.name, u"gw.example.org"_s);
        QCOMPARE(active.pollIntervalMs, 30'000);
        QCOMPARE(active.requestTimeoutMs, 60'000);
        QCOMPARE(active.http2Enabled, false);
        // The defaults are still offered beside the migrated gateway.
        QCOMPARE(settings.profiles().size(), 3);
    }
    // The old keys are gone and migration does not run twice.
    QFile file(filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("pollSeconds"));
    QVERIFY(!text.contains("downloadDir"));
    Settings again(filePath());
    QCOMPARE(again.profiles().size(), 3);
}

void TestSettings::migratesVersion1WithSeedUrlIntoSeedProfile() {
    writeRaw(
        "[General]\nschemaVersion=1\n[gateway]\nbaseUrl=https://api.jxincm.cn/\npollSeconds=20\n");
    Settings settings(filePath());
    QCOMPARE(settings.profiles().size(), 2);
    QCOMPARE(settings.activeProfileId(), GatewayProfile::seedGatewayId());
    QCOMPARE(settings.activeProfile().pollIntervalMs, 20'000);
}

void TestSettings::leavesNewerSchemaVersionAlone() {
    writeRaw("[General]\nschemaVersion=99\nlanguage=zh\n[ui]\nlanguage=en\n");
    Settings settings(filePath());
    QCOMPARE(settings.storedSchemaVersion(), 99);
    QCOMPARE(settings.languageChoice(), Settings::LanguageChoice::English);
    settings.sync();
    QFile file(filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("schemaVersion=99"));
}

void TestSettings::findsProfileByNameCaseInsensitivelyOrId() {
    Settings settings(filePath());
    QCOMPARE(settings.findProfile(u"LOCAL-mock"_s)->id, GatewayProfile::localMockId());
    QCOMPARE(settings.findProfile(GatewayProfile::seedGatewayId())->name, u"jxincm"_s);
    QVERIFY(!settings.findProfile(u"nope"_s));
}

void TestSettings::activeProfileFallsBackWhenRemoved() {
    Settings settings(filePath());
    QVERIFY(settings.setActiveProfileId(GatewayProfile::localMockId()));
    QVERIFY(!settings.setActiveProfileId(u"no-such-id"_s));
    QSignalSpy active(&settings, &Settings::activeProfileChanged);
    QList<GatewayProfile> list = settings.profiles();
    list.removeLast();
    QVERIFY(settings.setProfiles(list));
    QCOMPARE(settings.activeProfileId(), GatewayProfile::seedGatewayId());
    QCOMPARE(active.count(), 1);
    QVERIFY(!settings.setProfiles({}));
}

void TestSettings::uiLanguageFollowsSystemUnlessChosen() {
    Settings settings(filePath());
    QCOMPARE(settings.uiLanguage(QLocale(QLocale::Chinese, QLocale::China)), UiLanguage::Chinese);
    QCOMPARE(settings.uiLanguage(QLocale(QLocale::English)), UiLanguage::English);
    settings.setLanguageChoice(Settings::LanguageChoice::English);
    QCOMPARE(settings.uiLanguage(QLocale(QLocale::Chinese, QLocale::China)), UiLanguage::English);
}

void TestSettings::windowStateIsStoredByName() {
    {
        Settings settings(filePath());
        QVERIFY(settings.setWindowState(u"mainWindow"_s, QByteArray("\x00\xff", 2)));
        QVERIFY(!settings.setWindowState(u"../evil"_s, "x"));
    }
    Settings reopened(filePath());
    QCOMPARE(reopened.windowState(u"mainWindow"_s), QByteArray("\x00\xff", 2));
    QVERIFY(reopened.windowState(u"other"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
