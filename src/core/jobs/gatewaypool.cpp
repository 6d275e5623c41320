#include "gatewaypool.h"

#include "../api/apiclient.h"
#include "../settings/gatewayconfig.h"
#include "reachabilitywatch.h"
#include "requestslots.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcGatewayPool, "videoremix.jobs.gateways")

Gateway::Gateway() = default;
Gateway::~Gateway() = default;

GatewayPool::GatewayPool(Limits limits, QObject* parent)
    : QObject(parent)
    , m_limits(limits) {}

GatewayPool::~GatewayPool() = default;

bool GatewayPool::offline(const Gateway& gateway) const {
    return m_reachability && m_reachability->isOffline() && !gateway.loopback;
}

void GatewayPool::add(const QString& profileId, const ClientConfig& config, int pollIntervalMs) {
    remove(profileId);
    auto gateway = std::make_unique<Gateway>();
    gateway->profileId = profileId;
    gateway->baseUrl = config.baseUrl;
    gateway->client = std::make_unique<ApiClient>(config);
    gateway->requestSlots = std::make_unique<RequestSlots>(m_limits.maxRequestsInFlight);
    gateway->submitSlots = std::make_unique<RequestSlots>(m_limits.maxSubmitsInFlight);
    gateway->pollIntervalMs = std::max(100, pollIntervalMs);
    gateway->loopback = isLoopbackHost(config.baseUrl.host());
    if (!gateway->loopback)
        watchReachability();
    gateway->paused = m_paused || offline(*gateway);
    const bool usable = !gateway->paused;
    m_gateways[profileId] = std::move(gateway);
    if (usable)
        emit ready(profileId);
}

void GatewayPool::remove(const QString& profileId) {
    const auto it = m_gateways.find(profileId);
    if (it == m_gateways.end())
        return;
    emit stopping(profileId, true);
    // Taken out first: whatever stopping() left running finds no gateway.
    const std::unique_ptr<Gateway> gateway = std::move(it->second);
    m_gateways.erase(it);
}

Gateway* GatewayPool::find(const QString& profileId) const {
    const auto it = m_gateways.find(profileId);
    return it == m_gateways.end() ? nullptr : it->second.get();
}

RequestSlots* GatewayPool::requestSlots(const QString& profileId) const {
    const Gateway* gateway = find(profileId);
    return gateway ? gateway->requestSlots.get() : nullptr;
}

std::optional<bool> GatewayPool::listSupported(const QString& profileId) const {
    const Gateway* gateway = find(profileId);
    return gateway ? gateway->listSupported : std::nullopt;
}

void GatewayPool::setPaused(bool paused) {
    if (m_paused == paused)
        return;
    m_paused = paused;
    QStringList profileIds;
    for (const auto& [profileId, gateway] : m_gateways) {
        gateway->paused = paused || offline(*gateway);
        profileIds << profileId;
    }
    // Keys first: a listener may add or remove gateways.
    for (const QString& profileId : std::as_const(profileIds)) {
        if (paused)
            emit stopping(profileId, false);
        else if (const Gateway* gateway = find(profileId); gateway && !gateway->paused)
            emit ready(profileId);
    }
    emit pausedChanged(paused);
}

void GatewayPool::watchReachability() {
    // Only now: its backends (NetworkManager over D-Bus, GLib's GIO) cost a
    // start-up that follows only the local mock, or nothing yet, for nothing.
    if (m_reachability || !m_limits.pauseWhenOffline)
        return;
    m_reachability = std::make_unique<ReachabilityWatch>();
    connect(m_reachability.get(), &ReachabilityWatch::offlineChanged, this,
            &GatewayPool::onOfflineChanged);
}

void GatewayPool::onOfflineChanged(bool offline) {
    qCInfo(lcGatewayPool) << (offline ? "offline: following paused" : "online: following resumes");
    QStringList remote;
    for (const auto& [profileId, gateway] : m_gateways) {
        if (gateway->loopback)
            continue;
        gateway->paused = m_paused || offline;
        remote << profileId;
    }
    for (const QString& profileId : std::as_const(remote)) {
        if (offline)
            emit stopping(profileId, false);
        else if (!m_paused)
            emit ready(profileId);
    }
}
