#pragma once

#include "gatewayprofile.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

// Which gateway and which key a run uses: the one rule the window and the CLI
// share. A base-URL override (--base-url, VIDEOREMIX_BASE_URL, OPENAI_BASE_URL)
// is served by the profile whose address is the same gateway (scheme, host,
// port and path, a trailing "/" or "/v1" aside), with that profile's settings
// and key; no profile's stored key ever goes to another address. The key in
// the environment wins over a stored one; the demo uses its own key only.
struct GatewayChoice final {
    Q_DECLARE_TR_FUNCTIONS(GatewayChoice)

public:
    struct Request final {
        QList<GatewayProfile> profiles;
        QString profileId;         // the active profile, or the one named on the command line
        bool profileNamed = false; // named by the user: an override it does not serve is an error
        QUrl baseUrlOverride;      // empty: none
    };

    // The key in use and where it was found.
    struct Key final {
        QString value;
        KeySource source = KeySource::None;
        QString variable; // the environment variable, for KeySource::Environment

        bool isSet() const { return !value.isEmpty(); }
    };

    // The profile whose settings are used. Not one of the user's (`saved` false)
    // when an override matches none: then it is named after the address.
    GatewayProfile profile;
    bool saved = false;
    bool demo = false;
    QString problem; // set: nothing is to be used

    static GatewayChoice choose(const Request& request);
    // The local demo server: its own address and key, nothing of the user's.
    static GatewayChoice demoAt(const QUrl& baseUrl);
    static QString demoKey();
    // The profile id of a gateway no profile serves, stable across runs.
    static QString adHocProfileId(const QUrl& baseUrl);
    // Same gateway: the addresses differ at most by a trailing "/" or "/v1".
    static bool sameGateway(const QUrl& a, const QUrl& b);

    // Whether the profile's stored key (this run's memory, keychain, key file) may be asked for.
    bool mayUseStoredKey() const { return saved && !demo && problem.isEmpty(); }
    // The key to use: the demo's; else the environment's; else `stored` (when it may be used).
    Key key(const std::optional<EnvironmentKey>& environment, const SecretResult& stored) const;
};
