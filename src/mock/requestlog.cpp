#include "requestlog.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

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

} // namespace

void RequestLog::record(const HttpRequest& request, const QString& origin) {
    QJsonObject entry{
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"path"_s, QString::fromUtf8(request.path)},
        {u"query"_s, QString::fromUtf8(request.query)},
        {u"headers"_s, headerObject(request, false)},
        {u"body"_s, QString::fromUtf8(request.body)},
        {u"origin"_s, origin},
        {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    m_entries.append(entry);

    if (!m_echo)
        return;
    entry.insert(u"headers"_s, headerObject(request, true));
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}
