#pragma once

#include "httprequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Every request that reached the API or the CDN, for tests to inspect through
// /__mock/requests (full header values) and, unless quiet, as one JSON line
// per request on stdout (Authorization redacted, since logs get shared).
class RequestLog final {
public:
    void setEcho(bool echo) { m_echo = echo; }
    void record(const HttpRequest& request, const QString& origin);
    [[nodiscard]] const QJsonArray& entries() const { return m_entries; }
    void clear() { m_entries = {}; }

private:
    QJsonArray m_entries;
    bool m_echo = true;
};
