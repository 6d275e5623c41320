#include "requestfactory.h"

#include "../settings/logredaction.h"
#include "videoremix_version.h"

#include <QSslConfiguration>

using namespace Qt::StringLiterals;

RequestFactory::RequestFactory(ClientConfig config)
    : m_config(std::move(config))
    , m_base(normalizedBaseUrl(m_config.baseUrl)) {
    // Whatever this key is shaped like, no error, log line or file shows it.
    LogRedaction::addSecret(m_config.apiKey);
}

QUrl RequestFactory::normalizedBaseUrl(const QUrl& baseUrl) {
    QUrl url =
        baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/v1"_s))
        path.chop(3);
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

QUrl RequestFactory::apiUrl(const QStringList& segments, const QUrlQuery& query) const {
    QString path = m_base.path(QUrl::FullyEncoded) + u"/v1"_s;
    for (const QString& segment : segments)
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    QUrl url = m_base;
    // Already encoded: TolerantMode keeps %2F as data instead of a separator.
    url.setPath(path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QByteArray RequestFactory::userAgent() {
    return "VideoRemix/" VIDEOREMIX_VERSION;
}

QNetworkRequest RequestFactory::common(const QUrl& url, const QByteArray& accept) const {
    QNetworkRequest request(url);
    request.setRawHeader("Accept", accept);
    request.setRawHeader("User-Agent", userAgent());
    // Qt forwards the Authorization header across origins by default: never let it follow.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_config.inactivityTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, m_config.http2Allowed);
    if (url.scheme() == u"https"_s && !m_config.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_config.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

QNetworkRequest RequestFactory::withKey(const QUrl& url, const QByteArray& accept) const {
    QNetworkRequest request = common(url, accept);
    request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    return request;
}

QNetworkRequest RequestFactory::authorized(const QUrl& url, const QByteArray& accept) const {
    QNetworkRequest request = withKey(url, accept);
    request.setRawHeader("Content-Type", "application/json");
    return request;
}

QNetworkRequest RequestFactory::authorizedMultipartPost(const QUrl& url) const {
    return withKey(url, "application/json");
}

QNetworkRequest RequestFactory::authorizedOneShotPost(const QUrl& url, qint64 bodyLength) const {
    QNetworkRequest request = authorized(url);
    request.setHeader(QNetworkRequest::ContentLengthHeader, bodyLength);
    // Without this Qt copies the body into a buffer it can rewind and re-send.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    return request;
}

QNetworkRequest RequestFactory::anonymous(const QUrl& url) const {
    return common(url, "*/*");
}

bool RequestFactory::isApiOrigin(const QUrl& url) const {
    return url.scheme() == m_base.scheme() && url.host() == m_base.host() &&
           url.port(url.scheme() == u"https"_s ? 443 : 80) ==
               m_base.port(m_base.scheme() == u"https"_s ? 443 : 80);
}
