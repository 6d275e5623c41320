#include "cliprocess.h"
#include "mockserverprocess.h"
#include "settings/settings.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// videoremix-cli is an interface other tools script against: its exit codes,
// its JSON and its words are tested through the real binary and the real mock.
class TestCli final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void remixesAndPrintsOneJsonLine();
    void remixesWaitsAndDownloadsAPlayableFile();
    void exitsWithCodePerOutcome_data();
    void exitsWithCodePerOutcome();
    void sendsNothingForUsageErrors_data();
    void sendsNothingForUsageErrors();
    void printsErrorsAsJsonOnStderr();
    void showsBothLanguagesInTheChosenOrder_data();
    void showsBothLanguagesInTheChosenOrder();
    void summarisesHtmlPagesInsteadOfDumpingThem();
    void takesTheGatewayFromTheEnvironment();
    void usesTheActiveProfile();
    void choosesAProfileByName();
    void refusesAnUnknownProfile();
    void listsProfilesWithoutKeys();
    void sendsNothingWithoutAKey();
    void neverPrintsTheKey();
    void printsVersionAndHelp();

private:
    CliRun cli(const QStringList& arguments, const QMap<QString, QString>& environment = {});
    // Profiles as the app would have saved them, in this test's private config folder.
    void saveProfiles(const QList<GatewayProfile>& profiles, const QString& activeId);
    QString configHome() const { return m_dir.filePath(u"config"_s); }

    MockServerProcess m_mock;
    QTemporaryDir m_dir;
};

void TestCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(m_mock.start({u"--job-duration"_s, u"800"_s}));
}

void TestCli::init() {
    QVERIFY(m_mock.reset());
    QDir(configHome()).removeRecursively();
}

void TestCli::saveProfiles(const QList<GatewayProfile>& profiles, const QString& activeId) {
    Settings settings(configHome() + u"/videoremix/videoremix.conf"_s);
    QString error;
    QVERIFY2(settings.setProfiles(profiles, &error), qPrintable(error));
    QVERIFY(settings.setActiveProfileId(activeId));
    QVERIFY(settings.sync());
}

CliRun TestCli::cli(const QStringList& arguments, const QMap<QString, QString>& environment) {
    QProcessEnvironment env = isolatedCliEnvironment(m_dir.path(), m_mock.apiKey());
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    return runCli(arguments, env);
}

void TestCli::remixesAndPrintsOneJsonLine() {
    const CliRun run = cli({u"--base-url"_s, m_mock.baseUrl().toString(), u"--json"_s, u"remix"_s,
                            u"video_demo_source"_s, u"--prompt"_s, u"让这个视频背景变成紫色"_s,
                            u"--size"_s, u"720x1280"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonObject video = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(video.value(u"status"_s).toString(), u"queued"_s);
    QCOMPARE(video.value(u"size"_s).toString(), u"720x1280"_s);
    QCOMPARE(video.value(u"remixed_from_video_id"_s).toString(), u"video_demo_source"_s);
    QVERIFY(video.value(u"raw"_s).isObject());
    const QJsonObject request = m_mock.requests().first().toObject();
    QCOMPARE(QJsonDocument::fromJson(request.value(u"body"_s).toString().toUtf8()).object(),
             (QJsonObject{{u"prompt"_s, u"让这个视频背景变成紫色"_s}, {u"size"_s, u"720x1280"_s}}));
}

void TestCli::remixesWaitsAndDownloadsAPlayableFile() {
    const QString target = m_dir.filePath(u"out.mp4"_s);
    const CliRun run = cli({u"--base-url"_s, m_mock.baseUrl().toString(), u"--json"_s,
                            u"--poll-interval"_s, u"0.2"_s, u"remix"_s, u"video_demo_source"_s,
                            u"--prompt"_s, u"purple"_s, u"--wait"_s, u"--download"_s, target});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count('\n'), 1);
    const QJsonObject video = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(video.value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(video.value(u"progress"_s).toInt(), 100);
    QCOMPARE(video.value(u"download"_s).toObject().value(u"path"_s).toString(), target);
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(8).mid(4), "ftyp"_ba);
}

void TestCli::exitsWithCodePerOutcome_data() {
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QStringList remix{u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"p"_s};
    const QStringList status{u"status"_s, u"video_demo_source"_s};
    QTest::newRow("success") << QJsonObject{} << status << 0;
    QTest::newRow("401") << QJsonObject{{u"fault"_s, u"http401"_s}} << status << 1;
    QTest::newRow("404") << QJsonObject{} << QStringList{u"status"_s, u"video_missing"_s} << 1;
    QTest::newRow("400") << QJsonObject{{u"fault"_s, u"http400"_s}} << remix << 1;
    QTest::newRow("bad id") << QJsonObject{} << QStringList{u"status"_s, u".."_s} << 2;
    QTest::newRow("timeout") << QJsonObject{{u"fault"_s, u"no-headers"_s}}
                             << (QStringList{u"--timeout"_s, u"0.5"_s} + status) << 3;
    QTest::newRow("job failed") << QJsonObject{}
                                << QStringList{u"--poll-interval"_s, u"0.2"_s,
                                               u"remix"_s,           u"video_demo_source"_s,
                                               u"--prompt"_s,        u"[fail]"_s,
                                               u"--wait"_s}
                                << 4;
    QTest::newRow("post reset") << QJsonObject{{u"fault"_s, u"reset-after-request"_s},
                                               {u"method"_s, u"POST"_s}}
                                << remix << 5;
    QTest::newRow("post 502") << QJsonObject{{u"fault"_s, u"html502"_s}, {u"method"_s, u"POST"_s}}
                              << remix << 5;
}

void TestCli::exitsWithCodePerOutcome() {
    QFETCH(QJsonObject, fault);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    if (!fault.isEmpty())
        QVERIFY(m_mock.addFault(fault));
    const CliRun run = cli(QStringList{u"--base-url"_s, m_mock.baseUrl().toString()} + arguments);
    QVERIFY2(run.exitCode == exitCode, run.err.constData());
    if (exitCode == 5) {
        QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/*/remix"_s), 1);
        QVERIFY(run.err.contains("may already have been created"));
    }
}

void TestCli::sendsNothingForUsageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"render"_s};
    QTest::newRow("dot dot") << QStringList{u"status"_s, u".."_s};
    QTest::newRow("slash") << QStringList{u"status"_s, u"a/b"_s};
    QTest::newRow("traversal") << QStringList{u"delete"_s, u"../../admin"_s};
    QTest::newRow("no prompt") << QStringList{u"remix"_s, u"video_demo_source"_s};
    QTest::newRow("blank prompt") << QStringList{u"remix"_s, u"video_demo_source"_s, u"--prompt"_s,
                                                 u"  "_s};
    QTest::newRow("bad size") << QStringList{
        u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"p"_s, u"--size"_s, u"big"_s};
    QTest::newRow("size out of range") << QStringList{
        u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"p"_s, u"--size"_s, u"5000x10"_s};
    QTest::newRow("prompt on status") << QStringList{u"status"_s, u"v"_s, u"--prompt"_s, u"p"_s};
    QTest::newRow("bad variant") << QStringList{u"download"_s, u"v"_s,        u"--variant"_s,
                                                u"gif"_s,      u"--output"_s, u"x"_s};
    QTest::newRow("no output") << QStringList{u"download"_s, u"v"_s};
    QTest::newRow("bad limit") << QStringList{u"list"_s, u"--limit"_s, u"0"_s};
    QTest::newRow("bad interval") << QStringList{u"--poll-interval"_s, u"-1"_s, u"status"_s,
                                                 u"v"_s};
    QTest::newRow("bad timeout") << QStringList{u"--timeout"_s, u"soon"_s, u"status"_s, u"v"_s};
    QTest::newRow("unknown option") << QStringList{u"--api-key"_s, u"sk-x"_s, u"status"_s, u"v"_s};
}

void TestCli::sendsNothingForUsageErrors() {
    QFETCH(QStringList, arguments);
    const CliRun run = cli(QStringList{u"--base-url"_s, m_mock.baseUrl().toString()} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestCli::printsErrorsAsJsonOnStderr() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http401"_s}}));
    const CliRun run = cli({u"--base-url"_s, m_mock.baseUrl().toString(), u"--json"_s, u"status"_s,
                            u"video_demo_source"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    const QJsonObject error =
        QJsonDocument::fromJson(run.err).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"http"_s);
    QCOMPARE(error.value(u"status"_s).toInt(), 401);
    QCOMPARE(error.value(u"message"_s).toString(), u"Invalid token"_s);
    QCOMPARE(error.value(u"message_zh"_s).toString(), u"无效的令牌"_s);
}

void TestCli::showsBothLanguagesInTheChosenOrder_data() {
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::newRow("zh") << u"zh"_s << "无效的令牌"_ba
                        << "Invalid token"_ba;
    QTest::newRow("en") << u"en"_s << "Invalid token"_ba
                        << "无效的令牌"_ba;
}

void TestCli::showsBothLanguagesInTheChosenOrder() {
    QFETCH(QString, lang);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http401"_s}}));
    const CliRun run = cli({u"--base-url"_s, m_mock.baseUrl().toString(), u"--lang"_s, lang,
                            u"status"_s, u"video_demo_source"_s});
    QCOMPARE(run.exitCode, 1);
    const qsizetype firstAt = run.err.indexOf(first);
    const qsizetype secondAt = run.err.indexOf(second);
    QVERIFY2(firstAt >= 0 && secondAt > firstAt, run.err.constData());
}

void TestCli::summarisesHtmlPagesInsteadOfDumpingThem() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"html502"_s}}));
    const CliRun run =
        cli({u"--base-url"_s, m_mock.baseUrl().toString(), u"status"_s, u"video_demo_source"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("502") && run.err.contains("Bad Gateway"), run.err.constData());
    QVERIFY2(!run.err.contains('<'), run.err.constData());
}

void TestCli::takesTheGatewayFromTheEnvironment() {
    const CliRun viaOpenAi = cli({u"status"_s, u"video_demo_source"_s},
                                 {{u"OPENAI_BASE_URL"_s, m_mock.baseUrl().toString() + u"/v1"_s},
                                  {u"VIDEOREMIX_API_KEY"_s, QString()},
                                  {u"OPENAI_API_KEY"_s, m_mock.apiKey()}});
    QVERIFY2(viaOpenAi.exitCode == 0, viaOpenAi.err.constData());
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s), 1);
}

void TestCli::usesTheActiveProfile() {
    const GatewayProfile mock = GatewayProfile::create(u"Test mock"_s, m_mock.baseUrl());
    saveProfiles({GatewayProfile::create(u"Elsewhere"_s, QUrl(u"http://127.0.0.1:1"_s)), mock},
                 mock.id);
    const CliRun run = cli({u"--poll-interval"_s, u"0.2"_s, u"status"_s, u"video_demo_source"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s), 1);
}

void TestCli::choosesAProfileByName() {
    const GatewayProfile mock = GatewayProfile::create(u"Test mock"_s, m_mock.baseUrl());
    const GatewayProfile closed =
        GatewayProfile::create(u"Closed"_s, QUrl(u"http://127.0.0.1:1"_s));
    saveProfiles({closed, mock}, closed.id);
    const CliRun run = cli({u"--profile"_s, u"test MOCK"_s, u"status"_s, u"video_demo_source"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_mock.requests().size(), 1);
}

void TestCli::refusesAnUnknownProfile() {
    const CliRun run = cli({u"--profile"_s, u"nowhere"_s, u"status"_s, u"video_demo_source"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("nowhere"));
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestCli::listsProfilesWithoutKeys() {
    const GatewayProfile mock = GatewayProfile::create(u"Test mock"_s, m_mock.baseUrl());
    saveProfiles({mock}, mock.id);
    const CliRun run = cli({u"--json"_s, u"profiles"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray profiles =
        QJsonDocument::fromJson(run.out).object().value(u"profiles"_s).toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().toObject().value(u"name"_s).toString(), u"Test mock"_s);
    QCOMPARE(profiles.first().toObject().value(u"active"_s).toBool(), true);
    QVERIFY(!run.out.contains(m_mock.apiKey().toUtf8()));
    const CliRun human = cli({u"profiles"_s});
    QVERIFY(human.out.contains("* Test mock"));
}

void TestCli::sendsNothingWithoutAKey() {
    const GatewayProfile mock = GatewayProfile::create(u"Test mock"_s, m_mock.baseUrl());
    saveProfiles({mock}, mock.id);
    const CliRun run =
        cli({u"status"_s, u"video_demo_source"_s}, {{u"VIDEOREMIX_API_KEY"_s, QString()}});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("VIDEOREMIX_API_KEY"), run.err.constData());
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestCli::neverPrintsTheKey() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http401"_s}, {u"times"_s, 1}}));
    const QStringList base{u"--base-url"_s, m_mock.baseUrl().toString()};
    QByteArray everything;
    for (const QStringList& arguments :
         {QStringList{u"status"_s, u"video_demo_source"_s},
          QStringList{u"--json"_s, u"status"_s, u"video_demo_source"_s},
          QStringList{u"--json"_s, u"list"_s}}) {
        const CliRun run = cli(base + arguments);
        everything += run.out + run.err;
    }
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains(m_mock.apiKey().toUtf8()));
}

void TestCli::printsVersionAndHelp() {
    const CliRun version = cli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("videoremix-cli "));
    const CliRun help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const char* word : {"remix", "status", "wait", "download", "list", "delete", "Exit codes"})
        QVERIFY2(help.out.contains(word), word);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
