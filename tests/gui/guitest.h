#pragma once

#include "api/clientconfig.h"
#include "jobs/jobhistorymodel.h"
#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mockserverprocess.h"
#include "submitform.h"
#include "videoplayerloader.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

// A gateway nobody answers at: its port was free a moment ago.
inline QUrl deadGateway() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// A job library in a scratch folder, as the app keeps one in its data folder.
// Several libraries over the same file play an app that was closed and reopened.
class ScratchLibrary final {
public:
    explicit ScratchLibrary(const QString& storePath = {})
        : m_store(storePath.isEmpty() ? m_dir.filePath(QStringLiteral("jobs.sqlite")) : storePath)
        , m_library(&m_store, options()) {
        m_library.setDownloadFolder(m_dir.filePath(QStringLiteral("downloads")));
    }

    static JobLibrary::Options options() {
        JobLibrary::Options options;
        options.pauseWhenOffline = false; // the mock is on loopback, whatever the network does
        return options;
    }

    QString folder() const { return m_dir.path(); }
    JobStore& store() { return m_store; }
    JobLibrary& library() { return m_library; }

private:
    QTemporaryDir m_dir;
    JobStore m_store;
    JobLibrary m_library;
};

// The window as a user meets it, pointed at a gateway, plus the few moves the
// flows share. Widgets are found by their .ui names, as a user finds them by label.
class WindowHarness final {
public:
    static constexpr int PollIntervalMs = 150;
    static QString profileId() { return QStringLiteral("test-profile"); }

    // `storePath`: an existing job library file (a restart); empty for a fresh one.
    explicit WindowHarness(const QUrl& baseUrl, const QString& apiKey,
                           UiLanguage language = UiLanguage::English, const QString& storePath = {})
        : m_scratch(storePath) {
        m_languages.setLanguage(language);
        m_window = std::make_unique<MainWindow>(&m_languages, &m_scratch.library());
        if (baseUrl.isValid())
            m_window->setGateway(setupFor(baseUrl, apiKey));
        m_window->resize(1100, 720);
        m_window->show();
        m_exposed = QTest::qWaitForWindowExposed(m_window.get());
        QApplication::setActiveWindow(m_window.get());
    }

    static GatewaySetup setupFor(const QUrl& baseUrl, const QString& apiKey) {
        GatewaySetup setup;
        setup.profileId = profileId();
        setup.config = ClientConfig::forGateway(baseUrl, apiKey);
        setup.keySource = KeySource::Session;
        setup.pollIntervalMs = PollIntervalMs;
        return setup;
    }

    bool isExposed() const { return m_exposed; }
    MainWindow& window() { return *m_window; }
    LanguageManager& languages() { return m_languages; }
    JobHistoryModel& jobs() { return *m_window->historyModel(); }
    JobLibrary& library() { return m_scratch.library(); }
    JobStore& store() { return m_scratch.store(); }
    QString folder() const { return m_scratch.folder(); }
    // The row as the history shows it, newest first.
    JobRecord record(int row) { return jobs().record(row); }

    template <typename T> T* find(const QString& name) {
        T* widget = m_window->findChild<T*>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }

    QLineEdit* videoId() { return find<QLineEdit>(QStringLiteral("videoIdLineEdit")); }
    QPlainTextEdit* prompt() { return find<QPlainTextEdit>(QStringLiteral("promptTextEdit")); }
    QComboBox* size() { return find<QComboBox>(QStringLiteral("sizeComboBox")); }
    QPushButton* submitButton() { return find<QPushButton>(QStringLiteral("submitPushButton")); }
    QTabBar* modeTabs() { return find<QTabBar>(QStringLiteral("modeTabBar")); }

    // Clicks the form's tab, as a user switches between New Video and Remix.
    void chooseMode(SubmitForm::Mode mode) { clickMode(modeTabs(), mode); }
    static void clickMode(QTabBar* tabs, SubmitForm::Mode mode) {
        const int tab = mode == SubmitForm::Mode::Remix ? 1 : 0;
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(tab).center());
    }

    void typeVideoId(const QString& text) {
        chooseMode(SubmitForm::Mode::Remix);
        videoId()->setFocus();
        videoId()->selectAll();
        QTest::keyClick(videoId(), Qt::Key_Delete);
        QTest::keyClicks(videoId(), text);
    }

    void typePrompt(const QString& text) {
        prompt()->setFocus();
        prompt()->selectAll();
        QTest::keyClick(prompt(), Qt::Key_Delete);
        typeText(prompt(), text);
    }

    // Key clicks for Latin-1; anything else arrives as an input method commits
    // it, which is how Chinese is typed.
    static void typeText(QWidget* widget, const QString& text) {
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(widget, QString(c));
            } else {
                QInputMethodEvent event;
                event.setCommitString(QString(c));
                QApplication::sendEvent(widget, &event);
            }
        }
    }

    // Types into the editable size combo, as for a custom WxH.
    void typeSize(const QString& text) {
        QLineEdit* edit = size()->lineEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    void clickSubmit() { QTest::mouseClick(submitButton(), Qt::LeftButton); }

    // Once the message box `name` is up (modal, so this is set before the click
    // that opens it), clicks its button labelled `button` and sets `*asked`.
    static void answerMessageBox(const QString& name, const QString& button, bool* asked) {
        QTimer::singleShot(50, [name, button, asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != name) {
                answerMessageBox(name, button, asked);
                return;
            }
            *asked = true;
            for (QAbstractButton* candidate : box->buttons()) {
                if (candidate->text().remove(u'&') == button) {
                    QTest::mouseClick(candidate, Qt::LeftButton);
                    return;
                }
            }
            box->reject();
        });
    }

    void fillAndSubmit(const QString& videoId, const QString& prompt) {
        typeVideoId(videoId);
        typePrompt(prompt);
        clickSubmit();
    }

private:
    ScratchLibrary m_scratch;
    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
    bool m_exposed = false;
};

// Like QTEST_MAIN, with the media backend chosen before the application exists
// and test-mode standard paths so downloads land in a scratch cache.
// A long history in the file `storePath`: `rows` videos imported from the gateway
// at `baseUrl`, newest last, every seventh failed. Returns what the import returns.
inline int fillWithLongHistory(const QString& storePath, const QUrl& baseUrl, int rows) {
    JobStore store(storePath);
    QList<Video> videos;
    videos.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        Video video;
        video.id = QStringLiteral("video_%1").arg(i, 5, 10, QLatin1Char('0'));
        video.prompt = QStringLiteral("Ocean waves, take %1").arg(i);
        video.status = i % 7 == 0 ? VideoStatus::Failed : VideoStatus::Completed;
        video.progress = 100;
        video.createdAt = QDateTime::currentDateTimeUtc().addSecs(i - rows);
        videos << video;
    }
    return store.importVideos(WindowHarness::profileId(), baseUrl, videos);
}

#define VIDEOREMIX_GUI_TEST_MAIN(TestClass)                                                        \
    int main(int argc, char* argv[]) {                                                             \
        VideoPlayerLoader::preferFfmpegBackend();                                                  \
        QStandardPaths::setTestModeEnabled(true);                                                  \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
