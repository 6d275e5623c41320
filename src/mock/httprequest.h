#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// One parsed HTTP/1.1 request, kept close to the wire: the path and query stay
// percent-encoded exactly as received so tests can assert what a client sent.
struct HttpRequest final {
    QByteArray method;
    QByteArray target;
    QByteArray path;
    QByteArray query;
    QByteArray version;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] bool hasHeader(QByteArrayView name) const;
    [[nodiscard]] bool keepAlive() const;
    // Each segment is percent-decoded on its own, so "a%2Fb" stays one id.
    [[nodiscard]] QStringList pathSegments() const;
    [[nodiscard]] QString queryValue(const QString& key) const;
};
