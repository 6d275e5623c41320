#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

// What one API client needs to know about its gateway. Filled from the active
// profile (or the command line); the key lives here only in memory.
struct ClientConfig final {
    QUrl baseUrl;
    QString apiKey;
    // Silence on the wire for this long ends a transfer (Qt's default is never).
    int inactivityTimeoutMs = 30'000;
    // No JSON call may take longer than this in total, however slowly bytes trickle.
    int requestDeadlineMs = 120'000;
    // A download may take long, but not forever.
    int downloadDeadlineMs = 60 * 60'000;
    int maxRetries = 2;
    // A download cut off mid-way is asked for again (resumed where the server
    // allows it) up to this many times.
    int downloadRetries = 5;
    bool http2Allowed = true;
    QList<QSslCertificate> extraCaCertificates;
    std::optional<QNetworkProxy> proxy; // nullopt: the system's proxy settings

    static ClientConfig forGateway(const QUrl& baseUrl, const QString& apiKey) {
        ClientConfig config;
        config.baseUrl = baseUrl;
        config.apiKey = apiKey;
        return config;
    }
};
