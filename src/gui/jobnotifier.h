#pragma once

#include <QObject>
#include <QPointer>

class JobLibrary;
class QSystemTrayIcon;
class QWidget;
struct JobRecord;

// A desktop notification (through the tray icon, where the desktop has one)
// when a job completes or fails while the window is not the active one.
class JobNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobNotifier)

public:
    JobNotifier(JobLibrary* library, QWidget* window, QObject* parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);

    // Title and text for a finished job.
    static QString titleFor(const JobRecord& record);
    static QString textFor(const JobRecord& record);

signals:
    // A notification was due (and shown where a tray exists).
    void notified(qint64 id, const QString& title, const QString& text);

private:
    void onJobFinished(qint64 id);

    JobLibrary* m_library = nullptr;
    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_enabled = true;
};
