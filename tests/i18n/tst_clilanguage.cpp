// videoremix-cli speaks the language of --lang, else of the system's locale:
// its own words, Qt's (command-line errors) and the order of the gateway's two
// messages. Run through the real binary against the real mock.
#include "cliprocess.h"
#include "mockserverprocess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool hasChinese(const QString& text) {
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

} // namespace

class TestCliLanguage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void usageErrorsSpeakTheChosenLanguage_data();
    void usageErrorsSpeakTheChosenLanguage();
    void helpSpeaksTheChosenLanguage_data();
    void helpSpeaksTheChosenLanguage();
    void gatewayErrorsSpeakTheChosenLanguage_data();
    void gatewayErrorsSpeakTheChosenLanguage();
    void oneServerMessageGetsALineInTheUiLanguage_data();
    void oneServerMessageGetsALineInTheUiLanguage();

private:
    struct Run final {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& arguments, const QString& locale = u"en_US.UTF-8"_s);

    MockServerProcess m_mock;
    QTemporaryDir m_dir;
};

void TestCliLanguage::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(m_mock.start());
}

void TestCliLanguage::init() {
    QVERIFY(m_mock.reset());
}

TestCliLanguage::Run TestCliLanguage::cli(const QStringList& arguments, const QString& locale) {
    QProcessEnvironment env = isolatedCliEnvironment(m_dir.path(), m_mock.apiKey());
    env.insert(u"LANG"_s, locale);
    const CliRun run = runCli(arguments, env);
    return Run{run.exitCode, run.outText(), run.errText()};
}

void TestCliLanguage::usageErrorsSpeakTheChosenLanguage_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    const QString zhMissingId = u"status 需要且只需要一个视频 ID。\n"_s;
    const QString enMissingId = u"status takes exactly one video ID.\n"_s;
    QTest::newRow("--lang zh") << QStringList{u"--lang"_s, u"zh"_s, u"status"_s} << u"en_US.UTF-8"_s
                               << zhMissingId;
    QTest::newRow("--lang=zh") << QStringList{u"--lang=zh"_s, u"status"_s} << u"en_US.UTF-8"_s
                               << zhMissingId;
    QTest::newRow("--lang en") << QStringList{u"--lang"_s, u"en"_s, u"status"_s} << u"zh_CN.UTF-8"_s
                               << enMissingId;
    QTest::newRow("zh locale") << QStringList{u"status"_s} << u"zh_CN.UTF-8"_s << zhMissingId;
    QTest::newRow("zh_TW locale") << QStringList{u"status"_s} << u"zh_TW.UTF-8"_s << zhMissingId;
    QTest::newRow("de locale") << QStringList{u"status"_s} << u"de_DE.UTF-8"_s << enMissingId;
    // Qt's own words come from the system's qtbase catalogue.
    QTest::newRow("Qt's words, zh")
        << QStringList{u"--lang"_s, u"zh"_s, u"--bogus"_s, u"status"_s, u"v"_s} << u"en_US.UTF-8"_s
        << u"未知选项“bogus”。\n"_s;
    QTest::newRow("Qt's words, en")
        << QStringList{u"--lang"_s, u"en"_s, u"--bogus"_s, u"status"_s, u"v"_s} << u"zh_CN.UTF-8"_s
        << u"Unknown option 'bogus'.\n"_s;
}

void TestCliLanguage::usageErrorsSpeakTheChosenLanguage() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const Run run =
        cli(QStringList{u"--base-url"_s, m_mock.baseUrl().toString()} + arguments, locale);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, expected);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestCliLanguage::helpSpeaksTheChosenLanguage_data() {
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<QString>("exitCodes");
    QTest::newRow("zh") << u"zh"_s << u"用法："_s << u"退出码：0 成功"_s;
    QTest::newRow("en") << u"en"_s << u"Usage:"_s << u"Exit codes: 0 success"_s;
}

void TestCliLanguage::helpSpeaksTheChosenLanguage() {
    QFETCH(QString, lang);
    QFETCH(QString, firstLine);
    QFETCH(QString, exitCodes);
    const Run run = cli({u"--lang"_s, lang, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.section(u'\n', 0, 0), firstLine);
    QVERIFY2(run.out.contains(exitCodes), qPrintable(run.out));
    // Commands and options are names: the same in both languages.
    QVERIFY(run.out.contains(u"videoremix-cli [options] status VIDEO_ID"_s) ||
            run.out.contains(u"videoremix-cli [选项] status VIDEO_ID"_s));
}

void TestCliLanguage::gatewayErrorsSpeakTheChosenLanguage_data() {
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("advice");
    QTest::newRow("zh") << u"zh"_s << u"错误：无效的令牌"_s << u"       Invalid token"_s
                        << u"       请检查 API 密钥（VIDEOREMIX_API_KEY）。"_s;
    QTest::newRow("en") << u"en"_s << u"Error: Invalid token"_s << u"       无效的令牌"_s
                        << u"       Check your API key (VIDEOREMIX_API_KEY)."_s;
}

void TestCliLanguage::gatewayErrorsSpeakTheChosenLanguage() {
    QFETCH(QString, lang);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, advice);
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http401"_s}}));
    const Run run = cli({u"--base-url"_s, m_mock.baseUrl().toString(), u"--lang"_s, lang,
                         u"status"_s, u"video_demo_source"_s});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(run.err));
    QCOMPARE(lines.at(0), first);
    QCOMPARE(lines.at(1), second);
    QVERIFY2(lines.contains(advice), qPrintable(run.err));
    // Every other line is in the chosen language (the server's other message aside).
    for (const QString& line : lines.mid(2)) {
        if (line.contains(u"Request ID"_s) || line.contains(u"请求 ID"_s))
            continue; // an ID follows the label
        QVERIFY2(hasChinese(line) == (lang == u"zh"_s), qPrintable(line));
    }
}

void TestCliLanguage::oneServerMessageGetsALineInTheUiLanguage_data() {
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    const QString english =
        uR"({"error":{"message":"Token expired","type":"invalid_request_error"}})"_s;
    const QString chinese =
        uR"({"error":{"message_zh":"令牌已过期","type":"invalid_request_error"}})"_s;
    // A message in the other language only gets VideoRemix's own line first.
    QTest::newRow("English only, zh UI")
        << u"zh"_s << english << u"错误：网关不接受该 API 密钥（HTTP 401）。"_s
        << u"Token expired"_s;
    QTest::newRow("English only, en UI")
        << u"en"_s << english << u"Error: Token expired"_s << QString();
    QTest::newRow("Chinese only, zh UI")
        << u"zh"_s << chinese << u"错误：令牌已过期"_s << QString();
    QTest::newRow("Chinese only, en UI")
        << u"en"_s << chinese << u"Error: The gateway did not accept the API key (HTTP 401)."_s
        << u"令牌已过期"_s;
}

void TestCliLanguage::oneServerMessageGetsALineInTheUiLanguage() {
    QFETCH(QString, lang);
    QFETCH(QString, body);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(
        m_mock.addFault({{u"fault"_s, u"custom-body"_s}, {u"status"_s, 401}, {u"text"_s, body}}));
    const Run run = cli({u"--base-url"_s, m_mock.baseUrl().toString(), u"--lang"_s, lang,
                         u"status"_s, u"video_demo_source"_s});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), qPrintable(run.err));
    QCOMPARE(lines.at(0), first);
    if (!second.isEmpty())
        QVERIFY2(lines.value(1).contains(second), qPrintable(run.err));
    // No empty second message, and the gateway's message is not repeated.
    const QString said = second.isEmpty() ? first.section(u' ', -1).section(u'：', -1) : second;
    QCOMPARE(run.err.count(said), 1);
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
