#include "guitest.h"

#include "jobs/joblineage.h"
#include "referenceimagefield.h"
#include "versionsstrip.h"
#include "videopreview.h"

#include <QClipboard>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMimeData>
#include <QSpinBox>
#include <QToolButton>

using namespace Qt::StringLiterals;

// Making new videos in the window, as a user does: the New Video tab, a model,
// a reference image dropped or pasted in, three versions from one click, all
// followed to the end, side by side, played; then one of them remixed.
class TestNewVideoFlow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void aFreshWindowMakesANewVideo();
    void offersOnlyWhatTheModelMakesAndSaysWhy();
    void aTypedUnknownModelIsSentAsTyped();
    void threeVersionsFromADroppedImageCompleteAndPlay();
    void aPastedImageIsFittedAndABadOneBlocksTheButton();
    void remixThisOnACreatedVideoSwitchesToRemix();
    void aDoubleCtrlEnterAsksBeforeASecondPaidJob();
    void altXAndAltNSwitchTheTabs();

private:
    QJsonArray createPosts();
    QJsonObject firstCreateBody();
    static void selectModel(WindowHarness& ui, const QString& model);

    MockServerProcess m_mock;
    QTemporaryDir m_files;
};

void TestNewVideoFlow::initTestCase() {
    QVERIFY(m_mock.start());
    QVERIFY(m_files.isValid());
}

void TestNewVideoFlow::init() {
    QVERIFY(m_mock.reset());
    QVERIFY(m_mock.configure({{u"jobDurationMs"_s, 1500}}));
    QGuiApplication::clipboard()->clear();
}

QJsonArray TestNewVideoFlow::createPosts() {
    QJsonArray result;
    for (const QJsonValue& entry : m_mock.requests()) {
        if (entry[u"method"_s].toString() == u"POST"_s &&
            entry[u"path"_s].toString() == u"/v1/videos"_s)
            result.append(entry);
    }
    return result;
}

QJsonObject TestNewVideoFlow::firstCreateBody() {
    return QJsonDocument::fromJson(createPosts().first()[u"body"_s].toString().toUtf8()).object();
}

// The keyboard way: focus the combo and step to the model.
void TestNewVideoFlow::selectModel(WindowHarness& ui, const QString& model) {
    auto* combo = ui.find<QComboBox>(u"modelComboBox"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != model; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), model);
}

void TestNewVideoFlow::aFreshWindowMakesANewVideo() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QVERIFY(ui.isExposed());
    QCOMPARE(ui.modeTabs()->currentIndex(), 0);
    QVERIFY(!ui.videoId()->isVisible());
    QVERIFY(ui.find<QComboBox>(u"modelComboBox"_s)->isVisible());
    QCOMPARE(ui.submitButton()->text(), u"&Create"_s);
    QVERIFY(!ui.submitButton()->isEnabled()); // no prompt yet

    ui.typePrompt(u"a lighthouse at dawn"_s);
    QTRY_VERIFY(ui.submitButton()->isEnabled());
    QTest::keyClick(ui.prompt(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(createPosts().size(), 1, 5000);
    const QJsonObject body = firstCreateBody();
    QCOMPARE(body.value(u"prompt"_s).toString(), u"a lighthouse at dawn"_s);
    QCOMPARE(body.value(u"model"_s).toString(), u"sora-2"_s);
    QCOMPARE(body.value(u"seconds"_s).toString(), u"4"_s);
    QCOMPARE(body.value(u"size"_s).toString(), u"720x1280"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ui.record(0).state, JobState::Completed, 15'000);
    QCOMPARE(ui.record(0).kind, JobKind::Create);
}

void TestNewVideoFlow::offersOnlyWhatTheModelMakesAndSaysWhy() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.typePrompt(u"fox"_s);
    QCOMPARE(ui.size()->count(), 2); // sora-2: two sizes
    auto* hint = ui.find<QLabel>(u"modelHintLabel"_s);
    QVERIFY2(hint->text().contains(u"sora-2-pro"_s) && hint->text().contains(u"1792x1024"_s),
             qPrintable(hint->text()));

    // A size the model does not make, typed anyway: said, and nothing can be sent.
    ui.typeSize(u"1792x1024"_s);
    auto* reason = ui.find<QLabel>(u"sizeReasonLabel"_s);
    QTRY_VERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(u"720x1280"_s), qPrintable(reason->text()));
    QVERIFY(!ui.submitButton()->isEnabled());

    selectModel(ui, u"sora-2-pro"_s);
    QCOMPARE(ui.size()->count(), 6);
    QCOMPARE(ui.size()->currentText(), u"1792x1024"_s); // kept: the new model makes it
    QTRY_VERIFY(!reason->isVisible());
    QVERIFY(ui.submitButton()->isEnabled());

    auto* seconds = ui.find<QComboBox>(u"secondsComboBox"_s);
    seconds->setFocus();
    seconds->lineEdit()->selectAll();
    QTest::keyClicks(seconds->lineEdit(), u"5"_s);
    QTRY_VERIFY(reason->isVisible());
    QVERIFY(reason->text().contains(u"12"_s));
    QVERIFY(!ui.submitButton()->isEnabled());
    QTest::mouseClick(ui.submitButton(), Qt::LeftButton);
    QTest::qWait(200);
    QCOMPARE(createPosts().size(), 0);
}

void TestNewVideoFlow::aTypedUnknownModelIsSentAsTyped() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.typePrompt(u"waves"_s);
    auto* model = ui.find<QComboBox>(u"modelComboBox"_s);
    model->setFocus();
    model->lineEdit()->selectAll();
    QTest::keyClicks(model->lineEdit(), u"veo-3-fast"_s);
    QVERIFY(ui.find<QLabel>(u"modelHintLabel"_s)->text().contains(u"does not know"_s));
    ui.typeSize(u"1440x1440"_s);
    auto* seconds = ui.find<QComboBox>(u"secondsComboBox"_s);
    seconds->lineEdit()->selectAll();
    QTest::keyClicks(seconds->lineEdit(), u"6"_s);
    QTRY_VERIFY(ui.submitButton()->isEnabled());
    ui.clickSubmit();
    QTRY_COMPARE_WITH_TIMEOUT(createPosts().size(), 1, 5000);
    const QJsonObject body = firstCreateBody();
    QCOMPARE(body.value(u"model"_s).toString(), u"veo-3-fast"_s);
    QCOMPARE(body.value(u"size"_s).toString(), u"1440x1440"_s);
    QCOMPARE(body.value(u"seconds"_s).toString(), u"6"_s);
}

void TestNewVideoFlow::threeVersionsFromADroppedImageCompleteAndPlay() {
    const QString imagePath = m_files.filePath(u"beach.jpg"_s);
    QImage photo(2000, 1500, QImage::Format_RGB32);
    photo.fill(Qt::darkYellow);
    QVERIFY(photo.save(imagePath, "JPEG"));

    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.typePrompt(u"the tide comes in"_s);
    selectModel(ui, u"sora-2-pro"_s);
    ui.typeSize(u"1280x720"_s);

    // Dropped from a file manager.
    auto* field = ui.find<ReferenceImageField>(u"referenceImageField"_s);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(imagePath)});
    QDragEnterEvent enter(field->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(field, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(field->rect().center()), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(field, &drop);
    QTRY_VERIFY_WITH_TIMEOUT(field->prepared().has_value(), 10'000);
    QCOMPARE(field->prepared()->size, QSize(1280, 720));
    QVERIFY(field->prepared()->fitted);
    QVERIFY(!ui.find<QLabel>(u"referencePreviewLabel"_s)->pixmap().isNull());
    QVERIFY(ui.find<QLabel>(u"referenceInfoLabel"_s)->text().contains(u"2000×1500"_s));

    auto* versions = ui.find<QSpinBox>(u"versionsSpinBox"_s);
    versions->setFocus();
    versions->selectAll();
    QTest::keyClicks(versions, u"3"_s);
    QCOMPARE(versions->value(), 3);
    QTRY_VERIFY(ui.submitButton()->isEnabled());
    ui.clickSubmit();

    QTRY_COMPARE_WITH_TIMEOUT(createPosts().size(), 3, 10'000);
    for (const QJsonValue& post : createPosts()) {
        bool image = false;
        for (const QJsonValue& part : post[u"parts"_s].toArray()) {
            if (part[u"name"_s].toString() != u"input_reference"_s)
                continue;
            image = true;
            QCOMPARE(part[u"content_type"_s].toString(), u"image/jpeg"_s);
            QCOMPARE(part[u"width"_s].toInt(), 1280);
            QCOMPARE(part[u"height"_s].toInt(), 720);
        }
        QVERIFY(image);
    }
    QTRY_VERIFY_WITH_TIMEOUT(ui.jobs().rowCount() == 3 && ui.record(0).downloaded &&
                                 ui.record(1).downloaded && ui.record(2).downloaded,
                             20'000);
    QCOMPARE(ui.record(0).groupId, ui.record(2).groupId);

    // Side by side in the details: three versions, the shown one checked.
    auto* strip = ui.find<VersionsStrip>(u"versionsStrip"_s);
    QTRY_COMPARE(strip->count(), 3);
    QVERIFY(strip->isVisible());
    auto* second = strip->findChild<QToolButton*>(u"versionToolButton2"_s);
    QTest::mouseClick(second, Qt::LeftButton);
    QTRY_VERIFY(second->isChecked());
    QCOMPARE(ui.window().currentJobId(),
             JobLineage(ui.store()).versionsOf(ui.record(0).groupId).at(1).id);
    auto* preview = ui.find<VideoPreview>(u"videoPreview"_s);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isPlaying(), 10'000);
}

void TestNewVideoFlow::aPastedImageIsFittedAndABadOneBlocksTheButton() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.typePrompt(u"from the clipboard"_s);
    auto* field = ui.find<ReferenceImageField>(u"referenceImageField"_s);

    QImage square(900, 900, QImage::Format_RGB32);
    square.fill(Qt::darkMagenta);
    QGuiApplication::clipboard()->setImage(square);
    field->setFocus();
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(field->prepared().has_value(), 10'000);
    QCOMPARE(field->prepared()->size, QSize(720, 1280));
    QCOMPARE(field->prepared()->contentType, "image/png"_ba);
    QVERIFY(ui.submitButton()->isEnabled());

    // A file that is no image: said in the field, the button stays off, nothing is sent.
    const QString bogus = m_files.filePath(u"notes.png"_s);
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an image at all");
    file.close();
    field->setImageFile(bogus);
    QTRY_VERIFY_WITH_TIMEOUT(!field->problem().isEmpty(), 10'000);
    QVERIFY(ui.find<QLabel>(u"referenceInfoLabel"_s)->text().contains(u"notes.png"_s));
    QVERIFY(!ui.submitButton()->isEnabled());
    QVERIFY(ui.submitButton()->toolTip().contains(field->problem()));
    QTest::keyClick(ui.prompt(), Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(200);
    QCOMPARE(createPosts().size(), 0);

    QTest::mouseClick(ui.find<QPushButton>(u"clearImagePushButton"_s), Qt::LeftButton);
    QVERIFY(!field->hasImage());
    QTRY_VERIFY(ui.submitButton()->isEnabled());
}

void TestNewVideoFlow::remixThisOnACreatedVideoSwitchesToRemix() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.typePrompt(u"a first video"_s);
    ui.clickSubmit();
    auto* again = ui.find<QPushButton>(u"remixResultPushButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(again->isEnabled(), 15'000);
    const QString created = ui.record(0).videoId;
    QTest::mouseClick(again, Qt::LeftButton);
    QCOMPARE(ui.modeTabs()->currentIndex(), 1);
    QCOMPARE(ui.videoId()->text(), created);
    QCOMPARE(ui.submitButton()->text(), u"&Remix"_s);
    ui.typePrompt(u"now in purple"_s);
    ui.clickSubmit();
    QTRY_VERIFY_WITH_TIMEOUT(ui.jobs().rowCount() == 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(ui.record(0).sourceVideoId, created, 5000);
    QVERIFY(JobLineage(*ui.library().store()).remixedFrom(ui.record(0).id).has_value());
}

void TestNewVideoFlow::aDoubleCtrlEnterAsksBeforeASecondPaidJob() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    ui.typePrompt(u"only once"_s);
    QTest::keyClick(ui.prompt(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(createPosts().size(), 1, 5000);

    bool asked = false;
    WindowHarness::answerMessageBox(u"repeatMessageBox"_s, u"Cancel"_s, &asked);
    QTest::keyClick(ui.prompt(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(asked);
    QTest::qWait(300);
    QCOMPARE(createPosts().size(), 1);
    QCOMPARE(ui.jobs().rowCount(), 1);

    // Said on purpose: it goes.
    asked = false;
    WindowHarness::answerMessageBox(u"repeatMessageBox"_s, u"Send Again"_s, &asked);
    QTest::keyClick(ui.prompt(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(asked);
    QTRY_COMPARE_WITH_TIMEOUT(createPosts().size(), 2, 5000);

    // Another prompt is no repeat.
    ui.typePrompt(u"something else"_s);
    QTest::keyClick(ui.prompt(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(createPosts().size(), 3, 5000);
}

void TestNewVideoFlow::altXAndAltNSwitchTheTabs() {
    WindowHarness ui(m_mock.baseUrl(), m_mock.apiKey());
    QCOMPARE(ui.modeTabs()->currentIndex(), 0);
    QTest::keyClick(&ui.window(), Qt::Key_X, Qt::AltModifier);
    QTRY_COMPARE(ui.modeTabs()->currentIndex(), 1);
    QVERIFY(ui.videoId()->isVisible());
    QTest::keyClick(&ui.window(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(ui.modeTabs()->currentIndex(), 0);
    QVERIFY(!ui.videoId()->isVisible());
}

VIDEOREMIX_GUI_TEST_MAIN(TestNewVideoFlow)
#include "tst_newvideoflow.moc"
