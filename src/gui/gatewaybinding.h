#pragma once

#include <QObject>
#include <QUrl>

class MainWindow;
class SecretStore;
class Settings;
struct GatewayProfile;
struct SecretResult;

// Hands the window the gateway of the active profile, with its key from the
// environment or the keychain, and again whenever the profile, its settings or
// its key change. The keychain is asked asynchronously: the window never waits,
// and an answer that arrives after a newer question is dropped.
class GatewayBinding final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayBinding)

public:
    GatewayBinding(Settings* settings, SecretStore* secrets, MainWindow* window,
                   QObject* parent = nullptr);

    // --base-url (or VIDEOREMIX_BASE_URL): this gateway instead of the profile's,
    // with the key from the environment only, never a stored key meant for another host.
    void setBaseUrlOverride(const QUrl& baseUrl);

public slots:
    void refresh();

signals:
    // The window has the gateway of the latest refresh.
    void gatewayApplied();

private:
    void apply(const GatewayProfile& profile, const SecretResult& key);

    Settings* m_settings = nullptr;
    SecretStore* m_secrets = nullptr;
    MainWindow* m_window = nullptr;
    QUrl m_override;
    quint64 m_generation = 0;
};
