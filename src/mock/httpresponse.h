#pragma once

#include "syntheticbody.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <utility>

// What to send back, and how. Delivery modes other than Normal exist for the
// fault rules: they misbehave on purpose at the byte level.
struct HttpResponse final {
    enum class Delivery {
        Normal,
        NeverAnswer, // read the request, then stay silent
        Trickle,     // one body byte every trickleIntervalMs
        Truncate,    // full Content-Length, half the body, then FIN
        Reset,       // full Content-Length, half the body, then RST
        ResetAtOnce, // RST without a single byte of answer
        Raw,         // write `raw` verbatim, then FIN
    };

    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::optional<SyntheticBody> synthetic;
    Delivery delivery = Delivery::Normal;
    int trickleIntervalMs = 300;
    QByteArray raw;
    // A byte range of the body (a 206 answer): bodySize() and bodyChunk() see only it.
    qint64 windowStart = 0;
    qint64 windowBytes = -1; // negative: the whole body

    static HttpResponse json(int status, const QJsonObject& object);
    static HttpResponse json(int status, const QJsonArray& array);
    static HttpResponse bytes(int status, const QByteArray& contentType, QByteArray body);

    void setHeader(const QByteArray& name, const QByteArray& value);
    [[nodiscard]] qint64 fullBodySize() const;
    [[nodiscard]] qint64 bodySize() const;
    [[nodiscard]] QByteArray bodyChunk(qint64 offset, qint64 maxBytes) const;
    // Status line and headers, including Content-Length unless the caller set
    // Transfer-Encoding itself.
    [[nodiscard]] QByteArray head(bool keepAlive) const;

    static QByteArray reasonPhrase(int status);
};
