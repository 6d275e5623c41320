// The window's colours of meaning (the error banner, job states, warnings and
// problem text) read on a light, a dark and a high-contrast palette: measured on
// the pixels the real widgets paint, as the WCAG contrast ratio of text to its
// background, after the palette changed under widgets that already existed.
#include "apppalette.h"
#include "errorbanner.h"
#include "guitest.h"
#include "problemtext.h"
#include "statusbadge.h"
#include "themecolors.h"

#include <QHash>
#include <QLabel>
#include <QProcess>
#include <QStyleFactory>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr double MinimumContrast = 4.5; // WCAG 2 AA, body text

// What a piece of text looks like on screen: the colour most of its area has,
// and the colour of its glyphs' cores (the pixel furthest from that background).
struct Sample {
    QColor background;
    QColor ink;
    double contrast() const { return ThemeColors::contrastRatio(ink, background); }
};

Sample sampleText(QWidget* widget) {
    QWidget* window = widget->window();
    const QRect area(widget->mapTo(window, QPoint(0, 0)), widget->size());
    // The window's rendering of that area: whatever paints behind the widget counts.
    const QImage image = window->grab(area).toImage().convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            ++counts[line[x]];
    }
    Sample sample;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            sample.background = QColor(it.key());
        }
    }
    sample.ink = sample.background;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (ThemeColors::contrastRatio(QColor(it.key()), sample.background) >
            ThemeColors::contrastRatio(sample.ink, sample.background))
            sample.ink = QColor(it.key());
    }
    return sample;
}

QString describe(const QString& what, const Sample& sample) {
    return u"%1: %2 on %3 is %4:1"_s.arg(what, sample.ink.name(), sample.background.name())
        .arg(sample.contrast(), 0, 'f', 2);
}

// A tinted panel keeps to its theme: on a dark window it is dark, on a light one light.
bool sitsOnItsTheme(const QColor& background, const QPalette& palette) {
    const double own = ThemeColors::relativeLuminance(background);
    return std::abs(own - ThemeColors::relativeLuminance(palette.color(QPalette::Window))) <
           std::abs(own - ThemeColors::relativeLuminance(palette.color(QPalette::WindowText)));
}

void settle() {
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
}

} // namespace

class TestThemeContrast final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void contrastRatioFollowsWcag_data();
    void contrastRatioFollowsWcag();
    void readableColorsReachTheMinimum_data();
    void readableColorsReachTheMinimum();
    void namedPalettes();
    void appStartsWithANamedPalette_data();
    void appStartsWithANamedPalette();
    void errorBannerReads_data() { palettes(); }
    void errorBannerReads();
    void statusBadgeReadsInEveryState_data() { palettes(); }
    void statusBadgeReadsInEveryState();
    void warningsRead_data() { palettes(); }
    void warningsRead();
    void problemTextReads_data() { palettes(); }
    void problemTextReads();

private:
    static void palettes();
    void usePalette();

    std::unique_ptr<WindowHarness> m_ui;
    QPalette m_original;
};

void TestThemeContrast::initTestCase() {
    // Fusion paints with any palette, as the app's --palette and most desktops do.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    m_original = QApplication::palette();
    QApplication::setPalette(*AppPalette::named(u"light"_s));
    // The window exists before any palette changes: every colour must follow the change.
    m_ui = std::make_unique<WindowHarness>(QUrl(), QString{});
    QVERIFY(m_ui->isExposed());
}

void TestThemeContrast::cleanupTestCase() {
    m_ui.reset();
    QApplication::setPalette(m_original);
}

void TestThemeContrast::palettes() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << *AppPalette::named(u"light"_s);
    QTest::newRow("dark") << *AppPalette::named(u"dark"_s);
    QTest::newRow("high contrast") << *AppPalette::named(u"high-contrast"_s);
    // A system's high-contrast themes: nothing but black and white.
    QTest::newRow("white on black") << QPalette(QColor(Qt::white), QColor(Qt::black));
    QTest::newRow("black on white") << QPalette(QColor(Qt::black), QColor(Qt::white));
    // Back to light: the colours follow every change, not only the first.
    QTest::newRow("light again") << *AppPalette::named(u"light"_s);
}

void TestThemeContrast::usePalette() {
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    settle();
}

void TestThemeContrast::contrastRatioFollowsWcag_data() {
    QTest::addColumn<QColor>("a");
    QTest::addColumn<QColor>("b");
    QTest::addColumn<double>("ratio");
    // Reference values of the WCAG 2 formula (WebAIM's contrast checker).
    QTest::newRow("black on white") << QColor(Qt::black) << QColor(Qt::white) << 21.0;
    QTest::newRow("same colour") << QColor(0x12, 0x34, 0x56) << QColor(0x12, 0x34, 0x56) << 1.0;
    QTest::newRow("#777 on white") << QColor(0x77, 0x77, 0x77) << QColor(Qt::white) << 4.48;
    QTest::newRow("#767676 on white") << QColor(0x76, 0x76, 0x76) << QColor(Qt::white) << 4.54;
    QTest::newRow("white on #0b5ed7") << QColor(Qt::white) << QColor(0x0b, 0x5e, 0xd7) << 5.84;
    QTest::newRow("red on white") << QColor(Qt::red) << QColor(Qt::white) << 4.0;
}

void TestThemeContrast::contrastRatioFollowsWcag() {
    QFETCH(QColor, a);
    QFETCH(QColor, b);
    QFETCH(double, ratio);
    QVERIFY2(std::abs(ThemeColors::contrastRatio(a, b) - ratio) < 0.01,
             QByteArray::number(ThemeColors::contrastRatio(a, b)).constData());
    QCOMPARE(ThemeColors::contrastRatio(a, b), ThemeColors::contrastRatio(b, a));
}

void TestThemeContrast::readableColorsReachTheMinimum_data() {
    QTest::addColumn<QColor>("color");
    QTest::addColumn<QColor>("background");
    QTest::newRow("yellow on white") << QColor(Qt::yellow) << QColor(Qt::white);
    QTest::newRow("dark red on black") << QColor(0x60, 0x00, 0x00) << QColor(Qt::black);
    QTest::newRow("grey on mid grey") << QColor(0x80, 0x80, 0x80) << QColor(0x77, 0x77, 0x77);
    QTest::newRow("white on white") << QColor(Qt::white) << QColor(Qt::white);
    QTest::newRow("already fine") << QColor(Qt::black) << QColor(Qt::white);
}

void TestThemeContrast::readableColorsReachTheMinimum() {
    QFETCH(QColor, color);
    QFETCH(QColor, background);
    const QColor readable = ThemeColors::readableOn(color, background);
    QVERIFY2(ThemeColors::contrastRatio(readable, background) >= MinimumContrast,
             qPrintable(readable.name()));
    if (ThemeColors::contrastRatio(color, background) >= ThemeColors::TextContrast)
        QCOMPARE(readable, color); // a colour that reads is left alone
}

void TestThemeContrast::namedPalettes() {
    QCOMPARE(AppPalette::names(), (QStringList{u"light"_s, u"dark"_s, u"high-contrast"_s}));
    for (const QString& name : AppPalette::names()) {
        const std::optional<QPalette> palette = AppPalette::named(name);
        QVERIFY(palette);
        for (const auto& [text, background] : {std::pair{QPalette::WindowText, QPalette::Window},
                                               {QPalette::Text, QPalette::Base},
                                               {QPalette::ButtonText, QPalette::Button}}) {
            QVERIFY2(ThemeColors::contrastRatio(palette->color(text), palette->color(background)) >=
                         MinimumContrast,
                     qPrintable(name));
        }
    }
    QVERIFY(ThemeColors::relativeLuminance(AppPalette::named(u"dark"_s)->color(QPalette::Window)) <
            0.05);
    QCOMPARE(AppPalette::named(u"high-contrast"_s)->color(QPalette::Window), QColor(Qt::black));
    QVERIFY(!AppPalette::named(u"Dark"_s));
    QVERIFY(!AppPalette::named(u"system"_s));
    QVERIFY(!AppPalette::named(QString()));
}

void TestThemeContrast::appStartsWithANamedPalette_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("dark") << u"dark"_s << 0;
    QTest::newRow("high-contrast") << u"high-contrast"_s << 0;
    QTest::newRow("unknown") << u"sepia"_s << 2;
}

void TestThemeContrast::appStartsWithANamedPalette() {
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/videoremix"_s);
    for (const QString& key : {u"VIDEOREMIX_API_KEY"_s, u"OPENAI_API_KEY"_s,
                               u"VIDEOREMIX_BASE_URL"_s, u"OPENAI_BASE_URL"_s})
        environment.remove(key);
    QProcess app;
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(VIDEOREMIX_APP_PATH),
              {u"--language"_s, u"en"_s, u"--palette"_s, name, u"--quit-after-first-paint"_s});
    QVERIFY(app.waitForFinished(60000));
    const QString errors = QString::fromUtf8(app.readAllStandardError());
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == exitCode, qPrintable(errors));
    QCOMPARE(errors.contains(u"Unknown palette: "_s + name), exitCode != 0);
}

void TestThemeContrast::errorBannerReads() {
    usePalette();
    QFETCH(QPalette, palette);
    auto* banner = m_ui->find<ErrorBanner>(u"errorBanner"_s);
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 401;
    error.message = u"Incorrect API key provided."_s;
    error.messageZh = u"提供的 API 密钥不正确。"_s;
    banner->showError(error, QUrl(u"https://gateway.example.invalid"_s));
    settle();
    QVERIFY(banner->isVisible());

    for (const QString& name :
         {u"primaryMessageLabel"_s, u"secondaryMessageLabel"_s, u"helpLabel"_s}) {
        auto* label = banner->findChild<QLabel*>(name);
        QVERIFY2(label && label->isVisible() && !label->text().isEmpty(), qPrintable(name));
        const Sample sample = sampleText(label);
        QVERIFY2(sample.contrast() >= MinimumContrast, qPrintable(describe(name, sample)));
        QVERIFY2(sitsOnItsTheme(sample.background, palette), qPrintable(describe(name, sample)));
    }
    banner->dismiss();
}

void TestThemeContrast::statusBadgeReadsInEveryState() {
    QWidget host;
    auto* badge = new StatusBadge(&host);
    auto* layout = new QVBoxLayout(&host);
    layout->addWidget(badge);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    usePalette();

    const auto states = {StatusBadge::State::Sending,    StatusBadge::State::Queued,
                         StatusBadge::State::InProgress, StatusBadge::State::Completed,
                         StatusBadge::State::Failed,     StatusBadge::State::OutcomeUnknown,
                         StatusBadge::State::NotSent,    StatusBadge::State::Stopped,
                         StatusBadge::State::LostTrack,  StatusBadge::State::Expired,
                         StatusBadge::State::Deleted};
    QSet<QRgb> fills;
    for (const StatusBadge::State state : states) {
        badge->setState(state);
        settle();
        QVERIFY(badge->isVisible() && !badge->text().isEmpty());
        const Sample sample = sampleText(badge);
        QVERIFY2(sample.contrast() >= MinimumContrast, qPrintable(describe(badge->text(), sample)));
        fills.insert(sample.background.rgb());
    }
    // Success, failure, warning, activity and the rest: five fills, not one.
    QCOMPARE(fills.size(), 5);
}

void TestThemeContrast::warningsRead() {
    QFETCH(QPalette, palette);
    // Plain HTTP to another host: the warning bar.
    m_ui->window().setGateway(WindowHarness::setupFor(QUrl(u"http://gateway.example.invalid"_s),
                                                      u"sk-remote-0123456789"_s));
    usePalette();
    auto* cleartext = m_ui->find<QLabel>(u"cleartextLabel"_s);
    QVERIFY(cleartext->isVisible() && !cleartext->text().isEmpty());
    Sample sample = sampleText(cleartext);
    QVERIFY2(sample.contrast() >= MinimumContrast,
             qPrintable(describe(u"cleartext warning"_s, sample)));
    QVERIFY2(sitsOnItsTheme(sample.background, palette),
             qPrintable(describe(u"cleartext warning"_s, sample)));

    // The demo's label in the status bar.
    GatewaySetup demo = WindowHarness::setupFor(QUrl(u"http://127.0.0.1:9"_s), u"sk-demo"_s);
    demo.demo = true;
    m_ui->window().setGateway(demo);
    settle();
    auto* demoLabel = m_ui->find<QLabel>(u"demoStatusLabel"_s);
    QVERIFY(demoLabel->isVisible());
    sample = sampleText(demoLabel);
    QVERIFY2(sample.contrast() >= MinimumContrast, qPrintable(describe(u"demo label"_s, sample)));
    QVERIFY2(sitsOnItsTheme(sample.background, palette),
             qPrintable(describe(u"demo label"_s, sample)));
}

void TestThemeContrast::problemTextReads() {
    usePalette();
    // The form's reason for a field it refuses, as the user types it.
    m_ui->chooseMode(SubmitForm::Mode::Remix);
    m_ui->videoId()->clear();
    m_ui->typeVideoId(u"video/"_s);
    settle();
    auto* reason = m_ui->find<QLabel>(u"videoIdReasonLabel"_s);
    QVERIFY(reason->isVisible() && !reason->text().isEmpty());
    Sample sample = sampleText(reason);
    QVERIFY2(sample.contrast() >= MinimumContrast, qPrintable(describe(u"form reason"_s, sample)));

    // Any label shown as a problem (the settings' and the price table's) reads as well,
    // styled under one palette and shown under the next.
    QWidget host;
    host.setPalette(QApplication::palette());
    auto* problem = new QLabel(u"The price must be a number."_s, &host);
    ProblemText::style(problem);
    auto* layout = new QVBoxLayout(&host);
    layout->addWidget(problem);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    for (const QString& next : AppPalette::names()) {
        host.setPalette(*AppPalette::named(next));
        settle();
        sample = sampleText(problem);
        QVERIFY2(sample.contrast() >= MinimumContrast, qPrintable(describe(next, sample)));
        // Still red, not the window's plain text colour.
        QCOMPARE_NE(problem->palette().color(QPalette::WindowText),
                    host.palette().color(QPalette::WindowText));
    }
}

VIDEOREMIX_GUI_TEST_MAIN(TestThemeContrast)
#include "tst_themecontrast.moc"
