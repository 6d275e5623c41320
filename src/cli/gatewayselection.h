#pragma once

#include "clioptions.h"
#include "settings/gatewayprofile.h"
#include "settings/secretstore.h"

class Settings;

// The gateway and key one CLI run uses, by the rule the window uses too
// (GatewayChoice): --base-url or the environment, served by the profile of that
// gateway if there is one; else --profile, else the active profile. The key from
// the environment, else the profile's stored key. Its client's limits are
// capped by --timeout.
struct GatewaySelection final {
    Q_DECLARE_TR_FUNCTIONS(GatewaySelection)

public:
    ClientConfig config;
    GatewayProfile profile;
    KeySource keySource = KeySource::None;
    int pollIntervalMs = 0;

    // nullopt with `problem` set when no usable gateway or key was found.
    static std::optional<GatewaySelection> choose(const CliOptions& options,
                                                  const Settings& settings, SecretStore& secrets,
                                                  QString& problem);
};
