#include "guitest.h"

#include "api/remixrequest.h"

#include <QLabel>

using namespace Qt::StringLiterals;

// A bad field never reaches the network: the button stays disabled, the form
// says why, and the gateway hears nothing, whatever the user clicks or presses.
class TestFormValidation final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void invalidFieldsKeepRemixDisabled_data();
    void invalidFieldsKeepRemixDisabled();
    void explainsTheIdAsItIsTyped();
    void promptCountsCharacters();
    void noGatewayMeansNoRemix();

private:
    MockServerProcess m_mock;
};

void TestFormValidation::initTestCase() {
    QVERIFY(m_mock.start());
}

void TestFormValidation::init() {
    QVERIFY(m_mock.reset());
}

void TestFormValidation::invalidFieldsKeepRemixDisabled_data() {
    QTest::addColumn<QString>("videoId");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("size"); // empty: leave "Same as source"
    QTest::addColumn<QString>("reasonLabel");
    QTest::addColumn<QString>("reason");

    const QString ok = u"video_demo_source"_s;
    QTest::newRow("dot-dot id") << u".."_s << u"snow"_s << QString() << u"videoIdReasonLabel"_s
                                << RemixRequest::describe(FieldProblem::VideoIdIsDotSegment);
    QTest::newRow("slash in id") << u"a/b"_s << u"snow"_s << QString() << u"videoIdReasonLabel"_s
                                 << RemixRequest::describe(
                                        FieldProblem::VideoIdHasReservedCharacter);
    QTest::newRow("percent in id")
        << u"video%2e"_s << u"snow"_s << QString() << u"videoIdReasonLabel"_s
        << RemixRequest::describe(FieldProblem::VideoIdHasReservedCharacter);
    QTest::newRow("over-long id") << QString(RemixRequest::MaxVideoIdLength + 1, u'v') << u"snow"_s
                                  << QString() << u"videoIdReasonLabel"_s
                                  << RemixRequest::describe(FieldProblem::VideoIdTooLong);
    QTest::newRow("blank prompt") << ok << u"   "_s << QString() << QString()
                                  << RemixRequest::describe(FieldProblem::PromptEmpty);
    QTest::newRow("malformed size") << ok << u"snow"_s << u"1280x"_s << u"sizeReasonLabel"_s
                                    << RemixRequest::describe(FieldProblem::SizeMalformed);
    QTest::newRow("size out of range") << ok << u"snow"_s << u"5000x5000"_s << u"sizeReasonLabel"_s
                                       << RemixRequest::describe(FieldProblem::SizeOutOfRange);
}

void TestFormValidation::invalidFieldsKeepRemixDisabled() {
    QFETCH(QString, videoId);
    QFETCH(QString, prompt);
    QFETCH(QString, size);
    QFETCH(QString, reasonLabel);
    QFETCH(QString, reason);

    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.typeVideoId(videoId);
    ui.typePrompt(prompt);
    if (!size.isEmpty())
        ui.typeSize(size);

    QVERIFY(!ui.submitButton()->isEnabled());
    // The tooltip says what is missing.
    QVERIFY2(ui.submitButton()->toolTip().contains(reason),
             qPrintable(ui.submitButton()->toolTip()));
    if (!reasonLabel.isEmpty()) {
        auto* label = ui.find<QLabel>(reasonLabel);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), reason);
    }

    // Every way of submitting, and still nothing reaches the gateway.
    ui.clickSubmit();
    QTest::keyClick(ui.prompt(), Qt::Key_Return, Qt::ControlModifier);
    ui.window().submit();
    QTest::qWait(300);
    QCOMPARE(ui.jobs().rowCount(), 0);
    QCOMPARE(m_mock.requests().size(), 0);
}

void TestFormValidation::explainsTheIdAsItIsTyped() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    auto* reason = ui.find<QLabel>(u"videoIdReasonLabel"_s);
    QVERIFY(!reason->isVisible()); // an untouched form does not scold
    ui.typeVideoId(u"video/"_s);
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), RemixRequest::describe(FieldProblem::VideoIdHasReservedCharacter));
    QTest::keyClick(ui.videoId(), Qt::Key_Backspace);
    QVERIFY(!reason->isVisible());
    QTest::keyClick(ui.videoId(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(ui.videoId(), Qt::Key_Backspace);
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), RemixRequest::describe(FieldProblem::VideoIdEmpty));
}

void TestFormValidation::promptCountsCharacters() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    auto* count = ui.find<QLabel>(u"promptCountLabel"_s);
    ui.typePrompt(u"雪景"_s);
    QVERIFY2(count->text().startsWith(u"2 / "_s), qPrintable(count->text()));
}

void TestFormValidation::noGatewayMeansNoRemix() {
    LanguageManager languages;
    ScratchLibrary scratch;
    MainWindow window(&languages, &scratch.library());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The welcome page offers the demo instead of a form that cannot work.
    auto* tryDemo = window.findChild<QPushButton*>(u"tryDemoPushButton"_s);
    QVERIFY(tryDemo && tryDemo->isVisible());
    auto* remix = window.findChild<QPushButton*>(u"submitPushButton"_s);
    QVERIFY(!remix->isEnabled());
    QVERIFY(remix->toolTip().contains(u"No gateway"_s));
}

VIDEOREMIX_GUI_TEST_MAIN(TestFormValidation)
#include "tst_formvalidation.moc"
