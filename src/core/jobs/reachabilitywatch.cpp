#include "reachabilitywatch.h"

#include <QNetworkInformation>

ReachabilityWatch::ReachabilityWatch(QObject* parent)
    : QObject(parent) {
    m_hasBackend =
        QNetworkInformation::instance() != nullptr ||
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation* info = QNetworkInformation::instance();
    if (!m_hasBackend || !info)
        return;
    connect(info, &QNetworkInformation::reachabilityChanged, this, &ReachabilityWatch::update);
    update();
}

void ReachabilityWatch::update() {
    const QNetworkInformation* info = QNetworkInformation::instance();
    const bool offline =
        info && info->reachability() == QNetworkInformation::Reachability::Disconnected;
    if (offline == m_offline)
        return;
    m_offline = offline;
    emit offlineChanged(offline);
}
