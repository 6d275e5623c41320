#include "gatewaybinding.h"

#include "mainwindow.h"
#include "settings/gatewaychoice.h"
#include "settings/gatewayconfig.h"
#include "settings/secretstore.h"
#include "settings/settings.h"
#include "settingsdialog.h"

using namespace Qt::StringLiterals;

GatewayBinding::GatewayBinding(Settings* settings, SecretStore* secrets, MainWindow* window,
                               QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_window(window)
    , m_seenActive(settings->activeProfile()) {
    connect(m_settings, &Settings::activeProfileChanged, this, &GatewayBinding::onSettingsChanged);
    connect(m_settings, &Settings::profilesChanged, this, &GatewayBinding::onSettingsChanged);
    connect(m_window, &MainWindow::settingsRequested, this, &GatewayBinding::openSettings);
}

GatewayBinding::~GatewayBinding() {
    delete m_dialog;
}

SettingsDialog* GatewayBinding::settingsDialog() const {
    return m_dialog;
}

void GatewayBinding::setBaseUrlOverride(const QUrl& baseUrl) {
    m_override = baseUrl;
}

void GatewayBinding::onSettingsChanged() {
    const GatewayProfile active = m_settings->activeProfile();
    const bool chosen = active.id != m_seenActive.id;
    const bool edited = active != m_seenActive;
    m_seenActive = active;
    // Another profile chosen: that one. The one in use edited: again, with its new settings.
    // Anything else, or an edit while the demo runs, leaves the gateway in use as it is.
    if (m_window->isDemo() ? chosen : chosen || edited || m_override.isValid())
        refresh();
}

void GatewayBinding::onKeyStored(const QString& profileId) {
    if (profileId == m_window->gateway().profileId || profileId == m_settings->activeProfileId())
        refresh();
}

void GatewayBinding::refresh() {
    const quint64 generation = ++m_generation;
    m_seenActive = m_settings->activeProfile();
    GatewayChoice::Request request;
    request.profiles = m_settings->profiles();
    request.profileId = m_settings->activeProfileId();
    request.baseUrlOverride = m_override;
    const GatewayChoice choice = GatewayChoice::choose(request);
    if (!choice.mayUseStoredKey()) {
        SecretResult none;
        none.status = SecretResult::Status::NotFound;
        apply(choice, none);
        return;
    }
    SecretOperation* lookup = m_secrets->lookup(choice.profile);
    connect(lookup, &SecretOperation::finished, this, [this, lookup, choice, generation] {
        if (generation == m_generation)
            apply(choice, lookup->result());
    });
}

void GatewayBinding::apply(const GatewayChoice& choice, const SecretResult& stored) {
    const GatewayProfile& profile = choice.profile;
    const GatewayChoice::Key key = choice.key(environmentApiKey(), stored);
    GatewaySetup setup;
    setup.profileId = profile.id;
    setup.label = choice.saved ? profile.name : QString();
    setup.pollIntervalMs = profile.pollIntervalMs;
    setup.prices = profile.prices;
    setup.monthlyBudget = profile.monthlyBudget;
    setup.keySource = key.source;
    setup.keyVariable = key.variable;
    setup.savedProfile = choice.saved;
    if (key.source == KeySource::File)
        setup.keyFile = m_secrets->keyFilePath();
    QString caError;
    setup.config = clientConfigFor(profile, key.value, &caError);
    if (!caError.isEmpty())
        setup.problem = tr("The gateway \"%1\" is not used: %2").arg(profile.name, caError);
    if (!key.isSet() && (stored.status == SecretResult::Status::Unavailable ||
                         stored.status == SecretResult::Status::Failed))
        setup.keyProblem = stored;
    m_window->setGateway(setup);
    emit gatewayApplied();
}

void GatewayBinding::openSettings(const QString& profileId) {
    if (!m_dialog) {
        m_dialog = new SettingsDialog(m_settings, m_secrets, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SettingsDialog::keyStored, this,
                [this](const QString& id) { onKeyStored(id); });
    }
    if (!profileId.isEmpty())
        m_dialog->showProfileKey(profileId);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}
