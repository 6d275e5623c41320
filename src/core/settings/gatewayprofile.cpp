#include "gatewayprofile.h"

#include <cmath>

#include <QFile>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

QString GatewayProfile::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

GatewayProfile GatewayProfile::create(const QString& name, const QUrl& baseUrl) {
    GatewayProfile profile;
    profile.id = newId();
    profile.name = name;
    profile.baseUrl = baseUrl;
    return profile;
}

QString GatewayProfile::seedGatewayId() {
    return u"seed-gateway"_s;
}

QString GatewayProfile::localMockId() {
    return u"local-mock"_s;
}

QUrl GatewayProfile::seedGatewayUrl() {
    return QUrl(u"https://api.jxincm.cn"_s);
}

QUrl GatewayProfile::localMockUrl() {
    return QUrl(u"http://127.0.0.1:8787"_s);
}

QList<GatewayProfile> GatewayProfile::defaults() {
    GatewayProfile seed;
    seed.id = seedGatewayId();
    seed.name = u"jxincm"_s;
    seed.baseUrl = seedGatewayUrl();
    // The seed's gateway asks for unhurried polling; 429s cost more than they save.
    seed.pollIntervalMs = 15'000;

    GatewayProfile mock;
    mock.id = localMockId();
    mock.name = u"local-mock"_s;
    mock.baseUrl = localMockUrl();
    mock.pollIntervalMs = 2'000;
    mock.requestTimeoutMs = 30'000;
    // Loopback needs no proxy, and a system proxy would swallow 127.0.0.1 on some desktops.
    mock.proxyMode = ProxyMode::None;
    return {seed, mock};
}

QString GatewayProfile::validateBaseUrl(const QUrl& url) {
    if (url.isEmpty())
        return tr("The base URL is empty.");
    if (!url.isValid())
        return tr("The base URL is not a valid URL.");
    if (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
        return tr("The base URL must start with https:// or http://.");
    if (url.host().isEmpty())
        return tr("The base URL has no host name.");
    if (!url.userInfo().isEmpty())
        return tr("The base URL must not contain a user name or password; the API key is set "
                  "separately.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The base URL must not contain a query (?) or fragment (#).");
    return {};
}

QStringList GatewayProfile::validate() const {
    QStringList problems;
    if (id.trimmed().isEmpty())
        problems << tr("The profile has no identifier.");
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        problems << tr("The profile name is empty.");
    else if (trimmedName.size() > MaxNameLength)
        problems << tr("The profile name is longer than %n characters.", nullptr,
                       int(MaxNameLength));
    else if (trimmedName != name)
        problems << tr("The profile name must not start or end with spaces.");
    if (const QString urlProblem = validateBaseUrl(baseUrl); !urlProblem.isEmpty())
        problems << urlProblem;
    if (pollIntervalMs < MinPollIntervalMs || pollIntervalMs > MaxPollIntervalMs)
        problems << tr("The poll interval must be between %1 and %2 seconds.")
                        .arg(MinPollIntervalMs / 1000)
                        .arg(MaxPollIntervalMs / 1000);
    if (requestTimeoutMs < MinRequestTimeoutMs || requestTimeoutMs > MaxRequestTimeoutMs)
        problems << tr("The request timeout must be between %1 and %2 seconds.")
                        .arg(MinRequestTimeoutMs / 1000)
                        .arg(MaxRequestTimeoutMs / 1000);
    if (proxyMode == ProxyMode::Manual) {
        if (manualProxyHost.trimmed().isEmpty())
            problems << tr("The manual proxy needs a host name.");
        if (manualProxyPort < 1 || manualProxyPort > 65535)
            problems << tr("The proxy port must be between 1 and 65535.");
        if (manualProxyType != QNetworkProxy::HttpProxy &&
            manualProxyType != QNetworkProxy::Socks5Proxy)
            problems << tr("The proxy type must be HTTP or SOCKS5.");
    }
    if (!caCertificateFile.isEmpty()) {
        QString caProblem;
        loadCaCertificates(&caProblem);
        if (!caProblem.isEmpty())
            problems << caProblem;
    }
    problems << prices.validate();
    if (monthlyBudget && (!std::isfinite(*monthlyBudget) || *monthlyBudget < 0))
        problems << tr("The monthly budget cannot be negative.");
    return problems;
}

std::optional<QNetworkProxy> GatewayProfile::networkProxy() const {
    switch (proxyMode) {
    case ProxyMode::System:
        return std::nullopt;
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Manual:
        return QNetworkProxy(manualProxyType, manualProxyHost.trimmed(), quint16(manualProxyPort));
    }
    return std::nullopt;
}

QList<QSslCertificate> GatewayProfile::loadCaCertificates(QString* error) const {
    if (caCertificateFile.isEmpty())
        return {};
    QFile file(caCertificateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The CA certificate file %1 cannot be read: %2")
                         .arg(caCertificateFile, file.errorString());
        return {};
    }
    const QByteArray data = file.read(4 * 1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty() && error)
        *error = tr("The file %1 holds no PEM or DER certificate.").arg(caCertificateFile);
    return certificates;
}

QString GatewayProfile::proxyModeKey(ProxyMode mode) {
    switch (mode) {
    case ProxyMode::System:
        return u"system"_s;
    case ProxyMode::None:
        return u"none"_s;
    case ProxyMode::Manual:
        return u"manual"_s;
    }
    return {};
}

std::optional<ProxyMode> GatewayProfile::proxyModeFromKey(const QString& key) {
    for (const ProxyMode mode : {ProxyMode::System, ProxyMode::None, ProxyMode::Manual}) {
        if (proxyModeKey(mode) == key)
            return mode;
    }
    return std::nullopt;
}

QString GatewayProfile::keyLocationKey(KeyLocation location) {
    return location == KeyLocation::File ? u"file"_s : u"keychain"_s;
}

std::optional<KeyLocation> GatewayProfile::keyLocationFromKey(const QString& key) {
    if (key == u"keychain"_s)
        return KeyLocation::Keychain;
    if (key == u"file"_s)
        return KeyLocation::File;
    return std::nullopt;
}

QStringList validateProfiles(const QList<GatewayProfile>& profiles) {
    QStringList problems;
    if (profiles.isEmpty())
        problems << GatewayProfile::tr("At least one gateway profile is needed.");
    QSet<QString> ids;
    QSet<QString> names;
    for (const GatewayProfile& profile : profiles) {
        for (const QString& problem : profile.validate())
            problems << (profile.name.trimmed().isEmpty() ? problem
                                                          : profile.name + u": "_s + problem);
        if (ids.contains(profile.id))
            problems << GatewayProfile::tr("Two profiles share the identifier %1.").arg(profile.id);
        ids.insert(profile.id);
        const QString folded = profile.name.trimmed().toCaseFolded();
        if (!folded.isEmpty() && names.contains(folded))
            problems << GatewayProfile::tr("Two profiles are named \"%1\"; names must differ.")
                            .arg(profile.name);
        names.insert(folded);
    }
    return problems;
}
