#include "gatewaybinding.h"

#include "mainwindow.h"
#include "settings/gatewayconfig.h"
#include "settings/secretstore.h"
#include "settings/settings.h"

using namespace Qt::StringLiterals;

GatewayBinding::GatewayBinding(Settings* settings, SecretStore* secrets, MainWindow* window,
                               QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_window(window) {
    connect(m_settings, &Settings::activeProfileChanged, this, &GatewayBinding::refresh);
    connect(m_settings, &Settings::profilesChanged, this, &GatewayBinding::refresh);
}

void GatewayBinding::setBaseUrlOverride(const QUrl& baseUrl) {
    m_override = baseUrl;
}

void GatewayBinding::refresh() {
    const quint64 generation = ++m_generation;
    GatewayProfile profile = m_settings->activeProfile();
    if (m_override.isValid()) {
        profile.id =
            u"url:"_s + m_override.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
        profile.name.clear();
        profile.baseUrl = m_override;
        SecretResult key;
        key.status = SecretResult::Status::NotFound;
        if (const std::optional<EnvironmentKey> environment = environmentApiKey()) {
            key.status = SecretResult::Status::Ok;
            key.secret = environment->value;
            key.source = KeySource::Environment;
        }
        apply(profile, key);
        return;
    }
    SecretOperation* lookup = m_secrets->lookup(profile);
    connect(lookup, &SecretOperation::finished, this, [this, lookup, profile, generation] {
        if (generation == m_generation)
            apply(profile, lookup->result());
    });
}

void GatewayBinding::apply(const GatewayProfile& profile, const SecretResult& key) {
    GatewaySetup setup;
    setup.profileId = profile.id;
    setup.label = profile.name;
    setup.pollIntervalMs = profile.pollIntervalMs;
    setup.prices = profile.prices;
    setup.monthlyBudget = profile.monthlyBudget;
    setup.keySource = key.ok() ? key.source : KeySource::None;
    QString caError;
    setup.config = clientConfigFor(profile, key.ok() ? key.secret : QString{}, &caError);
    if (!caError.isEmpty())
        setup.problem = tr("The gateway \"%1\" is not used: %2").arg(profile.name, caError);
    if (key.status == SecretResult::Status::Unavailable ||
        key.status == SecretResult::Status::Failed)
        m_window->showProblem(
            [key] { return tr("The API key could not be read: %1").arg(key.errorText()); });
    m_window->setGateway(setup);
    emit gatewayApplied();
}
