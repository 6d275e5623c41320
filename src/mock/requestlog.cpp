#include "requestlog.h"

#include "multipartform.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QImage>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxLoggedValueBytes = 256 * 1024;

// Header names are lower-cased (HTTP treats them case-insensitively) and
// repeated headers joined, so tests can look them up directly.
QJsonObject headerObject(const HttpRequest& request, bool redact) {
    QJsonObject headers;
    for (const auto& [rawName, rawValue] : request.headers) {
        const QString name = QString::fromLatin1(rawName).toLower();
        QString value = QString::fromUtf8(rawValue);
        if (redact && name == u"authorization"_s)
            value = value.section(u' ', 0, 0) + u" ***"_s;
        const QString previous = headers.value(name).toString();
        headers.insert(name, previous.isEmpty() ? value : previous + u", "_s + value);
    }
    return headers;
}

// What a test needs to check an upload without the log holding its bytes:
// size and digest, the pixel size of an image, the text of a plain field.
QJsonObject partObject(const MultipartPart& part) {
    QJsonObject object{
        {u"name"_s, part.name},
        {u"content_type"_s, QString::fromUtf8(part.contentType)},
        {u"size"_s, part.data.size()},
        {u"sha256"_s, QString::fromLatin1(
                          QCryptographicHash::hash(part.data, QCryptographicHash::Sha256).toHex())},
    };
    if (part.fileName)
        object.insert(u"filename"_s, *part.fileName);
    const bool text = !part.isFile() && (part.contentType.isEmpty() ||
                                         part.contentType.toLower().startsWith("text/"));
    // A longest prompt fits; a base64 image sent as a field does not.
    if (text && part.data.size() <= MaxLoggedValueBytes)
        object.insert(u"value"_s, QString::fromUtf8(part.data));
    QImage image;
    if (!text && image.loadFromData(part.data)) {
        object.insert(u"width"_s, image.width());
        object.insert(u"height"_s, image.height());
    }
    return object;
}

} // namespace

void RequestLog::record(const HttpRequest& request, const QString& origin) {
    // A multipart body is described part by part instead of kept: it may be
    // megabytes of image bytes that no test wants to read back as text.
    const QByteArray contentType = request.header("Content-Type");
    const bool multipart = MultipartForm::isMultipart(contentType);
    QJsonObject entry{
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"path"_s, QString::fromUtf8(request.path)},
        {u"query"_s, QString::fromUtf8(request.query)},
        {u"headers"_s, headerObject(request, false)},
        {u"body"_s, multipart ? QString() : QString::fromUtf8(request.body)},
        {u"origin"_s, origin},
        {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    if (multipart) {
        // A malformed body gets no parts: the API answers invalid_multipart.
        if (const auto parts = MultipartForm::parse(contentType, request.body)) {
            QJsonArray described;
            for (const MultipartPart& part : *parts)
                described.append(partObject(part));
            entry.insert(u"parts"_s, described);
        }
    }
    m_entries.append(entry);

    if (!m_echo)
        return;
    entry.insert(u"headers"_s, headerObject(request, true));
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}
