#pragma once

#include <QObject>
#include <QSocketNotifier>

// Reports when stdin reaches end of file. A parent that starts the mock with a
// pipe on stdin thereby stops it even when the parent crashes. POSIX only
// (Windows has no notifier for a pipe): there the parent stops the mock itself.
class StdinWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StdinWatcher)

public:
    explicit StdinWatcher(QObject* parent = nullptr);

signals:
    void closed();

private:
    void onActivated();

    QSocketNotifier* m_notifier = nullptr;
};
