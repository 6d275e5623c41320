#include "stdinwatcher.h"

#include <cerrno>
#include <unistd.h>

StdinWatcher::StdinWatcher(QObject* parent)
    : QObject(parent)
    , m_notifier(STDIN_FILENO, QSocketNotifier::Read) {
    connect(&m_notifier, &QSocketNotifier::activated, this, &StdinWatcher::onActivated);
}

void StdinWatcher::onActivated() {
    char buffer[4096];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count == 0 || (count < 0 && errno != EINTR && errno != EAGAIN)) {
        m_notifier.setEnabled(false);
        emit closed();
    }
}
