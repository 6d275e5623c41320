#include "api/clientconfig.h"
#include "appicon.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "videopreview.h"
#include "videoremix_version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Quits as soon as the window has been painted once: start-up benchmarks time this.
class QuitAfterFirstPaint final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && !m_quitting) {
            m_quitting = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quitting = false;
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
    parser.addOptions(
        {options.demo, options.baseUrl, options.language, options.quitAfterFirstPaint});
    parser.process(app);
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
    if (onlyWantsText(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        describeApplication(app, parser, Options{});
        return 0;
    }

    VideoPreview::preferFfmpegBackend();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"VideoRemix"_s);
    QApplication::setDesktopFileName(QString::fromLatin1(VIDEOREMIX_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    QCommandLineParser parser;
    const Options options;
    describeApplication(app, parser, options);

    LanguageManager languages;
    languages.setLanguage(parser.isSet(options.language)
                              ? uiLanguageFromCode(parser.value(options.language))
                              : LanguageManager::systemLanguage());

    MainWindow window(&languages);
    QObject::connect(&window, &MainWindow::settingsRequested, &window, [&window] {
        QMessageBox::information(
            &window, QCoreApplication::translate("main", "Settings"),
            QCoreApplication::translate(
                "main", "Start VideoRemix with --base-url URL, or set VIDEOREMIX_BASE_URL, and put "
                        "the API key in VIDEOREMIX_API_KEY (or OPENAI_API_KEY)."));
    });

    QString baseUrl = parser.value(options.baseUrl).trimmed();
    if (baseUrl.isEmpty())
        baseUrl = firstNonEmptyEnvironment({"VIDEOREMIX_BASE_URL", "OPENAI_BASE_URL"});
    if (parser.isSet(options.demo)) {
        window.startDemo();
    } else if (!baseUrl.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(baseUrl);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(
                    QCoreApplication::translate("main", "Not an http(s) URL: %1").arg(baseUrl)));
            return 2;
        }
        ClientConfig config;
        config.baseUrl = url;
        config.apiKey = firstNonEmptyEnvironment({"VIDEOREMIX_API_KEY", "OPENAI_API_KEY"});
        window.setClientConfig(config, QString{}, false);
    }

    QuitAfterFirstPaint quitter;
    if (parser.isSet(options.quitAfterFirstPaint))
        app.installEventFilter(&quitter); // children paint, not always the window itself

    window.show();
    return QApplication::exec();
}
