#pragma once

#include <QObject>
#include <QSocketNotifier>

// Turns SIGTERM and SIGINT into a Qt signal through a self-pipe, because
// almost nothing is safe to call inside a POSIX signal handler. Elsewhere the
// system's default (the process ends) stays.
class SignalWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested();

private:
    static void handleSignal(int signal);
    void onActivated();

    QSocketNotifier* m_notifier = nullptr;
};
