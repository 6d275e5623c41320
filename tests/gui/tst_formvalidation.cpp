#include "guitest.h"

#include "api/remixrequest.h"

#include <QClipboard>
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
    void typedAndPastedIdsFollowOneRule_data();
    void typedAndPastedIdsFollowOneRule();
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

void TestFormValidation::typedAndPastedIdsFollowOneRule_data() {
    QTest::addColumn<bool>("pasted");
    QTest::addColumn<QString>("text");
    QTest::addColumn<FieldProblem>("problem");
    QTest::addColumn<QString>("sent"); // what the field shows once left; empty: nothing is sent

    const struct {
        const char* name;
        QString text;
        FieldProblem problem;
        QString sent;
    } cases[] = {
        {"words", u"hello world !!"_s, FieldProblem::VideoIdHasWhitespace, {}},
        {"error answer",
         u"{\"error\":{\"message\":\"Invalid token\"}}"_s,
         FieldProblem::VideoIdNotInText,
         {}},
        {"url of another endpoint",
         u"http://127.0.0.1:9/v1/models"_s,
         FieldProblem::VideoIdNotInText,
         {}},
        {"content url", u"http://127.0.0.1:9/v1/videos/video_demo_source/content?variant=video"_s,
         FieldProblem::None, u"video_demo_source"_s},
        {"gateway answer", u"{\"id\": \"video_demo_source\", \"object\": \"video\"}"_s,
         FieldProblem::None, u"video_demo_source"_s},
        {"id with spaces around", u"  video_demo_source "_s, FieldProblem::None,
         u"video_demo_source"_s},
    };
    for (const auto& c : cases) {
        for (const bool pasted : {false, true}) {
            QTest::addRow("%s, %s", c.name, pasted ? "pasted" : "typed")
                << pasted << c.text << c.problem << c.sent;
        }
    }
}

// Whether typed key by key or pasted at once, the same text gets the same
// treatment: the field is not changed while it is edited, an invalid text
// gets one reason and sends nothing, and an ID found in a text is what is sent.
void TestFormValidation::typedAndPastedIdsFollowOneRule() {
    QFETCH(bool, pasted);
    QFETCH(QString, text);
    QFETCH(FieldProblem, problem);
    QFETCH(QString, sent);

    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    if (pasted) {
        QApplication::clipboard()->setText(text);
        ui.chooseMode(SubmitForm::Mode::Remix);
        ui.videoId()->setFocus();
        QTest::keySequence(ui.videoId(), QKeySequence::Paste);
    } else {
        ui.typeVideoId(text);
    }
    QCOMPARE(ui.videoId()->text(), text);
    auto* reason = ui.find<QLabel>(u"videoIdReasonLabel"_s);
    QCOMPARE(reason->isVisible(), problem != FieldProblem::None);
    QCOMPARE(reason->text(), RemixRequest::describe(problem));

    ui.typePrompt(u"snow"_s);
    QCOMPARE(ui.videoId()->text(), sent.isEmpty() ? text : sent);
    QCOMPARE(ui.submitButton()->isEnabled(), !sent.isEmpty());
    if (sent.isEmpty()) {
        ui.clickSubmit();
        QTest::keyClick(ui.prompt(), Qt::Key_Return, Qt::ControlModifier);
        QTest::qWait(300);
        QCOMPARE(m_mock.requests().size(), 0);
        QCOMPARE(ui.jobs().rowCount(), 0);
        return;
    }
    ui.clickSubmit();
    QTRY_COMPARE_WITH_TIMEOUT(m_mock.countRequests("POST", u"/v1/videos/**"_s), 1, 5000);
    QCOMPARE(m_mock.countRequests("POST", u"/v1/videos/%1/remix"_s.arg(sent)), 1);
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
