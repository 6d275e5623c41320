#include "gatewayselection.h"

#include "api/requestfactory.h"
#include "settings/gatewayconfig.h"
#include "settings/settings.h"

#include <climits>

namespace {

constexpr int KeychainTimeoutMs = 10'000;

ClientConfig withUserLimits(ClientConfig config, const CliOptions& options) {
    if (options.timeoutMs) {
        // The user's limit caps every wait the client would otherwise allow itself.
        const int cap = int(std::min<qint64>(*options.timeoutMs, INT_MAX));
        config.requestDeadlineMs = std::min(config.requestDeadlineMs, cap);
        config.inactivityTimeoutMs = std::min(config.inactivityTimeoutMs, cap);
        config.downloadDeadlineMs = std::min(config.downloadDeadlineMs, cap);
    }
    return config;
}

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
    selection.config = withUserLimits(selection.config, options);
    selection.pollIntervalMs = options.pollIntervalGiven || !profileServesUrl
                                   ? options.pollIntervalMs
                                   : selection.profile.pollIntervalMs;
    return selection;
}
