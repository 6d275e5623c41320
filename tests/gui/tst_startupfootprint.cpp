// What the window loads before its first paint: not Qt Multimedia (the preview
// loads it), no image-format plugin (nothing reads an image file to start)
// and no network-reachability backend (only a remote gateway needs one). Each
// costs the start-up libraries to load and relocate (docs/performance.md).
#include "appicon.h"
#include "guitest.h"
#include "lazyimagestyle.h"
#include "loadedlibraries.h"

#include <QGroupBox>
#include <QPainter>
#include <QStyleFactory>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QImage renderGroupBox(QStyle* style) {
    QWidget window;
    window.setStyle(style);
    auto* box = new QGroupBox(u"History"_s, &window);
    box->setStyle(style);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(box);
    window.resize(240, 120);
    QImage image(window.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    window.render(&image);
    return image;
}

} // namespace

class TestStartupFootprint final : public QObject {
    Q_OBJECT

private slots:
    void windowPaintsWithoutLoadingWhatItDoesNotShow();
    void standardIconsAreReadWhenFirstDrawn();
    void groupBoxFrameLooksLikeFusions();
};

void TestStartupFootprint::windowPaintsWithoutLoadingWhatItDoesNotShow() {
    QApplication::setStyle(new LazyImageStyle(QApplication::style()->name()));
    QApplication::setWindowIcon(applicationIcon());
    ScratchLibrary scratch;
    LanguageManager languages;
    MainWindow window(&languages, &scratch.library());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    window.grab(); // paints every visible widget

    QVERIFY2(!libraryLoaded("libQt6Multimedia"), "the window loaded Qt Multimedia");
    QVERIFY2(!libraryLoaded("/imageformats/"), "the window read an image through the plugins");
    QVERIFY2(!libraryLoaded("/networkinformation/"), "the window loaded a network backend");

    // The app's icon is there all the same, read without the plugins.
    QVERIFY(!QApplication::windowIcon().pixmap(32, 32).isNull());
    QVERIFY(!libraryLoaded("/imageformats/"));
}

void TestStartupFootprint::standardIconsAreReadWhenFirstDrawn() {
    LazyImageStyle style(u"fusion"_s);
    const QIcon icon = style.standardIcon(QStyle::SP_MessageBoxWarning);
    QVERIFY(!icon.isNull());
    QVERIFY(!libraryLoaded("/imageformats/"));
    // Drawn, it is the wrapped style's own icon.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_s));
    const QImage expected =
        fusion->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32).toImage();
    QVERIFY(!expected.isNull());
    QCOMPARE(icon.pixmap(32, 32).toImage(), expected);
}

void TestStartupFootprint::groupBoxFrameLooksLikeFusions() {
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_s));
    LazyImageStyle lazy(u"fusion"_s);
    const QImage expected = renderGroupBox(fusion.get());
    const QImage actual = renderGroupBox(&lazy);
    QCOMPARE(actual.size(), expected.size());
    // The same frame in the same place: only the antialiased corners may differ,
    // by a little; the edges (hundreds of pixels) are within a few levels.
    int differing = 0;
    int worst = 0;
    int framePixels = 0;
    for (int y = 0; y < expected.height(); ++y) {
        for (int x = 0; x < expected.width(); ++x) {
            const QRgb a = actual.pixel(x, y);
            const QRgb e = expected.pixel(x, y);
            const int difference =
                std::max({std::abs(qRed(a) - qRed(e)), std::abs(qGreen(a) - qGreen(e)),
                          std::abs(qBlue(a) - qBlue(e))});
            worst = std::max(worst, difference);
            if (difference > 3)
                ++differing;
            if (qGray(e) < 230) // darker than the window behind it
                ++framePixels;
        }
    }
    QVERIFY2(framePixels > 500, qPrintable(u"only %1 frame pixels"_s.arg(framePixels)));
    QVERIFY2(differing <= 32,
             qPrintable(u"%1 pixels differ (worst by %2 levels)"_s.arg(differing).arg(worst)));
    QVERIFY2(worst <= 24, qPrintable(u"a pixel differs by %1 levels"_s.arg(worst)));
}

VIDEOREMIX_GUI_TEST_MAIN(TestStartupFootprint)
#include "tst_startupfootprint.moc"
