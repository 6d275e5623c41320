#include "curlcommand.h"

#include "requestfactory.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString shellQuoted(const QString& text) {
    // Inside single quotes nothing is special but the quote itself: end, escape, reopen.
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

QString remixCurlCommand(const QUrl& baseUrl, const RemixRequest& request) {
    // Credentials in the URL would be a key by another name.
    const RequestFactory factory(
        ClientConfig::forGateway(baseUrl.adjusted(QUrl::RemoveUserInfo), QString{}));
    const QUrl url = factory.apiUrl({u"videos"_s, request.videoId, u"remix"_s});
    const QString body =
        QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    return u"curl -X POST "_s + shellQuoted(url.toString(QUrl::FullyEncoded)) +
           u" -H \"Authorization: Bearer $VIDEOREMIX_API_KEY\""_s +
           u" -H 'Content-Type: application/json' -d "_s + shellQuoted(body);
}
