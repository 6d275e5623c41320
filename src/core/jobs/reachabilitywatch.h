#pragma once

#include <QObject>

// Whether the machine is offline, from QNetworkInformation when a backend
// loads (NetworkManager, GLib, ...). Without a backend, or while the answer is
// unknown, it never claims to be offline: following then simply goes on.
class ReachabilityWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReachabilityWatch)

public:
    explicit ReachabilityWatch(QObject* parent = nullptr);

    bool hasBackend() const { return m_hasBackend; }
    bool isOffline() const { return m_offline; }

signals:
    void offlineChanged(bool offline);

private:
    void update();

    bool m_hasBackend = false;
    bool m_offline = false;
};
