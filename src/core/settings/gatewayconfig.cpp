#include "gatewayconfig.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

// The probe and the warning share the GatewayProfile context for translators.
QString trProfile(const char* text) {
    return QCoreApplication::translate("GatewayProfile", text);
}

} // namespace

ClientConfig clientConfigFor(const GatewayProfile& profile, const QString& apiKey, QString* error) {
    ClientConfig config;
    config.baseUrl = profile.baseUrl;
    config.apiKey = apiKey;
    config.requestDeadlineMs = profile.requestTimeoutMs;
    config.inactivityTimeoutMs = std::min(config.inactivityTimeoutMs, profile.requestTimeoutMs);
    config.http2Allowed = profile.http2Enabled;
    config.proxy = profile.networkProxy();
    QString caError;
    config.extraCaCertificates = profile.loadCaCertificates(&caError);
    if (error)
        *error = caError;
    return config;
}

bool isLoopbackHost(const QString& host) {
    QString name = host.trimmed().toLower();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    if (name == u"localhost"_s || name.endsWith(u".localhost"_s))
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

bool sendsKeyInCleartext(const QUrl& baseUrl) {
    return baseUrl.scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0 &&
           !isLoopbackHost(baseUrl.host());
}

QString cleartextWarning(const QUrl& baseUrl) {
    return trProfile("The gateway address %1 uses plain http:// to another computer: your API key "
                     "and your prompts would travel unencrypted and could be read or stolen on the "
                     "way. Use https:// unless you trust every network in between.")
        .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo));
}
