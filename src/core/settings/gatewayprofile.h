#pragma once

#include "pricing/pricetable.h"

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Where a profile's API key is kept between runs. A key "for this run only" is
// not a location: it lives in SecretStore's memory and is never persisted.
enum class KeyLocation {
    Keychain, // the OS secret service, through QtKeychain
    File,     // a 0600 file in the config folder, only after the user accepted the risk
};

enum class ProxyMode { System, None, Manual };

// One gateway the user talks to. Holds no secret: the key is looked up by `id`.
struct GatewayProfile final {
    Q_DECLARE_TR_FUNCTIONS(GatewayProfile)

public:
    static constexpr int MinPollIntervalMs = 1'000;
    static constexpr int MaxPollIntervalMs = 10 * 60'000;
    static constexpr int DefaultPollIntervalMs = 10'000;
    static constexpr int MinRequestTimeoutMs = 5'000;
    static constexpr int MaxRequestTimeoutMs = 30 * 60'000;
    static constexpr int DefaultRequestTimeoutMs = 120'000;
    static constexpr qsizetype MaxNameLength = 64;

    // Stable, never shown, survives renames: the keychain entry is keyed on it.
    QString id;
    QString name;
    QUrl baseUrl;
    int pollIntervalMs = DefaultPollIntervalMs;
    int requestTimeoutMs = DefaultRequestTimeoutMs;
    bool http2Enabled = true;
    ProxyMode proxyMode = ProxyMode::System;
    QNetworkProxy::ProxyType manualProxyType = QNetworkProxy::HttpProxy;
    QString manualProxyHost;
    int manualProxyPort = 8080;
    QString caCertificateFile; // empty: the system's trust store only
    KeyLocation keyLocation = KeyLocation::Keychain;
    PriceTable prices = PriceTable::defaults();
    std::optional<double> monthlyBudget; // in prices.currency; none: no cap

    friend bool operator==(const GatewayProfile&, const GatewayProfile&) = default;

    // A fresh profile with a new id and sensible values.
    static GatewayProfile create(const QString& name, const QUrl& baseUrl);
    // The seed's gateway and the local mock, present on first run.
    static QList<GatewayProfile> defaults();
    static QString seedGatewayId();
    static QString localMockId();
    static QUrl seedGatewayUrl();
    static QUrl localMockUrl();

    static QString newId();

    // Human-readable reasons why this profile cannot be saved; empty when valid.
    QStringList validate() const;
    static QString validateBaseUrl(const QUrl& url);

    // The proxy the client should use; nullopt for the system's settings.
    std::optional<QNetworkProxy> networkProxy() const;
    // Reads the CA file; an error text when it is set but unusable.
    QList<QSslCertificate> loadCaCertificates(QString* error = nullptr) const;

    static QString proxyModeKey(ProxyMode mode);
    static std::optional<ProxyMode> proxyModeFromKey(const QString& key);
    static QString keyLocationKey(KeyLocation location);
    static std::optional<KeyLocation> keyLocationFromKey(const QString& key);
};

// Checks a whole list: each profile valid, ids and names (case-insensitively) unique.
QStringList validateProfiles(const QList<GatewayProfile>& profiles);
