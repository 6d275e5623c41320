#include "guitest.h"

#include "errorbanner.h"
#include "jobnotifier.h"
#include "settings/settings.h"
#include "settingswindowstatestore.h"
#include "statusbadge.h"

#include <QAction>
#include <QClipboard>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QSplitter>

using namespace Qt::StringLiterals;

// The window over the job library: nothing is lost when it closes, every job
// is found again, and the history can be searched.
class TestPersistenceFlow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void aJobFollowedWhenTheWindowClosedCompletesAfterARestart();
    void aSubmitLeftBehindIsOutcomeUnknownAndNeverResent();
    void historySearchAndStatusFilterWorkThroughTheWidgets();
    void copyAsCurlCarriesNoKeyAndQuotesSafely();
    void notifiesOnlyWhenTheWindowIsNotActiveAndEnabled();
    void importsFromTheGatewayAndSaysOnceWhenItCannot();
    void lineageLinksLeadToTheOtherJob_data();
    void lineageLinksLeadToTheOtherJob();
    void tenThousandJobsOpenAndScrollWithoutLoadingThemAll();
    void sizeAndSplitterSurviveClosingTheWindow();

private:
    static void insertJob(JobStore& store, const QString& prompt, JobState state, int minutesAgo,
                          const QString& videoId = {});

    MockServerProcess m_mock;
};

void TestPersistenceFlow::initTestCase() {
    QVERIFY(m_mock.start());
}

void TestPersistenceFlow::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 1500}}));
}

void TestPersistenceFlow::insertJob(JobStore& store, const QString& prompt, JobState state,
                                    int minutesAgo, const QString& videoId) {
    JobRecord record;
    record.profileId = WindowHarness::profileId();
    record.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    record.sourceVideoId = u"video_demo_source"_s;
    record.videoId = videoId;
    record.prompt = prompt;
    record.state = state;
    record.progress = state == JobState::Completed ? 100 : 0;
    record.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    QVERIFY(store.insert(record) != 0);
}

void TestPersistenceFlow::aJobFollowedWhenTheWindowClosedCompletesAfterARestart() {
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 4000}}));
    QTemporaryDir dir;
    const QString storePath = dir.filePath(u"jobs.sqlite"_s);
    QString videoId;
    {
        WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey(), UiLanguage::English, storePath);
        ui.fillAndSubmit(u"video_demo_source"_s, u"closed mid-way"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!ui.record(0).videoId.isEmpty(), 5000);
        videoId = ui.record(0).videoId;
        QVERIFY(ui.record(0).isFollowable());
    } // the window and its library are gone; the job goes on at the gateway

    WindowHarness again(m_mock.baseUrl(), m_mock.apiKey(), UiLanguage::English, storePath);
    QCOMPARE(again.jobs().rowCount(), 1);
    QCOMPARE(again.record(0).videoId, videoId);
    // The newest job is shown, and followed again to the end.
    QCOMPARE(again.find<QLineEdit>(u"jobIdLineEdit"_s)->text(), videoId);
    QTRY_COMPARE_WITH_TIMEOUT(again.find<StatusBadge>(u"statusBadge"_s)->state(),
                              StatusBadge::State::Completed, 15'000);
    QTRY_VERIFY_WITH_TIMEOUT(again.record(0).downloaded, 10'000);
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/**"_s), 1);
}

void TestPersistenceFlow::aSubmitLeftBehindIsOutcomeUnknownAndNeverResent() {
    QTemporaryDir dir;
    const QString storePath = dir.filePath(u"jobs.sqlite"_s);
    {
        // A POST whose answer never came: its submitter (an earlier run) is gone.
        JobStore store(storePath);
        JobRecord record;
        record.profileId = WindowHarness::profileId();
        record.baseUrl = m_mock.baseUrl();
        record.sourceVideoId = u"video_demo_source"_s;
        record.prompt = u"lost in the crash"_s;
        record.state = JobState::Submitting;
        record.createdAt = QDateTime::currentDateTimeUtc();
        record.submitterPid = QCoreApplication::applicationPid();
        QVERIFY(store.insert(record) != 0);
    }
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey(), UiLanguage::English, storePath);
    QCOMPARE(ui.record(0).state, JobState::OutcomeUnknown);
    auto* badge = ui.find<StatusBadge>(u"statusBadge"_s);
    QCOMPARE(badge->state(), StatusBadge::State::OutcomeUnknown);
    auto* reconcile = ui.find<QPushButton>(u"reconcilePushButton"_s);
    QVERIFY(reconcile->isVisible());
    auto* message = ui.find<QLabel>(u"messageLabel"_s);
    QVERIFY2(message->text().contains(u"never sends it again"_s), qPrintable(message->text()));

    QTest::mouseClick(reconcile, Qt::LeftButton);
    // The mock never saw it: reconciling says so, and still sends nothing.
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"most likely never created"_s), 5000);
    QVERIFY(m_mock.countRequests("GET", u"/v1/videos"_s) >= 1);
    QTest::qWait(500);
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/**"_s), 0);
    // Most likely never created: the badge no longer says the outcome is unknown.
    QCOMPARE(ui.record(0).state, JobState::Rejected);
    QCOMPARE(badge->state(), StatusBadge::State::NotSent);
}

void TestPersistenceFlow::historySearchAndStatusFilterWorkThroughTheWidgets() {
    QTemporaryDir dir;
    const QString storePath = dir.filePath(u"jobs.sqlite"_s);
    {
        JobStore store(storePath);
        for (int i = 0; i < 300; ++i)
            insertJob(store, u"forest walk %1"_s.arg(i), JobState::Completed, 10 + i,
                      u"video_f%1"_s.arg(i));
        insertJob(store, u"紫色的日落 purple sunset"_s, JobState::Completed, 5, u"video_s1"_s);
        insertJob(store, u"Purple sunset, again"_s, JobState::Failed, 4, u"video_s2"_s);
        insertJob(store, u"rainy street"_s, JobState::Failed, 3, u"video_r1"_s);
    }
    // No gateway: the history is there all the same.
    WindowHarness ui(QUrl(), QString{}, UiLanguage::English, storePath);
    auto* list = ui.find<QListView>(u"historyListView"_s);
    QVERIFY(list->isVisible());
    // Newest first, and lazily: one page, not all 303 rows.
    QCOMPARE(ui.record(0).prompt, u"rainy street"_s);
    QVERIFY(ui.jobs().rowCount() < 303);
    QVERIFY(ui.jobs().canFetchMore());

    auto* search = ui.find<QLineEdit>(u"searchLineEdit"_s);
    search->setFocus();
    QTest::keyClicks(search, u"sunset"_s);
    QTRY_COMPARE(ui.jobs().rowCount(), 2);
    QCOMPARE(ui.record(0).videoId, u"video_s2"_s);
    QTRY_VERIFY(ui.find<QLabel>(u"countLabel"_s)->text().contains(u"2"_s));

    auto* filter = ui.find<QComboBox>(u"stateFilterComboBox"_s);
    filter->setCurrentIndex(filter->findText(u"Failed"_s));
    QTRY_COMPARE(ui.jobs().rowCount(), 1);
    QCOMPARE(ui.record(0).videoId, u"video_s2"_s);

    search->selectAll();
    QTest::keyClick(search, Qt::Key_Delete);
    QTRY_COMPARE(ui.jobs().rowCount(), 2); // both failed jobs
    filter->setCurrentIndex(0);
    QTRY_VERIFY(ui.jobs().rowCount() > 2);

    // Clicking a row shows that job.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(ui.jobs().index(2)).center());
    QCOMPARE(ui.find<QLineEdit>(u"jobIdLineEdit"_s)->text(), u"video_s1"_s);
}

void TestPersistenceFlow::copyAsCurlCarriesNoKeyAndQuotesSafely() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.typeVideoId(u"video_demo_source"_s);
    ui.typePrompt(u"it's a \"test\" $HOME `x`"_s);
    ui.typeSize(u"1280x720"_s);
    ui.clickSubmit();
    QTRY_COMPARE_WITH_TIMEOUT(ui.jobs().rowCount(), 1, 5000);
    auto* copy = ui.find<QPushButton>(u"copyCurlPushButton"_s);
    QTRY_VERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString command = QGuiApplication::clipboard()->text();

    const QString url = m_mock.baseUrl().toString() + u"/v1/videos/video_demo_source/remix"_s;
    const QString expected =
        u"curl -X POST '"_s + url +
        u"' -H \"Authorization: Bearer $VIDEOREMIX_API_KEY\" -H 'Content-Type: application/json' "
        u"-d '{\"prompt\":\"it'\\''s a \\\"test\\\" $HOME `x`\",\"size\":\"1280x720\"}'"_s;
    QCOMPARE(command, expected);
    QVERIFY(!command.contains(m_mock.apiKey()));
}

void TestPersistenceFlow::notifiesOnlyWhenTheWindowIsNotActiveAndEnabled() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QSignalSpy notified(ui.window().notifier(), &JobNotifier::notified);
    // Active window: the user sees it happen, no notification.
    ui.fillAndSubmit(u"video_demo_source"_s, u"watched"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ui.record(0).state, JobState::Completed, 15'000);
    QCOMPARE(notified.count(), 0);

    // Another window has the focus: completed jobs are announced...
    QWidget other;
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QApplication::setActiveWindow(&other);
    QTRY_VERIFY(!ui.window().isActiveWindow());
    // The same request again, on purpose: the window asks first (RepeatGuard).
    bool asked = false;
    WindowHarness::answerMessageBox(u"repeatMessageBox"_s, u"Send Again"_s, &asked);
    ui.window().submit();
    QVERIFY(asked);
    QApplication::setActiveWindow(&other); // the question had the focus for a moment
    QTRY_VERIFY(!ui.window().isActiveWindow());
    QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, 15'000);
    QCOMPARE(notified.first().at(1).toString(), u"Remix completed"_s);
    QCOMPARE(notified.first().at(2).toString(), u"watched"_s);

    // ...unless the user switched them off.
    ui.window().setNotificationsEnabled(false);
    asked = false;
    WindowHarness::answerMessageBox(u"repeatMessageBox"_s, u"Send Again"_s, &asked);
    ui.window().submit();
    QVERIFY(asked);
    QTRY_COMPARE_WITH_TIMEOUT(ui.jobs().rowCount(), 3, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(ui.record(0).state, JobState::Completed, 15'000);
    QCOMPARE(notified.count(), 1);
}

void TestPersistenceFlow::importsFromTheGatewayAndSaysOnceWhenItCannot() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QCOMPARE(ui.jobs().rowCount(), 0);
    auto* import = ui.find<QAction>(u"importAction"_s);
    QVERIFY(import->isEnabled());
    import->trigger();
    // The mock's own videos (the demo source among them) arrive in the history.
    QTRY_VERIFY_WITH_TIMEOUT(ui.jobs().rowCount() > 0, 5000);
    QTRY_VERIFY(import->isEnabled());
    bool sourceFound = false;
    for (int row = 0; row < ui.jobs().rowCount(); ++row)
        sourceFound = sourceFound || ui.record(row).videoId == u"video_demo_source"_s;
    QVERIFY(sourceFound);
    QVERIFY(m_mock.countRequests("GET", u"/v1/videos"_s) >= 1);

    // A gateway without the list endpoint: said once, in the window...
    QVERIFY(m_mock.configure({{u"listEndpoint"_s, false}}));
    auto* banner = ui.find<ErrorBanner>(u"errorBanner"_s);
    import->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    auto* primary = ui.find<QLabel>(u"primaryMessageLabel"_s);
    QVERIFY2(primary->text().contains(u"no list of videos"_s), qPrintable(primary->text()));
    banner->dismiss();
    QTRY_VERIFY(import->isEnabled());
    // ...and not again.
    import->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(import->isEnabled(), 5000);
    QTest::qWait(200);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/**"_s), 0);
}

// new-api names a remix's source by the upstream's video_… ID, not the task_…
// ID that was remixed: the links follow the ID asked for all the same.
void TestPersistenceFlow::lineageLinksLeadToTheOtherJob_data() {
    QTest::addColumn<QString>("dialect");
    QTest::newRow("openai") << u"openai"_s;
    QTest::newRow("newapi") << u"newapi"_s;
}

void TestPersistenceFlow::lineageLinksLeadToTheOtherJob() {
    QFETCH(QString, dialect);
    QVERIFY(m_mock.configure({{u"dialect"_s, dialect}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.fillAndSubmit(u"video_demo_source"_s, u"parent"_s);
    auto* again = ui.find<QPushButton>(u"remixResultPushButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(again->isEnabled(), 15'000);
    const QString parentId = ui.record(0).videoId;
    QTest::mouseClick(again, Qt::LeftButton);
    ui.typePrompt(u"child"_s);
    ui.clickSubmit();
    QTRY_VERIFY_WITH_TIMEOUT(ui.jobs().rowCount() == 2 && !ui.record(0).videoId.isEmpty(), 5000);
    const qint64 childLocal = ui.record(0).id;
    const qint64 parentLocal = ui.record(1).id;

    // The child names its parent as a link; following it shows the parent...
    auto* from = ui.find<QLabel>(u"remixedFromValueLabel"_s);
    QTRY_VERIFY(from->text().contains(parentId));
    QVERIFY(from->text().contains(u"href"_s));
    emit from->linkActivated(u"job:%1"_s.arg(parentLocal));
    QCOMPARE(ui.window().currentJobId(), parentLocal);
    QCOMPARE(ui.find<QLineEdit>(u"jobIdLineEdit"_s)->text(), parentId);
    // ...whose remixes lead back to the child.
    auto* remixes = ui.find<QLabel>(u"remixesValueLabel"_s);
    QVERIFY2(remixes->text().contains(u"job:%1"_s.arg(childLocal)), qPrintable(remixes->text()));
}

void TestPersistenceFlow::tenThousandJobsOpenAndScrollWithoutLoadingThemAll() {
    constexpr int Rows = 10'000;
    QTemporaryDir dir;
    const QString storePath = dir.filePath(u"jobs.sqlite"_s);
    QCOMPARE(fillWithLongHistory(storePath, m_mock.baseUrl(), Rows), Rows);
    QElapsedTimer timer;
    timer.start();
    WindowHarness ui(QUrl(), QString{}, UiLanguage::English, storePath);
    const qint64 openMs = timer.elapsed();
    qInfo("window over %d jobs shown in %lld ms", Rows, openMs);
    QVERIFY2(openMs < 5000, qPrintable(QString::number(openMs)));
    const int firstPage = ui.jobs().rowCount();
    QCOMPARE(firstPage, JobHistoryModel::DefaultPageSize);
    QCOMPARE(ui.record(0).videoId, u"video_09999"_s);
    QVERIFY2(ui.find<QLabel>(u"countLabel"_s)->text().contains(QLocale().toString(Rows)) ||
                 ui.find<QLabel>(u"countLabel"_s)->text().contains(QString::number(Rows)),
             qPrintable(ui.find<QLabel>(u"countLabel"_s)->text()));

    // Scrolling to the end asks for the next page, not for everything.
    auto* list = ui.find<QListView>(u"historyListView"_s);
    list->scrollToBottom();
    QTRY_VERIFY(ui.jobs().rowCount() > firstPage);
    QVERIFY(ui.jobs().rowCount() < Rows);

    // The search runs in the store, over all of them.
    auto* search = ui.find<QLineEdit>(u"searchLineEdit"_s);
    search->setFocus();
    QTest::keyClicks(search, u"take 17"_s);
    QTRY_COMPARE(ui.jobs().totalCount(), 111); // 17, 170-179, 1700-1799
    QCOMPARE(ui.record(0).videoId, u"video_01799"_s);
}

void TestPersistenceFlow::sizeAndSplitterSurviveClosingTheWindow() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    SettingsWindowStateStore store(&settings);
    QList<int> splitterSizes;
    {
        WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
        ui.window().setWindowStateStore(&store);
        ui.window().resize(980, 660);
        auto* splitter = ui.find<QSplitter>(u"mainSplitter"_s);
        splitter->setSizes({380, 600});
        splitterSizes = splitter->sizes();
        QVERIFY(ui.window().close());
    }
    QVERIFY(!settings.windowState(u"mainWindowGeometry"_s).isEmpty());
    QVERIFY(!settings.windowState(u"mainWindowSplitter"_s).isEmpty());

    WindowHarness reopened(m_mock.baseUrl(), m_mock.apiKey());
    reopened.window().setWindowStateStore(&store);
    // Not the harness's 1100x720: the saved size. The offscreen platform adds
    // its title bar's height once more when it restores, so the height is near.
    QTRY_COMPARE(reopened.window().width(), 980);
    QVERIFY2(std::abs(reopened.window().height() - 660) <= 40,
             qPrintable(QString::number(reopened.window().height())));
    QTRY_COMPARE(reopened.find<QSplitter>(u"mainSplitter"_s)->sizes(), splitterSizes);
}

VIDEOREMIX_GUI_TEST_MAIN(TestPersistenceFlow)
#include "tst_persistenceflow.moc"
