#include "api/apiclient.h"
#include "callresult.h"
#include "faultmatrixsupport.h"
#include "api/downloader.h"
#include "jobs/jobtracker.h"
#include "mockserverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using FaultMatrix::runCli;

// The fault matrix of docs/reliability.md, cases 1-8 and 11-13: what the client
// core and the CLI do against every misbehaving gateway the mock can imitate.
// Cases already proven elsewhere (tst_apiclient, tst_jobflow, tst_cli) are only
// referenced from the document, not repeated here.
class TestFaultMatrix final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    // 11. First: the peak-memory measure needs a process that has not grown yet.
    void abortsOversizedAnswersAtTheCap_data();
    void abortsOversizedAnswersAtTheCap();

    // 1.
    void reportsRefusedAndUnknownHosts_data();
    void reportsRefusedAndUnknownHosts();
    void neverRetriesARemixIntoAnUnknownHostForever();
    // 2.
    void silentServerIsATimeoutNotACancel();
    // 3.
    void stopsATrickledDownloadAtTheDeadline();
    // 4.
    void neverTakesABrokenRemixAnswerForSuccess_data();
    void neverTakesABrokenRemixAnswerForSuccess();
    void leavesNoFileAfterBrokenChunking();
    // 5.
    void retriesHtml504WithinBudgetAndSummarises();
    void neverRepostsARemixAfterHtml504();
    // 6.
    void honoursEveryRateLimitHint_data();
    void honoursEveryRateLimitHint();
    // 7.
    void refusedKeyIsNotRetriedAndKeyHelpIsShown_data();
    void refusedKeyIsNotRetriedAndKeyHelpIsShown();
    void validationErrorsShowTheServersMessageOnce_data();
    void validationErrorsShowTheServersMessageOnce();
    // 8.
    void remixThatTimesOutAfterSendingIsOutcomeUnknown_data();
    void remixThatTimesOutAfterSendingIsOutcomeUnknown();
    void cliReportsAnUnansweredRemixAsOutcomeUnknown();
    // 12.
    void readsMalformedJsonSafely_data();
    void readsMalformedJsonSafely();
    // 13.
    void trackerAndDownloaderSendNothingForBadIds_data();
    void trackerAndDownloaderSendNothingForBadIds();

private:
    ApiClient* client(int deadlineMs = 20'000, int inactivityMs = 10'000, int maxRetries = 2);
    QStringList base() const { return {u"--base-url"_s, m_mock.baseUrl().toString()}; }

    MockServerProcess m_mock;
    QTemporaryDir m_dir;
};

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr long MemoryGrowthLimitMiB = 160;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr long MemoryGrowthLimitMiB = 160;
#else
constexpr long MemoryGrowthLimitMiB = 48;
#endif
#else
constexpr long MemoryGrowthLimitMiB = 48;
#endif

// The largest resident size this process has had, in KiB.
long peakKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

QJsonObject customBody(const QByteArray& body, int status = 200, const QString& path = {}) {
    QJsonObject rule{{u"fault"_s, u"custom-body"_s},
                     {u"status"_s, status},
                     {u"body"_s, QString::fromLatin1(body.toBase64())}};
    if (!path.isEmpty())
        rule.insert(u"path"_s, path);
    return rule;
}

QString httpDateIn(int seconds) {
    return QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(seconds),
                                 u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
}

} // namespace

void TestFaultMatrix::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY(m_mock.start({u"--job-duration"_s, u"800"_s}));
}

void TestFaultMatrix::init() {
    QVERIFY(m_mock.reset());
}

ApiClient* TestFaultMatrix::client(int deadlineMs, int inactivityMs, int maxRetries) {
    ClientConfig config = ClientConfig::forGateway(m_mock.baseUrl(), m_mock.apiKey());
    config.requestDeadlineMs = deadlineMs;
    config.inactivityTimeoutMs = inactivityMs;
    config.maxRetries = maxRetries;
    auto* api = new ApiClient(config, this);
    connect(this, &QObject::destroyed, api, &QObject::deleteLater);
    return api;
}

// ---- 11 ------------------------------------------------------------------

void TestFaultMatrix::abortsOversizedAnswersAtTheCap_data() {
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("deadlineMs");
    QTest::addColumn<bool>("mayTimeOut");
    const double mib = 1024.0 * 1024;
    QTest::newRow("1 GiB body") << QJsonObject{{u"fault"_s, u"oversized"_s},
                                               {u"sizeBytes"_s, 1024 * mib}}
                                << 20'000 << false;
    QTest::newRow("gzip bomb, 256 MiB inflated")
        << QJsonObject{{u"fault"_s, u"gzip-bomb"_s}, {u"sizeBytes"_s, 256 * mib}} << 20'000
        << false;
    // Qt 6.4 has no cap on header size and parses headers slowly: the overall
    // deadline is what ends such an answer, and memory must stay bounded meanwhile.
    QTest::newRow("1 MiB header") << QJsonObject{{u"fault"_s, u"huge-headers"_s},
                                                 {u"sizeBytes"_s, 1 * mib}}
                                  << 3'000 << true;
    QTest::newRow("64 MiB header")
        << QJsonObject{{u"fault"_s, u"huge-headers"_s}, {u"sizeBytes"_s, 64 * mib}} << 3'000
        << true;
}

void TestFaultMatrix::abortsOversizedAnswersAtTheCap() {
    QFETCH(QJsonObject, fault);
    QFETCH(int, deadlineMs);
    QFETCH(bool, mayTimeOut);
    QVERIFY(m_mock.addFault(fault));
    const long before = peakKiB();
    QElapsedTimer clock;
    clock.start();
    const CallResult result = CallResult::waitFor(
        client(deadlineMs, 10'000, 0)->retrieve(u"video_demo_source"_s), 60'000);
    QVERIFY(result.done);
    const long grownMiB = (peakKiB() - before) / 1024;
    qInfo("%lld ms, peak resident size grew by %ld MiB; %s: %s", clock.elapsed(), grownMiB,
          qPrintable(ApiError::kindKey(result.error.kind)),
          qPrintable(result.error.technicalDetail));
    QVERIFY(!result.ok);
    QVERIFY(!result.video);
    if (mayTimeOut)
        QVERIFY2(result.error.kind == ApiError::Kind::Timeout ||
                     result.error.kind == ApiError::Kind::Protocol,
                 qPrintable(ApiError::kindKey(result.error.kind)));
    else
        QVERIFY2(result.error.kind == ApiError::Kind::Protocol,
                 qPrintable(ApiError::kindKey(result.error.kind)));
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s), 1);
    // The body cap is 8 MiB, and Qt's buffers come on top (ASan keeps freed
    // buffers in quarantine). Unbounded would be 256 MiB to 1 GiB.
    QVERIFY2(grownMiB < MemoryGrowthLimitMiB, qPrintable(QString::number(grownMiB)));
    QVERIFY(clock.elapsed() < deadlineMs + 5'000);
    QVERIFY(!result.error.summary().isEmpty());
    // The mock is busy until it has written its answer out: start the next row on a calm one.
    QVERIFY(m_mock.reset());
}

// ---- 1 -------------------------------------------------------------------

void TestFaultMatrix::reportsRefusedAndUnknownHosts_data() {
    QTest::addColumn<QString>("url");
    // Nothing listens on port 1; .invalid never resolves (RFC 6761).
    QTest::newRow("connection refused") << u"http://127.0.0.1:1"_s;
    QTest::newRow("unknown host") << u"http://videoremix-gateway.invalid"_s;
}

void TestFaultMatrix::reportsRefusedAndUnknownHosts() {
    QFETCH(QString, url);
    for (const QString& lang : {u"en"_s, u"zh"_s}) {
        const FaultMatrix::CliRun run =
            runCli({u"--base-url"_s, url, u"--lang"_s, lang, u"status"_s, u"video_demo_source"_s},
                   m_mock.apiKey());
        QVERIFY2(run.exitCode == 3, run.err.constData());
        // The message in the chosen language, naming the gateway.
        const QByteArray expected =
            lang == u"zh"_s ? "无法连接网关 "_ba : "Could not reach the gateway at "_ba;
        QVERIFY2(run.err.contains(QByteArray(expected + url.toUtf8())), run.err.constData());
        QVERIFY(run.out.isEmpty());
        // Two retries with 0.5 s and 1 s back-off, not a hang.
        QVERIFY2(run.elapsedMs < 15'000, qPrintable(QString::number(run.elapsedMs)));
    }
    const FaultMatrix::CliRun json = runCli(
        {u"--base-url"_s, url, u"--json"_s, u"status"_s, u"video_demo_source"_s}, m_mock.apiKey());
    QCOMPARE(json.exitCode, 3);
    const QJsonObject error =
        QJsonDocument::fromJson(json.err).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"network"_s);
}

void TestFaultMatrix::neverRetriesARemixIntoAnUnknownHostForever() {
    ClientConfig config =
        ClientConfig::forGateway(QUrl(u"http://videoremix-gateway.invalid"_s), u"k"_s);
    ApiClient api(config);
    QElapsedTimer clock;
    clock.start();
    const CallResult result =
        CallResult::waitFor(api.remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QCOMPARE(result.error.kind, ApiError::Kind::Network);
    // It never reached a server, so it may be sent again, within the budget only.
    QVERIFY(!result.error.outcomeUnknown);
    QCOMPARE(result.retryDelays.size(), 2);
    QVERIFY(clock.elapsed() < 15'000);
}

// ---- 2 -------------------------------------------------------------------

void TestFaultMatrix::silentServerIsATimeoutNotACancel() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"no-headers"_s}}));
    const FaultMatrix::CliRun run =
        runCli(base() + QStringList{u"--timeout"_s, u"0.5"_s, u"status"_s, u"video_demo_source"_s},
               m_mock.apiKey());
    QVERIFY2(run.exitCode == 3, run.err.constData());
    QVERIFY2(run.err.contains("did not answer in time"), run.err.constData());
    QVERIFY2(!run.err.contains("ancel"), run.err.constData());
    // A GET that timed out is asked twice more, each bounded by the 0.5 s limit.
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s), 3);
    QVERIFY2(run.elapsedMs < 10'000, qPrintable(QString::number(run.elapsedMs)));

    const FaultMatrix::CliRun json =
        runCli(base() + QStringList{u"--json"_s, u"--timeout"_s, u"0.5"_s, u"status"_s,
                                    u"video_demo_source"_s},
               m_mock.apiKey());
    QCOMPARE(QJsonDocument::fromJson(json.err).object().value(u"error"_s)[u"kind"_s].toString(),
             u"timeout"_s);
}

// ---- 3 -------------------------------------------------------------------

void TestFaultMatrix::stopsATrickledDownloadAtTheDeadline() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"trickle"_s},
                             {u"intervalMs"_s, 50},
                             {u"path"_s, u"/v1/videos/*/content"_s}}));
    ClientConfig config = ClientConfig::forGateway(m_mock.baseUrl(), m_mock.apiKey());
    config.downloadDeadlineMs = 1500;
    ApiClient api(config);
    const QString target = m_dir.filePath(u"trickled.mp4"_s);
    QElapsedTimer clock;
    clock.start();
    Downloader* downloader = api.download(u"video_demo_source"_s, ContentVariant::Video, target);
    QSignalSpy finished(downloader, &Downloader::finished);
    downloader->start();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(downloader->error().kind, ApiError::Kind::Timeout);
    QVERIFY2(clock.elapsed() < 6'000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QDir(m_dir.path()).entryList({u"trickled*"_s}, QDir::Files | QDir::Hidden).size(), 0);
}

// ---- 4 -------------------------------------------------------------------

void TestFaultMatrix::neverTakesABrokenRemixAnswerForSuccess_data() {
    QTest::addColumn<QString>("fault");
    QTest::newRow("short content-length") << u"truncate"_s;
    QTest::newRow("reset mid-body") << u"reset"_s;
    QTest::newRow("broken chunked") << u"broken-chunked"_s;
}

void TestFaultMatrix::neverTakesABrokenRemixAnswerForSuccess() {
    QFETCH(QString, fault);
    QVERIFY(m_mock.addFault({{u"fault"_s, fault}, {u"method"_s, u"POST"_s}}));
    const CallResult result = CallResult::waitFor(
        client()->remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QVERIFY(!result.ok);
    QVERIFY(!result.video);
    // The job was created on the other side: its answer got lost.
    QVERIFY(result.error.outcomeUnknown);
    QVERIFY(result.retryDelays.isEmpty());
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/*/remix"_s), 1);

    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.addFault({{u"fault"_s, fault}, {u"method"_s, u"POST"_s}}));
    const FaultMatrix::CliRun run =
        runCli(base() + QStringList{u"remix"_s, u"video_demo_source"_s, u"--prompt"_s, u"p"_s},
               m_mock.apiKey());
    QVERIFY2(run.exitCode == 5, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("may already have been created"));
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/*/remix"_s), 1);
}

void TestFaultMatrix::leavesNoFileAfterBrokenChunking() {
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"broken-chunked"_s}, {u"path"_s, u"/v1/videos/*/content"_s}}));
    const QString target = m_dir.filePath(u"chunked.mp4"_s);
    const FaultMatrix::CliRun run =
        runCli(base() + QStringList{u"download"_s, u"video_demo_source"_s, u"--output"_s, target},
               m_mock.apiKey());
    QVERIFY2(run.exitCode == 1, run.err.constData());
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QDir(m_dir.path()).entryList({u"chunked*"_s}, QDir::Files | QDir::Hidden).size(), 0);
}

// ---- 5 -------------------------------------------------------------------

void TestFaultMatrix::retriesHtml504WithinBudgetAndSummarises() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"html504"_s}}));
    const CallResult result = CallResult::waitFor(client()->retrieve(u"video_demo_source"_s));
    QCOMPARE(result.error.httpStatus, 504);
    QCOMPARE(result.retryDelays.size(), 2);
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_demo_source"_s), 3);
    const QString shown = result.error.messagesFor(UiLanguage::Chinese).join(u'\n');
    QVERIFY2(shown.contains(u"504 Gateway Time"_s) && !shown.contains(u'<'), qPrintable(shown));

    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.addFault({{u"fault"_s, u"html504"_s}}));
    for (const QString& lang : {u"en"_s, u"zh"_s}) {
        const FaultMatrix::CliRun run =
            runCli(base() + QStringList{u"--lang"_s, lang, u"status"_s, u"video_demo_source"_s},
                   m_mock.apiKey());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("504") && !run.err.contains('<'), run.err.constData());
        QVERIFY2(run.err.size() < 400, run.err.constData());
    }
}

void TestFaultMatrix::neverRepostsARemixAfterHtml504() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"html504"_s}, {u"method"_s, u"POST"_s}}));
    const CallResult result = CallResult::waitFor(
        client()->remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QCOMPARE(result.error.httpStatus, 504);
    QVERIFY(result.error.outcomeUnknown);
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/*/remix"_s), 1);
}

// ---- 6 -------------------------------------------------------------------

void TestFaultMatrix::honoursEveryRateLimitHint_data() {
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<qint64>("minDelayMs");
    QTest::addColumn<qint64>("maxDelayMs");
    const QJsonObject once{{u"fault"_s, u"http429"_s}, {u"times"_s, 1}};
    const auto with = [&once](std::initializer_list<std::pair<QString, QJsonValue>> extra) {
        QJsonObject rule = once;
        for (const auto& [key, value] : extra)
            rule.insert(key, value);
        return rule;
    };
    QTest::newRow("Retry-After seconds")
        << with({{u"retryAfter"_s, u"1"_s}}) << 2 << qint64(1000) << qint64(1000);
    // An HTTP date has whole seconds: "in 2 s" is between 1 and 2 s away.
    QTest::newRow("Retry-After HTTP date")
        << with({{u"retryAfter"_s, u"@in 2 s"_s}}) << 2 << qint64(900) << qint64(2100);
    // Unreadable: the client's own back-off (0.5 s less up to 25 % jitter).
    QTest::newRow("Retry-After garbage")
        << with({{u"retryAfter"_s, u"soon, maybe"_s}}) << 2 << qint64(375) << qint64(500);
    QTest::newRow("retry-after-ms")
        << with({{u"retryAfterMs"_s, u"250"_s}}) << 2 << qint64(250) << qint64(250);
    QTest::newRow("retry-after-ms before Retry-After")
        << with({{u"retryAfterMs"_s, u"300"_s}, {u"retryAfter"_s, u"60"_s}}) << 2 << qint64(300)
        << qint64(300);
    // Above the 120 s cap: give up now and say how long the server wants.
    QTest::newRow("above the cap")
        << with({{u"retryAfter"_s, u"600"_s}}) << 1 << qint64(-1) << qint64(-1);
    QTest::newRow("x-should-retry false")
        << with({{u"retryAfter"_s, u"1"_s},
                 {u"headers"_s, QJsonObject{{u"x-should-retry"_s, u"false"_s}}}})
        << 1 << qint64(-1) << qint64(-1);
}

void TestFaultMatrix::honoursEveryRateLimitHint() {
    QFETCH(QJsonObject, fault);
    QFETCH(int, expectedRequests);
    QFETCH(qint64, minDelayMs);
    QFETCH(qint64, maxDelayMs);
    for (const QString& method : {u"GET"_s, u"POST"_s}) {
        QVERIFY(m_mock.reset());
        QJsonObject rule = fault;
        rule.insert(u"method"_s, method);
        // An HTTP date is made now, not when the table was built.
        if (rule.value(u"retryAfter"_s).toString() == u"@in 2 s"_s)
            rule.insert(u"retryAfter"_s, httpDateIn(2));
        QVERIFY(m_mock.addFault(rule));
        ApiClient* api = client();
        const CallResult result = CallResult::waitFor(
            method == u"GET"_s
                ? api->retrieve(u"video_demo_source"_s)
                : api->remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
        QCOMPARE(m_mock.countRequests(method.toLatin1(), u"/v1/videos/"_s), expectedRequests);
        if (expectedRequests == 1) {
            QVERIFY(!result.ok);
            QCOMPARE(result.error.httpStatus, 429);
            // A 429 is a refusal: the remix was not created.
            QVERIFY(!result.error.outcomeUnknown);
            QVERIFY(result.retryDelays.isEmpty());
            continue;
        }
        QVERIFY2(result.ok, qPrintable(result.error.summary()));
        QCOMPARE(result.retryDelays.size(), 1);
        const qint64 delay = result.retryDelays.first();
        QVERIFY2(delay >= minDelayMs && delay <= maxDelayMs, qPrintable(QString::number(delay)));
    }

    if (expectedRequests == 1) {
        QVERIFY(m_mock.reset());
        QVERIFY(m_mock.addFault(fault));
        const FaultMatrix::CliRun run =
            runCli(base() + QStringList{u"status"_s, u"video_demo_source"_s}, m_mock.apiKey());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("429"), run.err.constData());
        if (fault.value(u"retryAfter"_s).toString() == u"600"_s)
            QVERIFY2(run.err.contains("wait 600 seconds"), run.err.constData());
        QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/"_s), 1);
    }
}

// ---- 7 -------------------------------------------------------------------

void TestFaultMatrix::refusedKeyIsNotRetriedAndKeyHelpIsShown_data() {
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("401") << u"http401"_s << 401;
    QTest::newRow("403") << u"http403"_s << 403;
}

void TestFaultMatrix::refusedKeyIsNotRetriedAndKeyHelpIsShown() {
    QFETCH(QString, fault);
    QFETCH(int, status);
    QVERIFY(m_mock.addFault({{u"fault"_s, fault}}));
    const CallResult result = CallResult::waitFor(
        client()->remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QCOMPARE(result.error.httpStatus, status);
    QVERIFY(!result.error.outcomeUnknown);
    QVERIFY(result.retryDelays.isEmpty());
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/"_s), 1);

    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.addFault({{u"fault"_s, fault}}));
    const FaultMatrix::CliRun run =
        runCli(base() + QStringList{u"status"_s, u"video_demo_source"_s}, m_mock.apiKey());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Check your API key"), run.err.constData());
    QVERIFY2(run.err.contains(QByteArray::number(status)), run.err.constData());
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/"_s), 1);
}

void TestFaultMatrix::validationErrorsShowTheServersMessageOnce_data() {
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("400") << u"http400"_s << 400;
    QTest::newRow("422") << u"http422"_s << 422;
}

void TestFaultMatrix::validationErrorsShowTheServersMessageOnce() {
    QFETCH(QString, fault);
    QFETCH(int, status);
    const QJsonObject rule{{u"fault"_s, fault},
                           {u"message"_s, u"prompt violates the content policy"_s},
                           {u"messageZh"_s, u"提示词违反内容政策"_s}};
    QVERIFY(m_mock.addFault(rule));
    const CallResult result = CallResult::waitFor(
        client()->remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QCOMPARE(result.error.httpStatus, status);
    QCOMPARE(result.error.messagesFor(UiLanguage::Chinese),
             (QStringList{u"提示词违反内容政策"_s, u"prompt violates the content policy"_s}));
    QVERIFY(!result.error.outcomeUnknown);
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/"_s), 1);

    for (const auto& [lang, first, second] :
         {std::tuple{u"zh"_s, "提示词违反内容政策"_ba, "prompt violates the content policy"_ba},
          std::tuple{u"en"_s, "prompt violates the content policy"_ba, "提示词违反内容政策"_ba}}) {
        QVERIFY(m_mock.reset());
        QVERIFY(m_mock.addFault(rule));
        const FaultMatrix::CliRun run =
            runCli(base() + QStringList{u"--lang"_s, lang, u"remix"_s, u"video_demo_source"_s,
                                        u"--prompt"_s, u"p"_s},
                   m_mock.apiKey());
        QCOMPARE(run.exitCode, 1);
        const qsizetype firstAt = run.err.indexOf(first);
        QVERIFY2(firstAt >= 0 && run.err.indexOf(second) > firstAt, run.err.constData());
        QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/"_s), 1);
    }
}

// ---- 8 -------------------------------------------------------------------

void TestFaultMatrix::remixThatTimesOutAfterSendingIsOutcomeUnknown_data() {
    QTest::addColumn<QString>("fault");
    QTest::newRow("silent after the request (inactivity)") << u"no-headers"_s;
    QTest::newRow("trickled answer (overall deadline)") << u"trickle"_s;
}

void TestFaultMatrix::remixThatTimesOutAfterSendingIsOutcomeUnknown() {
    QFETCH(QString, fault);
    QVERIFY(
        m_mock.addFault({{u"fault"_s, fault}, {u"method"_s, u"POST"_s}, {u"intervalMs"_s, 100}}));
    QElapsedTimer clock;
    clock.start();
    const CallResult result = CallResult::waitFor(
        client(1500, 500)->remix(RemixRequest::make(u"video_demo_source"_s, u"p"_s, {})));
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QVERIFY(result.error.outcomeUnknown);
    QVERIFY(result.retryDelays.isEmpty());
    QVERIFY2(result.error.summary().contains(u"may or may not have been created"_s),
             qPrintable(result.error.summary()));
    QVERIFY(clock.elapsed() < 5'000);
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/*/remix"_s), 1);
    // The job exists on the gateway: exactly one was created, none twice.
    const CallResult page = CallResult::waitFor(client()->list({}, 100));
    int remixes = 0;
    for (const QJsonValue& video : page.json.value(u"data"_s).toArray())
        remixes += video[u"remixed_from_video_id"_s].toString() == u"video_demo_source"_s;
    QCOMPARE(remixes, 1);
}

void TestFaultMatrix::cliReportsAnUnansweredRemixAsOutcomeUnknown() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"no-headers"_s}, {u"method"_s, u"POST"_s}}));
    const FaultMatrix::CliRun run =
        runCli(base() + QStringList{u"--timeout"_s, u"0.5"_s, u"--json"_s, u"remix"_s,
                                    u"video_demo_source"_s, u"--prompt"_s, u"p"_s},
               m_mock.apiKey());
    QVERIFY2(run.exitCode == 5, run.err.constData());
    const QJsonObject error =
        QJsonDocument::fromJson(run.err).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"kind"_s).toString(), u"timeout"_s);
    QCOMPARE(error.value(u"outcome_unknown"_s).toBool(), true);
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/*/remix"_s), 1);
}

// ---- 12 ------------------------------------------------------------------

void TestFaultMatrix::readsMalformedJsonSafely_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expectedId");
    QTest::newRow("empty") << QByteArray() << 200 << false << QString();
    QTest::newRow("null") << "null"_ba << 200 << false << QString();
    QTest::newRow("whitespace") << " \r\n\t "_ba << 200 << false << QString();
    QTest::newRow("empty array") << "[]"_ba << 200 << false << QString();
    QTest::newRow("array of videos")
        << R"([{"id":"video_a","status":"queued"}])"_ba << 200 << false << QString();
    QTest::newRow("string") << R"("video_a")"_ba << 200 << false << QString();
    QTest::newRow("number") << "42"_ba << 200 << false << QString();
    QTest::newRow("deep arrays") << QByteArray(100'000, '[') << 200 << false << QString();
    QTest::newRow("deep objects") << QByteArray(R"({"a":)").repeated(100'000) << 200 << false
                                  << QString();
    QTest::newRow("deep but closed")
        << QByteArray(100'000, '[') + QByteArray(100'000, ']') << 200 << false << QString();
    QTest::newRow("deep inside a video")
        << R"({"id":"video_deep","status":"queued","x":)"_ba + QByteArray(5'000, '[') +
               QByteArray(5'000, ']') + "}"
        << 200 << false << QString();
    // Qt keeps the last of duplicate keys; what matters is one, deterministic answer.
    QTest::newRow("duplicate keys")
        << R"({"id":"video_first","id":"video_last","status":"queued"})"_ba << 200 << true
        << u"video_last"_s;
    QTest::newRow("id is an object")
        << R"({"id":{"x":1},"status":"queued"})"_ba << 200 << false << QString();
    QTest::newRow("id is null") << R"({"id":null,"status":"queued"})"_ba << 200 << false
                                << QString();
    QTest::newRow("wrong types everywhere")
        << R"({"id":"video_w","status":[1],"progress":{},"created_at":"yesterday","size":1280,"error":7,"prompt":false})"_ba
        << 200 << true << u"video_w"_s;
    QTest::newRow("invalid UTF-8")
        << "{\"id\":\"video_\xff\xfe\",\"status\":\"queued\"}"_ba << 200 << false << QString();
    QTest::newRow("overlong UTF-8 slash")
        << "{\"id\":\"video_\xc0\xaf\",\"status\":\"queued\"}"_ba << 200 << false << QString();
    QTest::newRow("lone surrogate escape") << R"({"id":"video_\ud800","status":"queued"})"_ba << 200
                                           << true << QString(u"video_"_s + QChar(0xD800));
    QTest::newRow("number out of range")
        << R"({"id":"video_n","status":"queued","progress":1e400})"_ba << 200 << false << QString();
    QTest::newRow("numbers at the edges")
        << R"({"id":"video_e","status":"queued","progress":-1.7e308,"created_at":1.7e308,"completed_at":-9223372036854775809})"_ba
        << 200 << true << u"video_e"_s;
    QTest::newRow("numeric id beyond 2^53") << R"({"id":9007199254740993,"status":"queued"})"_ba
                                            << 200 << true << u"9007199254740993"_s;
    QTest::newRow("trailing garbage")
        << R"({"id":"video_t","status":"queued"} trailing)"_ba << 200 << false << QString();
    // Qt accepts a raw NUL in a string; the id is then refused before any later request.
    QTest::newRow("NUL inside") << QByteArray("{\"id\":\"video_\0\",\"status\":\"queued\"}", 34)
                                << 200 << true << QString(u"video_"_s + QChar(0));
    // Error answers with broken bodies still become a short message.
    QTest::newRow("400 with deep nesting") << QByteArray(100'000, '[') << 400 << false << QString();
    QTest::newRow("400 with invalid UTF-8")
        << "{\"error\":{\"message\":\"bad \xff\"}}"_ba << 400 << false << QString();
    QTest::newRow("400 with an error array")
        << R"({"error":[1,2,3]})"_ba << 400 << false << QString();
}

void TestFaultMatrix::readsMalformedJsonSafely() {
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, ok);
    QFETCH(QString, expectedId);
    QVERIFY(m_mock.addFault(customBody(body, status)));
    const CallResult result = CallResult::waitFor(client()->retrieve(u"video_demo_source"_s));
    QVERIFY(result.done);
    QCOMPARE(result.ok, ok);
    if (ok) {
        QCOMPARE(result.video->id, expectedId);
    } else {
        QVERIFY(!result.video);
        QCOMPARE(result.error.kind,
                 status == 200 ? ApiError::Kind::Protocol : ApiError::Kind::Http);
        const QString shown = result.error.messagesFor(UiLanguage::English).join(u'\n');
        QVERIFY(!shown.isEmpty());
        QVERIFY2(shown.size() < 400, qPrintable(shown));
    }
    // An answer that cannot be read is not asked for again.
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/"_s), 1);

    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.addFault(customBody(body, status)));
    const FaultMatrix::CliRun run = runCli(
        base() + QStringList{u"--json"_s, u"status"_s, u"video_demo_source"_s}, m_mock.apiKey());
    QCOMPARE(run.exitCode, ok ? 0 : 1);
    const QJsonDocument printed = QJsonDocument::fromJson(ok ? run.out : run.err);
    QVERIFY2(printed.isObject(), QByteArray(run.out + run.err).constData());
}

// ---- 13 ------------------------------------------------------------------

void TestFaultMatrix::trackerAndDownloaderSendNothingForBadIds_data() {
    QTest::addColumn<QString>("id");
    for (const QString& id :
         {u""_s, u"."_s, u".."_s, u"a/b"_s, u"../../admin"_s, u"a?b"_s, u"a#b"_s, u"a b"_s,
          u"a\nb"_s, u"a%2Fb"_s, QString(129, u'x'), QString(u"a"_s + QChar(0))})
        QTest::newRow(id.toUtf8().toPercentEncoding().constData()) << id;
}

void TestFaultMatrix::trackerAndDownloaderSendNothingForBadIds() {
    QFETCH(QString, id);
    ApiClient* api = client();
    Video video;
    video.id = id;
    video.status = VideoStatus::InProgress;
    JobTracker tracker(api, video, {100, 10'000, 500});
    QSignalSpy gaveUp(&tracker, &JobTracker::gaveUp);
    tracker.start();
    QVERIFY(gaveUp.wait(5'000));
    QCOMPARE(gaveUp.first().first().value<ApiError>().kind, ApiError::Kind::Validation);

    const QString target = m_dir.filePath(u"bad-id.mp4"_s);
    Downloader* downloader = api->download(id, ContentVariant::Video, target);
    QSignalSpy finished(downloader, &Downloader::finished);
    downloader->start();
    QVERIFY(finished.wait(5'000));
    QCOMPARE(downloader->error().kind, ApiError::Kind::Validation);
    QVERIFY(!QFile::exists(target));

    if (!id.contains(QChar(0))) { // a NUL cannot be passed on a command line
        for (const QStringList& command :
             {QStringList{u"wait"_s, id}, QStringList{u"download"_s, id, u"--output"_s, target},
              QStringList{u"delete"_s, id}}) {
            const FaultMatrix::CliRun run = runCli(base() + command, m_mock.apiKey());
            QVERIFY2(run.exitCode == 2, run.err.constData());
        }
    }
    QCOMPARE(m_mock.requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
