#pragma once

#include "api/clientconfig.h"
#include "gatewayprofile.h"

#include <QString>
#include <QUrl>

// Turns a profile and its key into what ApiClient needs. `error` is set (and
// the CA list left empty) when the profile's CA file cannot be used: callers
// must not connect then, or they would silently trust less than the user asked.
ClientConfig clientConfigFor(const GatewayProfile& profile, const QString& apiKey,
                             QString* error = nullptr);

// localhost, *.localhost, 127.0.0.0/8, ::1.
bool isLoopbackHost(const QString& host);

// True when a key would cross the network unencrypted: http:// to a host that
// is not loopback. The UI and the CLI warn before the first such request.
bool sendsKeyInCleartext(const QUrl& baseUrl);
QString cleartextWarning(const QUrl& baseUrl);
