#pragma once

#include "api/clientconfig.h"
#include "joblistmodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mockserverprocess.h"
#include "videopreview.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

// The window as a user meets it, pointed at a gateway, plus the few moves the
// flows share. Widgets are found by their .ui names, as a user finds them by label.
class WindowHarness final {
public:
    static constexpr int PollIntervalMs = 150;

    explicit WindowHarness(const QUrl& baseUrl, const QString& apiKey,
                           UiLanguage language = UiLanguage::English) {
        m_languages.setLanguage(language);
        ClientConfig config = ClientConfig::forGateway(baseUrl, apiKey);
        m_window.setClientConfig(config, QString{}, false);
        JobTracker::Options options;
        options.pollIntervalMs = PollIntervalMs;
        m_window.setTrackerOptions(options);
        m_window.resize(1100, 720);
        m_window.show();
        m_exposed = QTest::qWaitForWindowExposed(&m_window);
        QApplication::setActiveWindow(&m_window);
    }

    bool isExposed() const { return m_exposed; }
    MainWindow& window() { return m_window; }
    LanguageManager& languages() { return m_languages; }
    JobListModel& jobs() { return *m_window.jobModel(); }

    template <typename T> T* find(const QString& name) {
        T* widget = m_window.findChild<T*>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }

    QLineEdit* videoId() { return find<QLineEdit>(QStringLiteral("videoIdLineEdit")); }
    QPlainTextEdit* prompt() { return find<QPlainTextEdit>(QStringLiteral("promptTextEdit")); }
    QComboBox* size() { return find<QComboBox>(QStringLiteral("sizeComboBox")); }
    QPushButton* remixButton() { return find<QPushButton>(QStringLiteral("remixPushButton")); }

    void typeVideoId(const QString& text) {
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

    void clickRemix() { QTest::mouseClick(remixButton(), Qt::LeftButton); }

    void fillAndSubmit(const QString& videoId, const QString& prompt) {
        typeVideoId(videoId);
        typePrompt(prompt);
        clickRemix();
    }

private:
    LanguageManager m_languages;
    MainWindow m_window{&m_languages};
    bool m_exposed = false;
};

// Like QTEST_MAIN, with the media backend chosen before the application exists
// and test-mode standard paths so downloads land in a scratch cache.
#define VIDEOREMIX_GUI_TEST_MAIN(TestClass)                                                        \
    int main(int argc, char* argv[]) {                                                             \
        VideoPreview::preferFfmpegBackend();                                                       \
        QStandardPaths::setTestModeEnabled(true);                                                  \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
