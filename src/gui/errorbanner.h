#pragma once

#include "api/apierror.h"
#include "api/uilanguage.h"

#include <QDateTime>
#include <QFrame>
#include <QTimer>
#include <QUrl>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// What went wrong, inside the window rather than in a modal box: the server's
// words in the UI language first and the other language beneath, what the user
// can do about it, and a Details expander with everything the server said, as
// plain text only (never rich text from a server).
class ErrorBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    enum class Help { None, CheckApiKey, RateLimited, Unreachable, OutcomeUnknown };
    // Lines of Details shown at once (the rest scrolls), so that opening them at
    // the default window size leaves the form and three rows of history in place.
    static constexpr int DetailsVisibleLines = 4;

    explicit ErrorBanner(QWidget* parent = nullptr);

    void setUiLanguage(UiLanguage language);
    // gatewayUrl: the base URL in use, named when it cannot be reached.
    void showError(const ApiError& error, const QUrl& gatewayUrl);
    // The call failed and will be tried again by itself in delayMs.
    void showRetry(const ApiError& error, qint64 delayMs, const QUrl& gatewayUrl);
    // A problem of our own, not the server's (the demo server did not start).
    void showMessage(const QString& message);
    // The same, worded again whenever the UI language changes while it shows.
    void showMessage(const std::function<QString()>& message);
    // A notice of the application's own, named `id` so its owner can withdraw it:
    // `details` (the system's own words) go under Details; `offersSettings` shows
    // the Open Settings button.
    void showNotice(const QString& id, const std::function<QString()>& message,
                    const std::function<QString()>& details, bool offersSettings);
    // The notice on show; empty when none is (an error replaced it, or it was dismissed).
    QString noticeId() const { return m_noticeId; }
    // Where the key in use comes from, said when the gateway rejects it; the settings
    // button is offered only where the settings can change that key.
    void setKeyOrigin(const std::function<QString()>& origin, bool settingsCanChangeIt);
    void dismiss();

    Help help() const { return m_help; }
    const ApiError& error() const { return m_error; }
    static Help helpFor(const ApiError& error, bool retrying);

signals:
    void settingsRequested();
    void dismissed();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void render();
    void fitDetailsHeight();
    void updateCountdown();
    QString detailsText() const;

    QLabel* m_iconLabel = nullptr;
    QLabel* m_primaryLabel = nullptr;
    QLabel* m_secondaryLabel = nullptr;
    QLabel* m_helpLabel = nullptr;
    QLabel* m_countdownLabel = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QToolButton* m_detailsButton = nullptr;
    QToolButton* m_closeButton = nullptr;
    QPlainTextEdit* m_detailsText = nullptr;

    UiLanguage m_language = UiLanguage::English;
    ApiError m_error;
    std::function<QString()> m_ownMessage;
    std::function<QString()> m_ownDetails;
    QString m_noticeId;
    bool m_noticeOffersSettings = false;
    std::function<QString()> m_keyOrigin;
    bool m_keySettingsHelp = true;
    QUrl m_gatewayUrl;
    Help m_help = Help::None;
    bool m_retrying = false;
    QDateTime m_waitUntil;
    QTimer m_countdown;
};
