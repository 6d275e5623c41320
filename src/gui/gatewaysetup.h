#pragma once

#include "api/clientconfig.h"
#include "settings/gatewayprofile.h"
#include "settings/secretstore.h"

#include <QString>

// Which gateway the window talks to, and how its key was found: the active
// profile, the command line's --base-url, or the demo's local mock.
struct GatewaySetup final {
    // The job library files jobs under it; their gateway is found by it after a restart.
    QString profileId;
    ClientConfig config;
    QString label; // the profile's name for the status bar; empty: the base URL alone
    KeySource keySource = KeySource::None;
    QString keyVariable;       // the environment variable the key came from
    QString keyFile;           // the key file it came from
    bool savedProfile = false; // one of the user's profiles: the settings can change its key
    // The key could not be read (no keychain): said only where a key is needed.
    std::optional<SecretResult> keyProblem;
    int pollIntervalMs = GatewayProfile::DefaultPollIntervalMs;
    bool demo = false;
    // What its jobs cost, and the cap on a month of them (the profile's; list prices otherwise).
    PriceTable prices = PriceTable::defaults();
    std::optional<double> monthlyBudget;
    // Set when the gateway must not be used (its CA file is unusable): shown instead.
    QString problem;

    bool hasKey() const { return !config.apiKey.isEmpty(); }
};
