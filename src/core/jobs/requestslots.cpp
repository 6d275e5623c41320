#include "requestslots.h"

#include <QTimer>

RequestSlots::RequestSlots(int limit, QObject* parent)
    : QObject(parent)
    , m_limit(std::max(1, limit)) {}

void RequestSlots::setLimit(int limit) {
    m_limit = std::max(1, limit);
    grantWaiting();
}

void RequestSlots::acquire(QObject* owner, std::function<void()> granted) {
    if (m_waiting.isEmpty() && m_inFlight < m_limit) {
        m_peak = std::max(m_peak, ++m_inFlight);
        granted();
        return;
    }
    m_waiting.append({owner, std::move(granted)});
}

void RequestSlots::cancel(QObject* owner) {
    m_waiting.removeIf([owner](const Waiter& waiter) { return waiter.owner == owner; });
}

void RequestSlots::release() {
    m_inFlight = std::max(0, m_inFlight - 1);
    if (m_grantScheduled || m_waiting.isEmpty())
        return;
    // Granting from inside release() would run the next request from within
    // the previous one's finished handler; a queued turn keeps stacks flat.
    m_grantScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_grantScheduled = false;
        grantWaiting();
    });
}

void RequestSlots::grantWaiting() {
    while (m_inFlight < m_limit && !m_waiting.isEmpty()) {
        Waiter waiter = m_waiting.takeFirst();
        if (!waiter.owner)
            continue;
        m_peak = std::max(m_peak, ++m_inFlight);
        waiter.granted();
    }
}
