#include "errorbanner.h"
#include "wrappinglabel.h"

#include "settings/logredaction.h"
#include "themecolors.h"
#include "themefollower.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtMath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QLabel* plainLabel(const QString& objectName, QWidget* parent) {
    auto* label = new WrappingLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent) {
    setObjectName(u"errorBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    ThemeFollower::followStyleSheet(this, [](const QPalette& palette) {
        return ThemeColors::panelStyleSheet(palette, ThemeColors::Tone::Danger, u"#errorBanner"_s);
    });
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_iconLabel = new QLabel(this); // icons when first shown: most sessions never show the banner
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_iconLabel->setFixedSize(iconSize, iconSize);
    m_iconLabel->setAlignment(Qt::AlignTop);

    m_primaryLabel = plainLabel(u"primaryMessageLabel"_s, this);
    QFont bold = m_primaryLabel->font();
    bold.setBold(true);
    m_primaryLabel->setFont(bold);
    m_secondaryLabel = plainLabel(u"secondaryMessageLabel"_s, this);
    m_helpLabel = plainLabel(u"helpLabel"_s, this);
    m_countdownLabel = plainLabel(u"countdownLabel"_s, this);
    QFont countdownFont = m_countdownLabel->font();
    countdownFont.setBold(true);
    m_countdownLabel->setFont(countdownFont);

    m_settingsButton = new QPushButton(this);
    m_settingsButton->setObjectName(u"settingsPushButton"_s);
    m_detailsButton = new QToolButton(this);
    m_detailsButton->setObjectName(u"detailsToolButton"_s);
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(u"closeToolButton"_s);
    m_closeButton->setAutoRaise(true);

    m_detailsText = new QPlainTextEdit(this);
    m_detailsText->setObjectName(u"detailsPlainTextEdit"_s);
    m_detailsText->setReadOnly(true);
    fitDetailsHeight();
    m_detailsText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detailsText->setVisible(false);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_settingsButton);
    actions->addWidget(m_countdownLabel);
    actions->addStretch(1);
    actions->addWidget(m_detailsButton);

    auto* content = new QVBoxLayout;
    content->setSpacing(4);
    content->addWidget(m_primaryLabel);
    content->addWidget(m_secondaryLabel);
    content->addWidget(m_helpLabel);
    content->addLayout(actions);
    content->addWidget(m_detailsText);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addLayout(content, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_settingsButton, &QPushButton::clicked, this, &ErrorBanner::settingsRequested);
    connect(m_closeButton, &QToolButton::clicked, this, &ErrorBanner::dismiss);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool open) {
        m_detailsText->setVisible(open);
        m_detailsButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &ErrorBanner::updateCountdown);

    setVisible(false);
    render();
}

ErrorBanner::Help ErrorBanner::helpFor(const ApiError& error, bool retrying) {
    if (error.outcomeUnknown)
        return Help::OutcomeUnknown;
    if (error.kind == ApiError::Kind::Http && (error.httpStatus == 401 || error.httpStatus == 403))
        return Help::CheckApiKey;
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 429 &&
        (retrying || error.retryAfterMs))
        return Help::RateLimited;
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
        error.kind == ApiError::Kind::Tls)
        return Help::Unreachable;
    return Help::None;
}

void ErrorBanner::setUiLanguage(UiLanguage language) {
    m_language = language;
    render();
}

void ErrorBanner::showError(const ApiError& error, const QUrl& gatewayUrl) {
    m_error = error.redacted(); // a gateway may echo the key: never on screen
    m_ownMessage = nullptr;
    m_ownDetails = nullptr;
    m_noticeId.clear();
    m_noticeOffersSettings = false;
    m_gatewayUrl = gatewayUrl;
    m_retrying = false;
    m_help = helpFor(error, false);
    m_waitUntil = error.retryAfterMs ? QDateTime::currentDateTimeUtc().addMSecs(*error.retryAfterMs)
                                     : QDateTime{};
    render();
    setVisible(true);
}

void ErrorBanner::showRetry(const ApiError& error, qint64 delayMs, const QUrl& gatewayUrl) {
    m_error = error.redacted(); // a gateway may echo the key: never on screen
    m_ownMessage = nullptr;
    m_ownDetails = nullptr;
    m_noticeId.clear();
    m_noticeOffersSettings = false;
    m_gatewayUrl = gatewayUrl;
    m_retrying = true;
    m_help = helpFor(error, true);
    m_waitUntil = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    render();
    setVisible(true);
}

void ErrorBanner::showMessage(const QString& message) {
    showMessage([message] { return message; });
}

void ErrorBanner::showMessage(const std::function<QString()>& message) {
    showNotice({}, message, nullptr, false);
}

void ErrorBanner::showNotice(const QString& id, const std::function<QString()>& message,
                             const std::function<QString()>& details, bool offersSettings) {
    m_error = {};
    m_ownMessage = message;
    m_ownDetails = details;
    m_noticeId = id;
    m_noticeOffersSettings = offersSettings;
    m_retrying = false;
    m_help = Help::None;
    m_waitUntil = {};
    render();
    setVisible(true);
}

void ErrorBanner::setKeyOrigin(const std::function<QString()>& origin, bool settingsCanChangeIt) {
    m_keyOrigin = origin;
    m_keySettingsHelp = settingsCanChangeIt;
    if (isVisible())
        render();
}

void ErrorBanner::dismiss() {
    m_countdown.stop();
    const bool wasVisible = isVisible();
    setVisible(false);
    m_error = {};
    m_ownMessage = nullptr;
    m_ownDetails = nullptr;
    m_noticeId.clear();
    m_noticeOffersSettings = false;
    m_help = Help::None;
    if (wasVisible)
        emit dismissed();
}

void ErrorBanner::showEvent(QShowEvent* event) {
    if (m_iconLabel->pixmap().isNull()) {
        m_iconLabel->setPixmap(style()
                                   ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                                   .pixmap(m_iconLabel->size(), devicePixelRatioF()));
        m_closeButton->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this));
    }
    QFrame::showEvent(event);
}

void ErrorBanner::fitDetailsHeight() {
    const int margins =
        2 * (m_detailsText->frameWidth() + qCeil(m_detailsText->document()->documentMargin()));
    m_detailsText->setMaximumHeight(
        DetailsVisibleLines * m_detailsText->fontMetrics().lineSpacing() + margins);
}

void ErrorBanner::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        render();
    else if (event->type() == QEvent::FontChange)
        fitDetailsHeight();
    QFrame::changeEvent(event);
}

void ErrorBanner::render() {
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setAccessibleName(tr("Show error details"));
    m_closeButton->setToolTip(tr("Dismiss (Esc)"));
    m_closeButton->setAccessibleName(tr("Dismiss error"));
    m_settingsButton->setText(tr("Open &Settings…"));
    m_settingsButton->setAccessibleName(tr("Open settings to check the API key"));
    m_detailsText->setAccessibleName(tr("Error details"));
    m_primaryLabel->setAccessibleName(tr("Error message"));
    m_secondaryLabel->setAccessibleName(tr("Error message in the other language"));
    m_helpLabel->setAccessibleName(tr("What you can do"));
    m_countdownLabel->setAccessibleName(tr("Retry countdown"));

    QStringList messages;
    if (m_ownMessage)
        messages = {m_ownMessage()};
    else if (m_error.isError())
        messages = m_error.messagesFor(m_language);
    m_primaryLabel->setText(messages.value(0));
    m_secondaryLabel->setText(messages.mid(1).join(u'\n'));
    m_secondaryLabel->setVisible(messages.size() > 1);

    const QString gateway = m_gatewayUrl.toDisplayString(QUrl::RemoveUserInfo);
    QString help;
    switch (m_help) {
    case Help::None:
        break;
    case Help::CheckApiKey:
        help = tr("The gateway did not accept the API key. Check your API key in the settings.");
        break;
    case Help::RateLimited:
        help = m_retrying
                   ? tr("The gateway is busy and asked us to wait. The request will be sent again "
                        "by itself.")
                   : tr("The gateway is busy. Wait for the countdown, then try again.");
        break;
    case Help::Unreachable:
        // The message above already says that it could not be reached: not twice.
        help = tr("Check that the gateway's address, %1, is right and that the gateway is running, "
                  "then try again.")
                   .arg(gateway);
        break;
    case Help::OutcomeUnknown:
        help = m_error.kind == ApiError::Kind::Http
                   ? tr("The gateway answered with an error, but it may have passed the request "
                        "on before failing, so the job may have been created, and charged. Check "
                        "the gateway's list of videos before trying again, or you may pay twice.")
                   : tr("The connection ended after the request was sent, so the job may have "
                        "been created, and charged, even though no answer arrived. Check the "
                        "gateway's list of videos before trying again, or you may pay twice.");
        break;
    }
    // Where the rejected key came from says what to change: the settings, or the environment.
    if (m_help == Help::CheckApiKey && m_keyOrigin) {
        if (const QString origin = m_keyOrigin(); !origin.isEmpty())
            help = tr("The gateway did not accept the API key. %1").arg(origin);
    }
    m_helpLabel->setText(help);
    m_helpLabel->setVisible(!help.isEmpty());
    m_settingsButton->setVisible((m_help == Help::CheckApiKey && m_keySettingsHelp) ||
                                 m_noticeOffersSettings);

    const bool hasDetails = m_error.isError() || (m_ownDetails && !m_ownDetails().isEmpty());
    m_detailsButton->setVisible(hasDetails);
    if (!hasDetails)
        m_detailsButton->setChecked(false);
    m_detailsText->setPlainText(LogRedaction::redact(detailsText()));

    if (m_waitUntil.isValid())
        m_countdown.start();
    updateCountdown();
}

void ErrorBanner::updateCountdown() {
    if (!m_waitUntil.isValid()) {
        m_countdown.stop();
        m_countdownLabel->clear();
        m_countdownLabel->setVisible(false);
        return;
    }
    const qint64 remainingMs = QDateTime::currentDateTimeUtc().msecsTo(m_waitUntil);
    const int seconds = int(std::ceil(std::max<qint64>(0, remainingMs) / 1000.0));
    QString text;
    if (m_retrying)
        text = seconds > 0 ? tr("Trying again in %n second(s)…", nullptr, seconds)
                           : tr("Trying again now…");
    else
        text = seconds > 0 ? tr("You can try again in %n second(s).", nullptr, seconds)
                           : tr("You can try again now.");
    m_countdownLabel->setText(text);
    m_countdownLabel->setVisible(true);
    if (seconds == 0)
        m_countdown.stop();
}

QString ErrorBanner::detailsText() const {
    if (m_ownDetails)
        return m_ownDetails();
    if (!m_error.isError())
        return {};
    QStringList lines;
    lines << tr("What happened: %1").arg(m_error.summary());
    if (m_error.httpStatus)
        lines << tr("HTTP status: %1").arg(m_error.httpStatus);
    if (!m_error.type.isEmpty())
        lines << tr("Type: %1").arg(m_error.type);
    if (!m_error.code.isEmpty())
        lines << tr("Code: %1").arg(m_error.code);
    if (!m_error.param.isEmpty())
        lines << tr("Parameter: %1").arg(m_error.param);
    lines
        << tr("Request ID: %1").arg(m_error.requestId.isEmpty() ? tr("(none)") : m_error.requestId);
    if (!m_error.url.isEmpty())
        lines << tr("URL: %1").arg(
            m_error.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    if (!m_error.technicalDetail.isEmpty())
        lines << tr("Transport: %1").arg(m_error.technicalDetail);
    if (m_error.retryAfterMs)
        lines << tr("Retry after: %Ln ms", nullptr,
                    int(std::min<qint64>(*m_error.retryAfterMs, INT_MAX)));
    lines << QString() << tr("Response body:");
    lines << (m_error.rawBody.isEmpty() ? tr("(empty)") : QString::fromUtf8(m_error.rawBody));
    return lines.join(u'\n');
}
