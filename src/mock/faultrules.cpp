#include "faultrules.h"

using namespace Qt::StringLiterals;

namespace {

// `*` stays inside one path segment, `**` crosses segments; the glob is
// matched against the raw (still percent-encoded) path, so an encoded slash
// inside an id is one segment.
QRegularExpression globToRegex(const QString& glob) {
    QString pattern = u"^"_s;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            if (i + 1 < glob.size() && glob.at(i + 1) == u'*') {
                pattern += u".*"_s;
                ++i;
            } else {
                pattern += u"[^/]*"_s;
            }
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    pattern += u'$';
    return QRegularExpression(pattern);
}

} // namespace

bool FaultRule::matches(const HttpRequest& request, const QString& requestOrigin) const {
    if (remaining == 0)
        return false;
    if (origin != u"any"_s && origin != requestOrigin)
        return false;
    if (!method.isEmpty() && method.compare(request.method, Qt::CaseInsensitive) != 0)
        return false;
    return pathGlob.isEmpty() || pathPattern.match(QString::fromUtf8(request.path)).hasMatch();
}

QJsonObject FaultRule::toJson() const {
    QJsonObject object = params;
    object.insert(u"fault"_s, fault);
    object.insert(u"origin"_s, origin);
    object.insert(u"remaining"_s, remaining < 0 ? QJsonValue() : QJsonValue(remaining));
    return object;
}

const QStringList& FaultRules::knownFaults() {
    static const QStringList names = {
        u"http400"_s,
        u"http401"_s,
        u"http403"_s,
        u"http404"_s,
        u"http409"_s,
        u"http422"_s,
        u"http429"_s,
        u"http500"_s,
        u"http503"_s,
        u"html502"_s,
        u"html504"_s,
        u"no-headers"_s,
        u"trickle"_s,
        u"truncate"_s,
        u"reset"_s,
        u"reset-after-request"_s,
        u"broken-chunked"_s,
        u"malformed-json"_s,
        u"oversized"_s,
        u"huge-headers"_s,
        u"json-string-error"_s,
        u"newapi-error"_s,
        u"detail-error"_s,
        u"plain-text-error"_s,
        u"x-should-retry-false"_s,
        u"echo-key"_s,
        u"redirect-cross-origin"_s,
        u"custom-body"_s,
        u"gzip-bomb"_s,
        u"bad-content-range"_s,
    };
    return names;
}

std::optional<FaultRule> FaultRules::parse(const QJsonObject& object, QString* error) {
    FaultRule rule;
    rule.fault = object.value(u"fault"_s).toString();
    if (!knownFaults().contains(rule.fault)) {
        *error = u"unknown fault: "_s + rule.fault;
        return std::nullopt;
    }
    rule.method = object.value(u"method"_s).toString().toUpper().toLatin1();
    rule.pathGlob = object.value(u"path"_s).toString();
    if (!rule.pathGlob.isEmpty())
        rule.pathPattern = globToRegex(rule.pathGlob);
    rule.origin = object.value(u"origin"_s).toString(u"api"_s);
    if (rule.origin != u"api"_s && rule.origin != u"cdn"_s && rule.origin != u"any"_s) {
        *error = u"origin must be api, cdn or any"_s;
        return std::nullopt;
    }
    if (object.contains(u"times"_s)) {
        const QJsonValue times = object.value(u"times"_s);
        if (!times.isNull() && (!times.isDouble() || times.toInt() < 1)) {
            *error = u"times must be a positive number"_s;
            return std::nullopt;
        }
        rule.remaining = times.isNull() ? -1 : times.toInt();
    }
    rule.params = object;
    return rule;
}

std::optional<FaultRule> FaultRules::take(const HttpRequest& request, const QString& origin) {
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule& rule = m_rules[i];
        if (!rule.matches(request, origin))
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        FaultRule taken = rule;
        if (rule.remaining == 0)
            m_rules.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

QJsonArray FaultRules::toJson() const {
    QJsonArray array;
    for (const FaultRule& rule : m_rules)
        array.append(rule.toJson());
    return array;
}
