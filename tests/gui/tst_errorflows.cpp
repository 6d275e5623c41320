#include "guitest.h"

#include "errorbanner.h"
#include "statusbadge.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QToolButton>

using namespace Qt::StringLiterals;

// What the window says when things go wrong: in a banner, in the user's
// language first, with help that fits the failure.
class TestErrorFlows final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void invalidKeyShowsChineseFirstInTheChineseUi();
    void invalidKeyShowsEnglishFirstInTheEnglishUi();
    void invalidKeyOffersTheSettings();
    void rateLimitShowsACountdownToTheRetry();
    void unreachableGatewayNamesTheBaseUrl();
    void unknownOutcomeExplainsAndIsNotResent();
    void detailsShowTheRawBodyAsPlainText();
    void escapeDismissesTheBanner();
    void aChineseOnlyBusyMessageGetsAnEnglishLine();
    void aFailedJobSaysWhyInChineseWithoutAFullBar();
    void aGatewayErrorPageIsNotCalledASilence();
    void reconcileThatFindsNothingSettlesTheJob();

private:
    static QString primary(WindowHarness& ui) {
        return ui.find<QLabel>(u"primaryMessageLabel"_s)->text();
    }
    static QString secondary(WindowHarness& ui) {
        return ui.find<QLabel>(u"secondaryMessageLabel"_s)->text();
    }
    static QString help(WindowHarness& ui) { return ui.find<QLabel>(u"helpLabel"_s)->text(); }
    static ErrorBanner* banner(WindowHarness& ui) { return ui.find<ErrorBanner>(u"errorBanner"_s); }

    MockServerProcess m_mock;
};

void TestErrorFlows::initTestCase() {
    QVERIFY(m_mock.start());
}

void TestErrorFlows::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 1000}}));
}

void TestErrorFlows::invalidKeyShowsChineseFirstInTheChineseUi() {
    WindowHarness ui(m_mock.baseUrl(), u"wrong-key"_s, UiLanguage::Chinese);
    QVERIFY(ui.window().windowTitle().contains(u"视频重制"_s));
    QVERIFY(ui.window().windowTitle().contains(u"VideoRemix"_s));
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner(ui)->isVisible(), 5000);
    QCOMPARE(primary(ui), u"无效的令牌"_s);
    QCOMPARE(secondary(ui), u"Invalid token"_s);

    // Switching the language live puts the other message first.
    ui.languages().setLanguage(UiLanguage::English);
    QTRY_COMPARE(primary(ui), u"Invalid token"_s);
    QCOMPARE(secondary(ui), u"无效的令牌"_s);
    QTRY_COMPARE(ui.window().windowTitle(), u"VideoRemix"_s);
}

void TestErrorFlows::invalidKeyShowsEnglishFirstInTheEnglishUi() {
    WindowHarness ui(m_mock.baseUrl(), u"wrong-key"_s, UiLanguage::English);
    QCOMPARE(ui.window().windowTitle(), u"VideoRemix"_s);
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner(ui)->isVisible(), 5000);
    QCOMPARE(primary(ui), u"Invalid token"_s);
    QCOMPARE(secondary(ui), u"无效的令牌"_s);
    QCOMPARE(ui.find<StatusBadge>(u"statusBadge"_s)->state(), StatusBadge::State::NotSent);
}

void TestErrorFlows::invalidKeyOffersTheSettings() {
    // The seed's 401, injected even though the key is right.
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http401"_s}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QSignalSpy settings(&ui.window(), &MainWindow::settingsRequested);
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner(ui)->isVisible(), 5000);
    QCOMPARE(banner(ui)->help(), ErrorBanner::Help::CheckApiKey);
    QVERIFY2(help(ui).contains(u"API key"_s), qPrintable(help(ui)));
    auto* button = ui.find<QPushButton>(u"settingsPushButton"_s);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(settings.count(), 1);
}

void TestErrorFlows::rateLimitShowsACountdownToTheRetry() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http429"_s},
                             {u"method"_s, u"POST"_s},
                             {u"times"_s, 1},
                             {u"retryAfter"_s, u"3"_s}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner(ui)->isVisible(), 5000);
    QCOMPARE(banner(ui)->help(), ErrorBanner::Help::RateLimited);
    auto* countdown = ui.find<QLabel>(u"countdownLabel"_s);
    QVERIFY(countdown->isVisible());
    QVERIFY2(countdown->text().contains(u"in 3 second"_s) ||
                 countdown->text().contains(u"in 2 second"_s),
             qPrintable(countdown->text()));
    // It counts down...
    QTRY_VERIFY_WITH_TIMEOUT(countdown->text().contains(u"in 1 second"_s), 3000);
    // ...the request goes out again by itself, once, and the banner steps aside.
    QTRY_COMPARE_WITH_TIMEOUT(m_mock.countRequests("POST", u"/v1/videos/video_demo_source/remix"_s),
                              2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!banner(ui)->isVisible(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(ui.find<StatusBadge>(u"statusBadge"_s)->state(),
                              StatusBadge::State::Completed, 15'000);
}

void TestErrorFlows::unreachableGatewayNamesTheBaseUrl() {
    // A port that was free a moment ago: the connection is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl closed(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    probe.close();

    WindowHarness ui(closed, u"any-key"_s);
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner(ui)->isVisible(), 5000);
    QCOMPARE(banner(ui)->help(), ErrorBanner::Help::Unreachable);
    QVERIFY2(help(ui).contains(closed.toDisplayString()), qPrintable(help(ui)));
    // After the last retry the job is marked as not created, and the help stays.
    QTRY_COMPARE_WITH_TIMEOUT(ui.find<StatusBadge>(u"statusBadge"_s)->state(),
                              StatusBadge::State::NotSent, 15'000);
    QVERIFY(help(ui).contains(closed.toDisplayString()));
}

void TestErrorFlows::unknownOutcomeExplainsAndIsNotResent() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"reset-after-request"_s}, {u"method"_s, u"POST"_s}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner(ui)->isVisible(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(ui.find<StatusBadge>(u"statusBadge"_s)->state(),
                              StatusBadge::State::OutcomeUnknown, 5000);
    QCOMPARE(banner(ui)->help(), ErrorBanner::Help::OutcomeUnknown);
    QVERIFY2(help(ui).contains(u"may have been created"_s), qPrintable(help(ui)));
    QVERIFY(help(ui).contains(u"before trying again"_s));
    QCOMPARE(ui.find<StatusBadge>(u"statusBadge"_s)->text(), u"Outcome unknown"_s);
    QTest::qWait(1500);
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/**"_s), 1);
}

void TestErrorFlows::detailsShowTheRawBodyAsPlainText() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http401"_s}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner(ui)->isVisible(), 5000);
    auto* details = ui.find<QPlainTextEdit>(u"detailsPlainTextEdit"_s);
    QVERIFY(!details->isVisible());
    QTest::mouseClick(ui.find<QToolButton>(u"detailsToolButton"_s), Qt::LeftButton);
    QVERIFY(details->isVisible());
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(u"HTTP status: 401"_s), qPrintable(text));
    QVERIFY(text.contains(u"Type: invalid_request_error"_s));
    QVERIFY(text.contains(u"Request ID: "_s));
    QVERIFY(text.contains(u"\"message_zh\""_s)); // the raw body, verbatim
    for (const char* name : {"primaryMessageLabel", "secondaryMessageLabel", "helpLabel"})
        QCOMPARE(ui.find<QLabel>(QString::fromLatin1(name))->textFormat(), Qt::PlainText);
}

void TestErrorFlows::escapeDismissesTheBanner() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"http401"_s}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner(ui)->isVisible(), 5000);
    QTest::keyClick(ui.videoId(), Qt::Key_Escape);
    QVERIFY(!banner(ui)->isVisible());
}

void TestErrorFlows::aChineseOnlyBusyMessageGetsAnEnglishLine() {
    QVERIFY(m_mock.addFault(
        {{u"fault"_s, u"custom-body"_s},
         {u"method"_s, u"POST"_s},
         {u"status"_s, 429},
         {u"text"_s, uR"({"error":{"message":"当前分组上游负载已饱和，请稍后再试"}})"_s}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey(), UiLanguage::English);
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner(ui)->isVisible(), 5000);
    // Our own words in English come first, the gateway's Chinese beneath them.
    QCOMPARE(primary(ui), u"The gateway is busy: too many requests for now (HTTP 429)."_s);
    QCOMPARE(secondary(ui), u"当前分组上游负载已饱和，请稍后再试"_s);
    // In the Chinese UI, the gateway's own words are enough.
    ui.languages().setLanguage(UiLanguage::Chinese);
    QTRY_COMPARE(primary(ui), u"当前分组上游负载已饱和，请稍后再试"_s);
    QVERIFY(!ui.find<QLabel>(u"secondaryMessageLabel"_s)->isVisible());
}

void TestErrorFlows::aFailedJobSaysWhyInChineseWithoutAFullBar() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey(), UiLanguage::Chinese);
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow [fail]"_s);
    auto* badge = ui.find<StatusBadge>(u"statusBadge"_s);
    auto* bar = ui.find<QProgressBar>(u"progressBar"_s);
    QTRY_COMPARE_WITH_TIMEOUT(badge->state(), StatusBadge::State::InProgress, 5000);
    QVERIFY(bar->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(badge->state(), StatusBadge::State::Failed, 10'000);
    const QString message = ui.find<QLabel>(u"messageLabel"_s)->text();
    // A Chinese line of our own first, then the gateway's English words.
    QVERIFY2(message.startsWith(u"任务失败：网关未能生成这个视频。\n"_s), qPrintable(message));
    QVERIFY2(message.contains(u"the prompt asked for a failure"_s), qPrintable(message));
    // A failed job does not show a bar that reads as done.
    QVERIFY(!bar->isVisible());
}

void TestErrorFlows::aGatewayErrorPageIsNotCalledASilence() {
    QVERIFY(m_mock.addFault({{u"fault"_s, u"html502"_s}, {u"method"_s, u"POST"_s}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey(), UiLanguage::English);
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    QTRY_VERIFY_WITH_TIMEOUT(banner(ui)->isVisible(), 5000);
    QCOMPARE(banner(ui)->help(), ErrorBanner::Help::OutcomeUnknown);
    QVERIFY2(primary(ui).contains(u"HTTP 502"_s), qPrintable(primary(ui)));
    // The gateway did answer: nothing may say that no answer arrived.
    QVERIFY2(!help(ui).contains(u"no answer"_s), qPrintable(help(ui)));
    QVERIFY2(help(ui).contains(u"may have been created"_s), qPrintable(help(ui)));
    const QString message = ui.find<QLabel>(u"messageLabel"_s)->text();
    QVERIFY2(!message.contains(u"never arrived"_s), qPrintable(message));
}

void TestErrorFlows::reconcileThatFindsNothingSettlesTheJob() {
    // The gateway's error page came before any job was made.
    QVERIFY(m_mock.addFault({{u"fault"_s, u"html502"_s}, {u"method"_s, u"POST"_s}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey(), UiLanguage::English);
    ui.fillAndSubmit(u"video_demo_source"_s, u"snow"_s);
    auto* badge = ui.find<StatusBadge>(u"statusBadge"_s);
    QTRY_COMPARE_WITH_TIMEOUT(badge->state(), StatusBadge::State::OutcomeUnknown, 5000);
    QVERIFY(banner(ui)->isVisible());
    auto* reconcile = ui.find<QPushButton>(u"reconcilePushButton"_s);
    QTRY_VERIFY(reconcile->isVisible() && reconcile->isEnabled());
    QTest::mouseClick(reconcile, Qt::LeftButton);
    // "Most likely never created": neither the badge nor the banner still says otherwise.
    QTRY_COMPARE_WITH_TIMEOUT(badge->state(), StatusBadge::State::NotSent, 5000);
    QVERIFY(!banner(ui)->isVisible());
    const QString message = ui.find<QLabel>(u"messageLabel"_s)->text();
    QVERIFY2(message.contains(u"most likely never created"_s), qPrintable(message));
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/**"_s), 1);
}

VIDEOREMIX_GUI_TEST_MAIN(TestErrorFlows)
#include "tst_errorflows.moc"
