#pragma once

#include "settings/gatewayprofile.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class MainWindow;
class SecretStore;
class Settings;
class SettingsDialog;
struct GatewayChoice;
struct SecretResult;

// Hands the window the gateway GatewayChoice picks (the active profile, or the
// one serving --base-url), with its key from the environment or the store, and
// again whenever the user changes that profile, its key or which one is active.
// Closing the settings changes nothing else: the demo stays the demo. The
// keychain is asked asynchronously: the window never waits, and an answer that
// arrives after a newer question is dropped. Opens the settings for the window.
class GatewayBinding final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayBinding)

public:
    GatewayBinding(Settings* settings, SecretStore* secrets, MainWindow* window,
                   QObject* parent = nullptr);
    ~GatewayBinding() override;

    // --base-url (or VIDEOREMIX_BASE_URL): this gateway instead of the active profile's.
    void setBaseUrlOverride(const QUrl& baseUrl);
    // The settings dialog while it is open.
    SettingsDialog* settingsDialog() const;

public slots:
    void refresh();
    // Opens the settings (or raises them); a non-empty id shows that profile's key.
    void openSettings(const QString& profileId = {});

signals:
    // The window has the gateway of the latest refresh.
    void gatewayApplied();

private:
    // The user changed what the window uses: another active profile, its settings, its key.
    void onSettingsChanged();
    void onKeyStored(const QString& profileId);
    void apply(const GatewayChoice& choice, const SecretResult& stored);

    Settings* m_settings = nullptr;
    SecretStore* m_secrets = nullptr;
    MainWindow* m_window = nullptr;
    QUrl m_override;
    quint64 m_generation = 0;
    // The active profile as last seen: a change to it is the user choosing a gateway.
    GatewayProfile m_seenActive;
    QPointer<SettingsDialog> m_dialog;
};
