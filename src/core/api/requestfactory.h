#pragma once

#include "clientconfig.h"

#include <QNetworkRequest>
#include <QStringList>
#include <QUrlQuery>

// The ONE place that builds requests: base URL join, Authorization, User-Agent,
// Accept, redirect policy, timeouts, TLS trust. No other file sets those.
class RequestFactory final {
public:
    explicit RequestFactory(ClientConfig config);

    const ClientConfig& config() const { return m_config; }

    // "https://host", "https://host/" and "https://host/v1" all name the same API root.
    static QUrl normalizedBaseUrl(const QUrl& baseUrl);
    // {base}/v1/<segments...>, each segment percent-encoded as exactly one path segment.
    QUrl apiUrl(const QStringList& segments, const QUrlQuery& query = {}) const;

    // Carries the key: redirects are never followed by Qt, we decide per origin.
    QNetworkRequest authorized(const QUrl& url,
                               const QByteArray& accept = "application/json") const;
    // A POST that Qt must never send twice by itself (see OneShotBody).
    QNetworkRequest authorizedOneShotPost(const QUrl& url, qint64 bodyLength) const;
    // A multipart POST: Qt sets the Content-Type with its boundary.
    QNetworkRequest authorizedMultipartPost(const QUrl& url) const;
    // For another origin (a CDN the gateway points at): no key, ever.
    QNetworkRequest anonymous(const QUrl& url) const;

    bool isApiOrigin(const QUrl& url) const;

    static QByteArray userAgent();

private:
    QNetworkRequest common(const QUrl& url, const QByteArray& accept) const;
    QNetworkRequest withKey(const QUrl& url, const QByteArray& accept) const;

    ClientConfig m_config;
    QUrl m_base;
};
