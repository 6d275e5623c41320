#include "jobnotifier.h"

#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"
#include "settings/logredaction.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

JobNotifier::JobNotifier(JobLibrary* library, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_window(window) {
    connect(m_library, &JobLibrary::jobFinished, this, &JobNotifier::onJobFinished);
}

void JobNotifier::setEnabled(bool enabled) {
    m_enabled = enabled;
    if (!enabled && m_tray)
        m_tray->hide();
}

QString JobNotifier::titleFor(const JobRecord& record) {
    const bool completed = record.state == JobState::Completed;
    if (record.kind == JobKind::Create)
        return completed ? tr("Video completed") : tr("Video failed");
    return completed ? tr("Remix completed") : tr("Remix failed");
}

QString JobNotifier::textFor(const JobRecord& record) {
    const QString prompt = record.prompt.simplified();
    const QString what = prompt.size() > 80 ? prompt.left(79) + u'…' : prompt;
    if (record.state == JobState::Completed)
        return what.isEmpty() ? record.videoId : what;
    const QString reason =
        LogRedaction::redact(record.errorMessage(uiLanguageForLocale(QLocale())));
    return reason.isEmpty() ? what : tr("%1\n%2").arg(what, reason);
}

void JobNotifier::onJobFinished(qint64 id) {
    if (!m_enabled || (m_window && m_window->isActiveWindow()))
        return;
    const std::optional<JobRecord> record = m_library->store()->job(id);
    if (!record || (record->state != JobState::Completed && record->state != JobState::Failed))
        return;
    const QString title = titleFor(*record);
    const QString text = textFor(*record);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(u"VideoRemix"_s);
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                if (m_window) {
                    m_window->showNormal();
                    m_window->raise();
                    m_window->activateWindow();
                }
            });
        }
        m_tray->show();
        m_tray->showMessage(title, text,
                            record->state == JobState::Completed ? QSystemTrayIcon::Information
                                                                 : QSystemTrayIcon::Warning);
    }
    emit notified(id, title, text);
}
