#include "guitest.h"

#include "statusbadge.h"

#include <QClipboard>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

// A remix from the keyboard to the completed video, against the real mock.
class TestRemixFlow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void sendsExactlyTheRequestTheFormDescribes();
    void sendsTheChosenSize_data();
    void sendsTheChosenSize();
    void ctrlEnterSubmits();
    void followsTheJobToCompletedWithTheBarAt100();
    void twoJobsAtOnceBothComplete();
    void takesTheIdOutOfAPastedAnswerOrUrl_data();
    void takesTheIdOutOfAPastedAnswerOrUrl();
    void remixThisResultFillsTheForm();
    void stopFollowingLeavesTheJobAlone();

private:
    QJsonArray posts();

    MockServerProcess m_mock;
};

void TestRemixFlow::initTestCase() {
    QVERIFY(m_mock.start());
}

void TestRemixFlow::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 1500}}));
}

QJsonArray TestRemixFlow::posts() {
    QJsonArray result;
    for (const QJsonValue& entry : m_mock.requests()) {
        if (entry[u"method"_s].toString() == u"POST"_s)
            result.append(entry);
    }
    return result;
}

void TestRemixFlow::sendsExactlyTheRequestTheFormDescribes() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QVERIFY(ui.isExposed());
    ui.typeVideoId(u"video_demo_source"_s);
    QCOMPARE(ui.size()->currentIndex(), 0); // "Same as source"
    ui.typePrompt(u"把天空换成黄昏 — sunset sky"_s);
    QVERIFY(ui.submitButton()->isEnabled());
    ui.clickSubmit();

    QTRY_COMPARE_WITH_TIMEOUT(posts().size(), 1, 5000);
    const QJsonObject request = posts().first().toObject();
    QCOMPARE(request[u"path"_s].toString(), u"/v1/videos/video_demo_source/remix"_s);
    const QJsonObject headers = request[u"headers"_s].toObject();
    QCOMPARE(headers[u"authorization"_s].toString(), u"Bearer "_s + m_mock.apiKey());
    QCOMPARE(headers[u"content-type"_s].toString(), u"application/json"_s);
    const QJsonDocument body = QJsonDocument::fromJson(request[u"body"_s].toString().toUtf8());
    // Exactly the prompt: "Same as source" means no size field at all.
    QCOMPARE(body.object(), QJsonObject({{u"prompt"_s, u"把天空换成黄昏 — sunset sky"_s}}));
    QVERIFY(!request[u"body"_s].toString().contains(u"size"_s));
    QTRY_COMPARE_WITH_TIMEOUT(ui.jobs().rowCount(), 1, 1000);
}

void TestRemixFlow::sendsTheChosenSize_data() {
    QTest::addColumn<int>("downPresses");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first preset") << 1 << QString() << u"1280x720"_s;
    QTest::newRow("portrait preset") << 2 << QString() << u"720x1280"_s;
    QTest::newRow("custom") << 0 << u"640x480"_s << u"640x480"_s;
    QTest::newRow("custom upper-case X") << 0 << u"1920X1080"_s << u"1920x1080"_s;
    QTest::newRow("multiplication sign") << 0 << u"1792×1024"_s << u"1792x1024"_s;
}

void TestRemixFlow::sendsTheChosenSize() {
    QFETCH(int, downPresses);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.typeVideoId(u"video_demo_source"_s);
    ui.typePrompt(u"snow"_s);
    if (typed.isEmpty()) {
        ui.size()->setFocus();
        for (int i = 0; i < downPresses; ++i)
            QTest::keyClick(ui.size(), Qt::Key_Down);
    } else {
        ui.typeSize(typed);
    }
    ui.clickSubmit();
    QTRY_COMPARE_WITH_TIMEOUT(posts().size(), 1, 5000);
    const QJsonObject body =
        QJsonDocument::fromJson(posts().first()[u"body"_s].toString().toUtf8()).object();
    QCOMPARE(body, QJsonObject({{u"prompt"_s, u"snow"_s}, {u"size"_s, expected}}));
}

void TestRemixFlow::ctrlEnterSubmits() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.typeVideoId(u"video_demo_source"_s);
    ui.typePrompt(u"rain"_s);
    QTest::keyClick(ui.prompt(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(posts().size(), 1, 5000);
    // Ctrl+Enter submits, it does not add a line to the prompt.
    QCOMPARE(ui.prompt()->toPlainText(), u"rain"_s);
}

void TestRemixFlow::followsTheJobToCompletedWithTheBarAt100() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.fillAndSubmit(u"video_demo_source"_s, u"golden hour"_s);

    auto* badge = ui.find<StatusBadge>(u"statusBadge"_s);
    auto* bar = ui.find<QProgressBar>(u"progressBar"_s);
    auto* jobId = ui.find<QLineEdit>(u"jobIdLineEdit"_s);
    QVERIFY(badge && bar && jobId);
    // The details show the new job as soon as the gateway answers.
    QTRY_VERIFY_WITH_TIMEOUT(ui.jobs().rowCount() == 1 && !ui.record(0).videoId.isEmpty(), 5000);
    const QString id = ui.record(0).videoId;
    QVERIFY(id.startsWith(u"video_"_s));
    QVERIFY(id != u"video_demo_source"_s);
    QTRY_COMPARE(jobId->text(), id);
    QVERIFY(jobId->isReadOnly());

    QTRY_COMPARE_WITH_TIMEOUT(badge->text(), u"Completed"_s, 15'000);
    QCOMPARE(badge->state(), StatusBadge::State::Completed);
    QCOMPARE(bar->value(), 100);
    const QModelIndex row = ui.jobs().index(0);
    QCOMPARE(row.data(JobHistoryModel::StateRole).toInt(), int(JobState::Completed));
    QCOMPARE(row.data(JobHistoryModel::StateTextRole).toString(), u"Completed"_s);
    QCOMPARE(row.data(JobHistoryModel::ProgressRole).toInt(), 100);
    QCOMPARE(row.data(JobHistoryModel::VideoIdRole).toString(), id);
    QCOMPARE(row.data(Qt::DisplayRole).toString(), u"golden hour"_s);
    // It was followed by polling the new ID, never by re-sending the remix.
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/**"_s), 1);
    QVERIFY(m_mock.countRequests("GET", u"/v1/videos/"_s + id) >= 1);
    // And its result was fetched into the download folder, for the preview.
    QTRY_VERIFY_WITH_TIMEOUT(ui.record(0).downloaded, 10'000);
    QVERIFY(ui.record(0).filePath.startsWith(ui.folder()));
    QVERIFY(QFile::exists(ui.record(0).filePath));
}

void TestRemixFlow::twoJobsAtOnceBothComplete() {
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 2500}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.fillAndSubmit(u"video_demo_source"_s, u"first"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ui.jobs().rowCount(), 1, 2000);
    ui.typePrompt(u"second"_s);
    ui.clickSubmit();
    QTRY_COMPARE_WITH_TIMEOUT(ui.jobs().rowCount(), 2, 2000);
    // The second started while the first (now the older row) was still running.
    const JobState first = ui.record(1).state;
    QVERIFY2(first == JobState::Submitting || first == JobState::Queued ||
                 first == JobState::InProgress,
             qPrintable(jobStateKey(first)));
    QCOMPARE(ui.record(0).prompt, u"second"_s);
    QCOMPARE(ui.record(1).prompt, u"first"_s);

    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = ui.jobs().index(row);
        QTRY_COMPARE_WITH_TIMEOUT(index.data(JobHistoryModel::StateRole).toInt(),
                                  int(JobState::Completed), 20'000);
        QCOMPARE(index.data(JobHistoryModel::ProgressRole).toInt(), 100);
    }
    QVERIFY(ui.record(0).videoId != ui.record(1).videoId);
    QCOMPARE(posts().size(), 2);

    // Selecting the older job in the list shows its details.
    auto* list = ui.find<QListView>(u"historyListView"_s);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(ui.jobs().index(1)).center());
    QCOMPARE(ui.find<QLineEdit>(u"jobIdLineEdit"_s)->text(), ui.record(1).videoId);
    QCOMPARE(ui.find<QProgressBar>(u"progressBar"_s)->value(), 100);
    QCOMPARE(ui.find<StatusBadge>(u"statusBadge"_s)->text(), u"Completed"_s);
}

void TestRemixFlow::takesTheIdOutOfAPastedAnswerOrUrl_data() {
    QTest::addColumn<QString>("pasted");
    QTest::newRow("gateway answer")
        << u"{\"id\":\"video_demo_source\",\"object\":\"video\",\"status\":\"completed\"}"_s;
    QTest::newRow("content url")
        << u"http://127.0.0.1:9/v1/videos/video_demo_source/content?variant=video"_s;
    QTest::newRow("id with newline") << u"  video_demo_source\n"_s;
}

void TestRemixFlow::takesTheIdOutOfAPastedAnswerOrUrl() {
    QFETCH(QString, pasted);
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QGuiApplication::clipboard()->setText(pasted);
    ui.chooseMode(SubmitForm::Mode::Remix);
    ui.videoId()->setFocus();
    QTest::keySequence(ui.videoId(), QKeySequence::Paste);
    QVERIFY(!ui.find<QLabel>(u"videoIdReasonLabel"_s)->isVisible());
    ui.typePrompt(u"pasted"_s);
    // Once the field is left, it shows the ID found in what was pasted.
    QCOMPARE(ui.videoId()->text(), u"video_demo_source"_s);
    ui.clickSubmit();
    QTRY_COMPARE_WITH_TIMEOUT(posts().size(), 1, 5000);
    QCOMPARE(posts().first()[u"path"_s].toString(), u"/v1/videos/video_demo_source/remix"_s);
}

void TestRemixFlow::remixThisResultFillsTheForm() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.fillAndSubmit(u"video_demo_source"_s, u"first pass"_s);
    auto* again = ui.find<QPushButton>(u"remixResultPushButton"_s);
    QVERIFY(!again->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(again->isEnabled(), 15'000);
    const QString newId = ui.record(0).videoId;
    QTest::mouseClick(again, Qt::LeftButton);
    QCOMPARE(ui.videoId()->text(), newId);
    ui.typePrompt(u"second pass"_s);
    ui.clickSubmit();
    QTRY_COMPARE_WITH_TIMEOUT(posts().size(), 2, 5000);
    QCOMPARE(posts().at(1)[u"path"_s].toString(), u"/v1/videos/"_s + newId + u"/remix"_s);
}

void TestRemixFlow::stopFollowingLeavesTheJobAlone() {
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 60'000}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.fillAndSubmit(u"video_demo_source"_s, u"slow"_s);
    auto* stop = ui.find<QPushButton>(u"stopFollowingPushButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(stop->isEnabled(), 5000);
    const QString id = ui.record(0).videoId;
    QTRY_VERIFY_WITH_TIMEOUT(m_mock.countRequests("GET", u"/v1/videos/"_s + id) >= 1, 5000);
    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(ui.find<StatusBadge>(u"statusBadge"_s)->state(), StatusBadge::State::Stopped);
    QVERIFY(!stop->isEnabled());
    const int polls = m_mock.countRequests("GET", u"/v1/videos/"_s + id);
    QTest::qWait(WindowHarness::PollIntervalMs * 4);
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/"_s + id), polls);
}

VIDEOREMIX_GUI_TEST_MAIN(TestRemixFlow)
#include "tst_remixflow.moc"
