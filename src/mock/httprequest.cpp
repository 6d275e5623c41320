#include "httprequest.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QByteArray HttpRequest::header(QByteArrayView name) const {
    QByteArray joined;
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            if (!joined.isEmpty())
                joined += ", ";
            joined += value;
        }
    }
    return joined;
}

bool HttpRequest::hasHeader(QByteArrayView name) const {
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool HttpRequest::keepAlive() const {
    const QByteArray connection = header("Connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

QStringList HttpRequest::pathSegments() const {
    QStringList segments;
    const QList<QByteArray> raw = path.split('/');
    for (const QByteArray& segment : raw) {
        if (!segment.isEmpty())
            segments.append(QUrl::fromPercentEncoding(segment));
    }
    return segments;
}

QString HttpRequest::queryValue(const QString& key) const {
    const QUrlQuery parsed(QString::fromUtf8(query));
    return parsed.queryItemValue(key, QUrl::FullyDecoded);
}
