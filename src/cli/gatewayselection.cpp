#include "gatewayselection.h"

#include "api/requestfactory.h"
#include "settings/gatewayconfig.h"
#include "settings/settings.h"

namespace {

constexpr int KeychainTimeoutMs = 10'000;

std::optional<GatewayProfile> profileServing(const QList<GatewayProfile>& profiles,
                                             const QUrl& baseUrl) {
    const QUrl wanted = RequestFactory::normalizedBaseUrl(baseUrl);
    for (const GatewayProfile& profile : profiles) {
        if (RequestFactory::normalizedBaseUrl(profile.baseUrl) == wanted)
            return profile;
    }
    return std::nullopt;
}

} // namespace

std::optional<GatewaySelection> GatewaySelection::choose(const CliOptions& options,
                                                         const Settings& settings,
                                                         SecretStore& secrets, QString& problem) {
    GatewaySelection selection;
    // A profile's key goes only to that profile's gateway.
    bool profileServesUrl = true;
    if (!options.profileName.isEmpty()) {
        const auto named = settings.findProfile(options.profileName);
        if (!named) {
            problem =
                tr("There is no profile named \"%1\"; \"videoremix-cli profiles\" lists them.")
                    .arg(options.profileName);
            return std::nullopt;
        }
        selection.profile = *named;
    } else if (!options.baseUrl.isEmpty()) {
        const auto serving = profileServing(settings.profiles(), options.baseUrl);
        profileServesUrl = serving.has_value();
        selection.profile = serving.value_or(GatewayProfile::create(QString(), options.baseUrl));
    } else {
        selection.profile = settings.activeProfile();
    }

    QString apiKey;
    if (const auto environment = environmentApiKey()) {
        apiKey = environment->value;
        selection.keySource = KeySource::Environment;
    } else if (profileServesUrl) {
        secrets.setTimeoutMs(KeychainTimeoutMs);
        const SecretResult stored = SecretStore::waitFor(secrets.lookup(selection.profile));
        if (stored.ok()) {
            apiKey = stored.secret;
            selection.keySource = stored.source;
        }
    }
    if (apiKey.isEmpty()) {
        problem =
            profileServesUrl && !selection.profile.name.isEmpty()
                ? tr("No API key for the profile \"%1\": set it in VideoRemix's settings, or set "
                     "VIDEOREMIX_API_KEY.")
                      .arg(selection.profile.name)
                : tr("No API key: set VIDEOREMIX_API_KEY.");
        return std::nullopt;
    }

    QString caProblem;
    selection.config = clientConfigFor(selection.profile, apiKey, &caProblem);
    if (!caProblem.isEmpty()) {
        problem = caProblem;
        return std::nullopt;
    }
    if (!options.baseUrl.isEmpty())
        selection.config.baseUrl = options.baseUrl;
    selection.pollIntervalMs = options.pollIntervalGiven || !profileServesUrl
                                   ? options.pollIntervalMs
                                   : selection.profile.pollIntervalMs;
    return selection;
}
