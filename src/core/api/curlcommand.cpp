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

namespace {

QString postTo(const QUrl& baseUrl, const QStringList& segments) {
    // Credentials in the URL would be a key by another name.
    const RequestFactory factory(
        ClientConfig::forGateway(baseUrl.adjusted(QUrl::RemoveUserInfo), QString{}));
    return u"curl -X POST "_s + shellQuoted(factory.apiUrl(segments).toString(QUrl::FullyEncoded)) +
           u" -H \"Authorization: Bearer $VIDEOREMIX_API_KEY\""_s;
}

QString jsonBody(const QJsonObject& body) {
    return u" -H 'Content-Type: application/json' -d "_s +
           shellQuoted(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

} // namespace

QString createCurlCommand(const QUrl& baseUrl, const CreateRequest& request,
                          const QString& imageFile) {
    const QString post = postTo(baseUrl, {u"videos"_s});
    if (imageFile.isEmpty())
        return post + jsonBody(request.toJson());
    QString command = post;
    CreateRequest withImage = request;
    withImage.reference = PreparedImage{}; // the form then names the size the image was fitted to
    for (const auto& [name, value] : withImage.formFields())
        command += u" -F "_s + shellQuoted(name + u'=' + value);
    return command + u" -F "_s + shellQuoted(u"input_reference=@"_s + imageFile);
}

QString remixCurlCommand(const QUrl& baseUrl, const RemixRequest& request) {
    return postTo(baseUrl, {u"videos"_s, request.videoId, u"remix"_s}) + jsonBody(request.toJson());
}
