#include "gatewayselection.h"

#include "settings/gatewaychoice.h"
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

} // namespace

std::optional<GatewaySelection> GatewaySelection::choose(const CliOptions& options,
                                                         const Settings& settings,
                                                         SecretStore& secrets, QString& problem) {
    GatewayChoice::Request request;
    request.profiles = settings.profiles();
    if (!options.profileName.isEmpty()) {
        const auto named = settings.findProfile(options.profileName);
        if (!named) {
            problem =
                tr("There is no profile named \"%1\"; \"videoremix-cli profiles\" lists them.")
                    .arg(options.profileName);
            return std::nullopt;
        }
        request.profileId = named->id;
        request.profileNamed = true;
    } else {
        request.profileId = settings.activeProfileId();
    }
    if (!options.baseUrl.isEmpty())
        request.baseUrlOverride = options.baseUrl;
    const GatewayChoice choice = GatewayChoice::choose(request);
    if (!choice.problem.isEmpty()) {
        problem = choice.problem;
        return std::nullopt;
    }

    GatewaySelection selection;
    selection.profile = choice.profile;
    const std::optional<EnvironmentKey> environment = environmentApiKey();
    SecretResult stored;
    if (!environment && choice.mayUseStoredKey()) {
        secrets.setTimeoutMs(KeychainTimeoutMs);
        stored = SecretStore::waitFor(secrets.lookup(choice.profile));
    }
    const GatewayChoice::Key key = choice.key(environment, stored);
    if (!key.isSet()) {
        problem = choice.saved && !choice.profile.name.isEmpty()
                      ? tr("No API key for the profile \"%1\": set it in VideoRemix's settings, "
                           "or set VIDEOREMIX_API_KEY.")
                            .arg(choice.profile.name)
                      : tr("No API key: set VIDEOREMIX_API_KEY.");
        return std::nullopt;
    }
    selection.keySource = key.source;

    QString caProblem;
    selection.config = clientConfigFor(choice.profile, key.value, &caProblem);
    if (!caProblem.isEmpty()) {
        problem = caProblem;
        return std::nullopt;
    }
    selection.config = withUserLimits(selection.config, options);
    selection.pollIntervalMs = options.pollIntervalGiven || !choice.saved
                                   ? options.pollIntervalMs
                                   : choice.profile.pollIntervalMs;
    return selection;
}
