#pragma once

#include "../api/clientconfig.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>

class ApiClient;
class ReachabilityWatch;
class RequestSlots;

// One gateway profile's connection: its client and its request slots.
struct Gateway final {
    Gateway();
    ~Gateway();
    Q_DISABLE_COPY_MOVE(Gateway)

    QString profileId;
    QUrl baseUrl;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<RequestSlots> requestSlots; // polls, POSTs, lists, deletes
    std::unique_ptr<RequestSlots> submitSlots;  // paid POSTs, within the above
    int pollIntervalMs = 10'000;
    bool loopback = false; // the local mock: reachable whatever the network does
    bool paused = false;
    // nullopt until a list call told: does the gateway have GET /v1/videos?
    std::optional<bool> listSupported;
    bool unsupportedReported = false;
};

// The gateways of the job library, one per profile whose key is known, and
// whether each may be used now: not while the user paused, nor while the
// network is away (a remote gateway only). Who works with a gateway listens
// to stopping() and ready() rather than asking.
class GatewayPool final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayPool)

public:
    struct Limits {
        int maxRequestsInFlight = 4;
        int maxSubmitsInFlight = 2;
        bool pauseWhenOffline = true;
    };

    explicit GatewayPool(Limits limits, QObject* parent = nullptr);
    ~GatewayPool() override;

    // Talks to `profileId`'s gateway with `config` from now on (replacing any
    // earlier one); ready() follows when it may be used.
    void add(const QString& profileId, const ClientConfig& config, int pollIntervalMs);
    void remove(const QString& profileId);
    bool has(const QString& profileId) const { return m_gateways.count(profileId) > 0; }
    // The gateway, or null; null or paused() means: do not send anything now.
    Gateway* find(const QString& profileId) const;
    RequestSlots* requestSlots(const QString& profileId) const;
    std::optional<bool> listSupported(const QString& profileId) const;

    // Stops and resumes all gateways (the user's choice, or a test's).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

signals:
    // `profileId`'s gateway may be used (again).
    void ready(const QString& profileId);
    // `profileId`'s gateway goes away (`removed`) or is paused: stop its work.
    // Emitted while the gateway still exists.
    void stopping(const QString& profileId, bool removed);
    void pausedChanged(bool paused);

private:
    void watchReachability();
    void onOfflineChanged(bool offline);
    bool offline(const Gateway& gateway) const;

    Limits m_limits;
    bool m_paused = false;
    std::map<QString, std::unique_ptr<Gateway>> m_gateways;
    std::unique_ptr<ReachabilityWatch> m_reachability;
};
