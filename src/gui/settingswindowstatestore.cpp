#include "settingswindowstatestore.h"

#include "settings/settings.h"

SettingsWindowStateStore::SettingsWindowStateStore(Settings* settings)
    : m_settings(settings) {}

QByteArray SettingsWindowStateStore::loadWindowState(const QString& key) const {
    return m_settings->windowState(key);
}

bool SettingsWindowStateStore::saveWindowState(const QString& key, const QByteArray& state) {
    return m_settings->setWindowState(key, state);
}
