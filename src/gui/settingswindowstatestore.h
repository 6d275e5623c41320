#pragma once

#include "windowstatestore.h"

class Settings;

// Keeps window geometry and state in Settings (windows/<key>), so the window
// never needs to know where or how they are stored.
class SettingsWindowStateStore final : public WindowStateStore {
public:
    explicit SettingsWindowStateStore(Settings* settings);

    QByteArray loadWindowState(const QString& key) const override;
    bool saveWindowState(const QString& key, const QByteArray& state) override;

private:
    Settings* m_settings = nullptr;
};
