#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

// A per-gateway limit on requests in flight. Whoever wants to talk to the
// gateway asks for a slot and is called back when one is free; the holder
// gives it back when its answer arrived. Keeps a hundred followed jobs from
// hitting a gateway at once (and being answered with 429s).
class RequestSlots final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestSlots)

public:
    explicit RequestSlots(int limit, QObject* parent = nullptr);

    int limit() const { return m_limit; }
    void setLimit(int limit);
    int inFlight() const { return m_inFlight; }
    int waiting() const { return int(m_waiting.size()); }
    // The most slots ever held at once; what tests and benchmarks check.
    int peakInFlight() const { return m_peak; }

    // Calls `granted` (never from inside this call when it has to wait) once a
    // slot is free. Nothing is called when `owner` is gone or cancelled first.
    void acquire(QObject* owner, std::function<void()> granted);
    // Drops every request of `owner` that is still waiting.
    void cancel(QObject* owner);
    void release();

private:
    struct Waiter final {
        QPointer<QObject> owner;
        std::function<void()> granted;
    };
    void grantWaiting();

    int m_limit = 1;
    int m_inFlight = 0;
    int m_peak = 0;
    bool m_grantScheduled = false;
    QList<Waiter> m_waiting;
};
