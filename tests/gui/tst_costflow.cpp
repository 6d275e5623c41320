#include "guitest.h"

#include <QJsonArray>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

// The cost before the click and the month's budget, in the window: the live
// estimate, the question when a submit would pass the budget (Cancel sends
// nothing), and what was spent in the status bar.
class TestCostFlow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void theEstimateFollowsTheFields();
    void aRemixIsPricedByItsSource();
    void passingTheBudgetAsksFirst();

private:
    int createPosts();
    void setVersions(WindowHarness& ui, int versions);

    MockServerProcess m_mock;
};

void TestCostFlow::initTestCase() {
    QVERIFY(m_mock.start());
}

void TestCostFlow::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 800}}));
    QLocale::setDefault(QLocale(u"en_US"_s));
}

int TestCostFlow::createPosts() {
    return m_mock.countRequests("POST", u"/v1/videos"_s) -
           m_mock.countRequests("POST", u"/v1/videos/*/remix"_s);
}

void TestCostFlow::setVersions(WindowHarness& ui, int versions) {
    auto* spin = ui.find<QSpinBox>(u"versionsSpinBox"_s);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(versions));
    QCOMPARE(spin->value(), versions);
}

void TestCostFlow::theEstimateFollowsTheFields() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    auto* cost = ui.find<QLabel>(u"costValueLabel"_s);
    QTRY_COMPARE(cost->text(), u"About $0.40"_s); // sora-2, 4 s, 720p at $0.10
    setVersions(ui, 3);
    QTRY_VERIFY2(cost->text().startsWith(u"About $1.20"_s), qPrintable(cost->text()));

    auto* model = ui.find<QComboBox>(u"modelComboBox"_s);
    model->setFocus();
    model->lineEdit()->selectAll();
    QTest::keyClicks(model->lineEdit(), u"veo-3"_s);
    QTRY_VERIFY(cost->text().startsWith(u"Unknown"_s));
    QVERIFY(cost->toolTip().contains(u"veo-3"_s));
}

void TestCostFlow::aRemixIsPricedByItsSource() {
    QVERIFY(m_mock.addVideo({{u"id"_s, u"video_pro_source"_s},
                             {u"model"_s, u"sora-2-pro"_s},
                             {u"seconds"_s, u"8"_s},
                             {u"size"_s, u"1792x1024"_s},
                             {u"status"_s, u"completed"_s}}));
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.typeVideoId(u"video_pro_source"_s);
    auto* cost = ui.find<QLabel>(u"costValueLabel"_s);
    // Nothing is asked while the form cannot be sent (here: no prompt yet).
    QTest::qWait(900);
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_pro_source"_s), 0);
    QCOMPARE(cost->text(), u"Unknown"_s);
    ui.typePrompt(u"in the rain"_s);
    // Not in the library: one GET of the source, then 8 s of the 1792 class at $0.50.
    QTRY_COMPARE_WITH_TIMEOUT(cost->text(), u"About $4.00"_s, 5000);
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/video_pro_source"_s), 1);
    ui.typeVideoId(u"video_nobody_knows"_s);
    QTRY_VERIFY_WITH_TIMEOUT(cost->toolTip().contains(u"could not be looked up"_s), 5000);
    QCOMPARE(cost->text(), u"Unknown"_s);
    // Asked once the typing stopped, not once per key.
    QCOMPARE(m_mock.countRequests("GET", u"/v1/videos/*"_s), 2);
}

void TestCostFlow::passingTheBudgetAsksFirst() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    GatewaySetup setup = WindowHarness::setupFor(m_mock.baseUrl(), m_mock.apiKey());
    setup.monthlyBudget = 1.00;
    ui.window().setGateway(setup);
    auto* spend = ui.find<QLabel>(u"spendStatusLabel"_s);
    QTRY_VERIFY2(spend->text().contains(u"This month $0.00 / $1.00"_s), qPrintable(spend->text()));

    ui.typePrompt(u"three foxes"_s);
    setVersions(ui, 3); // 3 x $0.40 = $1.20, $0.20 over
    auto* cost = ui.find<QLabel>(u"costValueLabel"_s);
    QTRY_VERIFY(cost->text().contains(u"$1.00 left"_s));

    bool asked = false;
    WindowHarness::answerMessageBox(u"budgetMessageBox"_s, u"Cancel"_s, &asked);
    ui.clickSubmit();
    QTRY_VERIFY(asked);
    QTest::qWait(300);
    QCOMPARE(createPosts(), 0);
    QCOMPARE(ui.jobs().rowCount(), 0);

    asked = false;
    WindowHarness::answerMessageBox(u"budgetMessageBox"_s, u"Submit Anyway"_s, &asked);
    ui.clickSubmit();
    QTRY_VERIFY(asked);
    QTRY_COMPARE_WITH_TIMEOUT(createPosts(), 3, 5000);
    QTRY_COMPARE(ui.jobs().rowCount(), 3);
    QVERIFY(qFuzzyCompare(*ui.record(0).estimateAmount, 0.40));
    QCOMPARE(ui.record(0).estimateCurrency, u"USD"_s);
    QTRY_VERIFY_WITH_TIMEOUT(spend->text().contains(u"This month $1.20 / $1.00"_s), 5000);

    // Within the budget: no question.
    setVersions(ui, 1);
    setup.monthlyBudget = 10.00;
    ui.window().setGateway(setup);
    ui.clickSubmit();
    QTRY_COMPARE_WITH_TIMEOUT(createPosts(), 4, 5000);
    QVERIFY(!QApplication::activeModalWidget());
}

VIDEOREMIX_GUI_TEST_MAIN(TestCostFlow)
#include "tst_costflow.moc"
