#include "appicon.h"
#include "apppalette.h"
#include "gatewaybinding.h"
#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"
#include "languagemanager.h"
#include "lazyimagestyle.h"
#include "mainwindow.h"
#include "platform/startupmarks.h"
#include "settings/logredaction.h"
#include "settings/processhardening.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "settingswindowstatestore.h"
#include "translationloader.h"
#include "videoplayerloader.h"
#include "videoremix_version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Sees the window's first paint: marks it (VIDEOREMIX_STARTUP_MARKS) and, with
// --quit-after-first-paint, quits right after it; start-up benchmarks time this.
class FirstPaintWatcher final : public QObject {
public:
    explicit FirstPaintWatcher(bool quit)
        : m_quit(quit) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && !m_seen) {
            m_seen = true;
            StartupMarks::mark("first paint event");
            // Runs once the paint has been delivered and the frame flushed.
            QTimer::singleShot(0, qApp, [quit = m_quit] {
                StartupMarks::mark("first paint done");
                if (quit)
                    QCoreApplication::quit();
            });
            qApp->removeEventFilter(this);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const bool m_quit;
    bool m_seen = false;
};

QString firstNonEmptyEnvironment(std::initializer_list<const char*> names) {
    for (const char* name : names) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

struct Options {
    QCommandLineOption demo{
        u"demo"_s,
        QCoreApplication::translate("main", "Start the bundled local mock gateway and use it.")};
    QCommandLineOption baseUrl{
        u"base-url"_s,
        QCoreApplication::translate(
            "main", "The gateway's base URL (else VIDEOREMIX_BASE_URL or OPENAI_BASE_URL)."),
        u"url"_s};
    QCommandLineOption language{
        u"language"_s, QCoreApplication::translate("main", "The UI language: en or zh_CN."),
        u"code"_s};
    QCommandLineOption palette{
        u"palette"_s,
        QCoreApplication::translate("main",
                                    "Colours of this run: light, dark or high-contrast (with the "
                                    "Fusion style), where the desktop's theme does not reach Qt. "
                                    "By default the window follows the system."),
        u"name"_s};
    QCommandLineOption quitAfterFirstPaint{
        u"quit-after-first-paint"_s,
        QCoreApplication::translate(
            "main", "Quit as soon as the window has been painted (start-up benchmarks).")};
};

void describeApplication(QCoreApplication& app, QCommandLineParser& parser,
                         const Options& options) {
    QCoreApplication::setApplicationName(u"videoremix"_s);
    QCoreApplication::setOrganizationName(u"VideoRemix"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(VIDEOREMIX_VERSION));
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Remix videos through an OpenAI-compatible video gateway."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.demo, options.baseUrl, options.language, options.palette,
                       options.quitAfterFirstPaint});
    parser.process(app);
}

// --language before the options are parsed, so --help and option errors speak it too.
std::optional<UiLanguage> languageArgument(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--language" && i + 1 < argc)
            return uiLanguageFromCode(QString::fromLocal8Bit(argv[i + 1]));
        if (arg.startsWith("--language="))
            return uiLanguageFromCode(QString::fromLocal8Bit(arg.mid(11)));
    }
    return std::nullopt;
}

// --version and --help must work where no display is available.
bool onlyWantsText(int argc, char* argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" ||
            arg == "--help-all" || arg == "-?")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[]) {
    StartupMarks::begin();
    ProcessHardening::applyReleaseDefaults(); // before anything could hold the key
    if (onlyWantsText(argc, argv)) {
        QCoreApplication app(argc, argv);
        TranslationLoader translations;
        translations.install(
            languageArgument(argc, argv).value_or(LanguageManager::systemLanguage()));
        QCommandLineParser parser;
        describeApplication(app, parser, Options{});
        return 0;
    }

    VideoPlayerLoader::preferFfmpegBackend();
    QApplication app(argc, argv);
    // Before the first widget: no image file is read until one must be drawn.
    QApplication::setStyle(new LazyImageStyle(QApplication::style()->name()));
    QApplication::setApplicationDisplayName(u"VideoRemix"_s);
    QApplication::setDesktopFileName(QString::fromLatin1(VIDEOREMIX_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    StartupMarks::mark("QApplication made");

    Settings settings;
    LanguageManager languages;
    languages.setSettings(&settings); // the stored choice; the first run follows the system
    if (const std::optional<UiLanguage> language = languageArgument(argc, argv))
        languages.setLanguage(*language); // this run only
    QCommandLineParser parser;
    const Options options;
    describeApplication(app, parser, options);
    if (parser.isSet(options.palette)) {
        const QString name = parser.value(options.palette).trimmed();
        const std::optional<QPalette> palette = AppPalette::named(name);
        if (!palette) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "main", "Unknown palette: %1 (use one of: %2)")
                                        .arg(name, AppPalette::names().join(u", "_s))));
            return 2;
        }
        // Fusion draws with any palette; a platform style may keep the system's colours.
        QApplication::setStyle(new LazyImageStyle(u"Fusion"_s));
        QApplication::setPalette(*palette);
    }

    StartupMarks::mark("settings, language and options");

    LogRedaction::install(); // before anything could print a key
    SecretStore secrets(settings.configDirectory());
    JobStore store; // shared with videoremix-cli
    StartupMarks::mark("job store open");
    JobLibrary library(&store);
    library.setDownloadFolder(settings.downloadFolder());
    library.setAutoDownload(settings.autoDownload());
    StartupMarks::mark("job library");

    MainWindow window(&languages, &library);
    SettingsWindowStateStore windowState(&settings);
    window.setWindowStateStore(&windowState);
    window.setNotificationsEnabled(settings.notificationsEnabled());
    if (!store.isOpen())
        window.showProblem([&store] {
            return QCoreApplication::translate("main", "The job library cannot be opened: %1")
                .arg(store.errorString());
        });
    StartupMarks::mark("main window built");
    QObject::connect(&settings, &Settings::valueChanged, &window, [&](const QString& key) {
        if (key == Settings::DownloadFolderKey)
            library.setDownloadFolder(settings.downloadFolder());
        else if (key == Settings::AutoDownloadKey)
            library.setAutoDownload(settings.autoDownload());
        else if (key == Settings::NotificationsKey)
            window.setNotificationsEnabled(settings.notificationsEnabled());
    });

    // Binds the window to the chosen gateway and opens the settings when it asks.
    GatewayBinding gateway(&settings, &secrets, &window);

    QString baseUrl = parser.value(options.baseUrl).trimmed();
    if (baseUrl.isEmpty())
        baseUrl = firstNonEmptyEnvironment({"VIDEOREMIX_BASE_URL", "OPENAI_BASE_URL"});
    if (!baseUrl.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(baseUrl);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(
                    QCoreApplication::translate("main", "Not an http(s) URL: %1").arg(baseUrl)));
            return 2;
        }
        gateway.setBaseUrlOverride(url);
    }
    if (parser.isSet(options.demo))
        window.startDemo();
    else
        gateway.refresh(); // asynchronous: the window shows at once and learns the key later
    StartupMarks::mark("gateway bound");

    const bool quitAfterFirstPaint = parser.isSet(options.quitAfterFirstPaint);
    FirstPaintWatcher firstPaint(quitAfterFirstPaint);
    if (quitAfterFirstPaint || StartupMarks::enabled())
        app.installEventFilter(&firstPaint); // children paint, not always the window itself

    window.show();
    StartupMarks::mark("shown");
    const int status = QApplication::exec();
    StartupMarks::mark("event loop left");
    return status;
}
