#pragma once

#include "httprequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

// One misbehaviour to inject: which requests it hits, how many times, and the
// fault's own parameters (kept as the JSON the rule was written in).
struct FaultRule final {
    QString fault;
    QByteArray method;
    QString pathGlob;
    QRegularExpression pathPattern;
    QString origin = QStringLiteral("api"); // api, cdn or any
    int remaining = -1;                     // negative: unlimited
    QJsonObject params;

    [[nodiscard]] bool matches(const HttpRequest& request, const QString& requestOrigin) const;
    [[nodiscard]] QJsonObject toJson() const;
};

class FaultRules final {
public:
    static const QStringList& knownFaults();
    // Accepts {"fault": name, "method"?, "path"?, "times"?, "origin"?, ...params}.
    static std::optional<FaultRule> parse(const QJsonObject& object, QString* error);

    void append(FaultRule rule) { m_rules.append(std::move(rule)); }
    void clear() { m_rules.clear(); }
    // The first rule that matches, with its count taken; exhausted rules drop out.
    [[nodiscard]] std::optional<FaultRule> take(const HttpRequest& request, const QString& origin);
    [[nodiscard]] QJsonArray toJson() const;

private:
    QList<FaultRule> m_rules;
};
