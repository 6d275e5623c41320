#include "stdinwatcher.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <unistd.h>
#endif

StdinWatcher::StdinWatcher(QObject* parent)
    : QObject(parent) {
#ifdef Q_OS_UNIX
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinWatcher::onActivated);
#endif
}

void StdinWatcher::onActivated() {
#ifdef Q_OS_UNIX
    char buffer[4096];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count == 0 || (count < 0 && errno != EINTR && errno != EAGAIN)) {
        m_notifier->setEnabled(false);
        emit closed();
    }
#endif
}
