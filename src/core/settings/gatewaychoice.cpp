#include "gatewaychoice.h"

#include "api/requestfactory.h"

using namespace Qt::StringLiterals;

GatewayChoice GatewayChoice::choose(const Request& request) {
    GatewayChoice choice;
    const auto byId =
        std::find_if(request.profiles.cbegin(), request.profiles.cend(),
                     [&request](const GatewayProfile& p) { return p.id == request.profileId; });
    const std::optional<GatewayProfile> preferred =
        byId != request.profiles.cend() ? std::optional(*byId) : std::nullopt;
    if (!request.baseUrlOverride.isValid() || request.baseUrlOverride.isEmpty()) {
        if (preferred) {
            choice.profile = *preferred;
            choice.saved = true;
        } else if (!request.profiles.isEmpty() && !request.profileNamed) {
            choice.profile = request.profiles.first();
            choice.saved = true;
        } else {
            choice.problem = tr("There is no gateway profile to use.");
        }
        return choice;
    }

    const QUrl& wanted = request.baseUrlOverride;
    if (preferred && sameGateway(preferred->baseUrl, wanted)) {
        choice.profile = *preferred;
        choice.saved = true;
    } else if (request.profileNamed && preferred) {
        choice.problem =
            tr("The profile \"%1\" is for %2, not %3: leave out one of the two.")
                .arg(preferred->name, preferred->baseUrl.toDisplayString(QUrl::RemoveUserInfo),
                     wanted.toDisplayString(QUrl::RemoveUserInfo));
        return choice;
    } else {
        const auto serving = std::find_if(
            request.profiles.cbegin(), request.profiles.cend(),
            [&wanted](const GatewayProfile& p) { return sameGateway(p.baseUrl, wanted); });
        if (serving != request.profiles.cend()) {
            choice.profile = *serving;
            choice.saved = true;
        } else {
            choice.profile = GatewayProfile::create(QString(), wanted);
            choice.profile.id = adHocProfileId(wanted);
        }
    }
    // The address exactly as given; the profile's settings otherwise.
    choice.profile.baseUrl = wanted;
    return choice;
}

GatewayChoice GatewayChoice::demoAt(const QUrl& baseUrl) {
    GatewayChoice choice;
    choice.profile = GatewayProfile::create(QString(), baseUrl);
    choice.profile.id = u"demo"_s;
    choice.demo = true;
    return choice;
}

QString GatewayChoice::demoKey() {
    return u"demo-key"_s;
}

QString GatewayChoice::adHocProfileId(const QUrl& baseUrl) {
    return u"url:"_s + baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

bool GatewayChoice::sameGateway(const QUrl& a, const QUrl& b) {
    const QUrl left = RequestFactory::normalizedBaseUrl(a.adjusted(QUrl::RemoveUserInfo));
    const QUrl right = RequestFactory::normalizedBaseUrl(b.adjusted(QUrl::RemoveUserInfo));
    return left.scheme().compare(right.scheme(), Qt::CaseInsensitive) == 0 &&
           left.host().compare(right.host(), Qt::CaseInsensitive) == 0 &&
           left.port(left.scheme() == u"https"_s ? 443 : 80) ==
               right.port(right.scheme() == u"https"_s ? 443 : 80) &&
           left.path() == right.path();
}

GatewayChoice::Key GatewayChoice::key(const std::optional<EnvironmentKey>& environment,
                                      const SecretResult& stored) const {
    Key key;
    if (!problem.isEmpty())
        return key;
    if (demo) {
        key.value = demoKey();
        key.source = KeySource::Session;
        return key;
    }
    if (environment) {
        key.value = environment->value;
        key.source = KeySource::Environment;
        key.variable = environment->variable;
        return key;
    }
    if (mayUseStoredKey() && stored.ok() && !stored.secret.isEmpty()) {
        key.value = stored.secret;
        key.source = stored.source;
    }
    return key;
}
