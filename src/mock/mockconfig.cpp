#include "mockconfig.h"

#include <QJsonValue>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

bool readInteger(const QJsonObject& patch, const QString& key, qint64 min, qint64* out,
                 QString* error) {
    if (!patch.contains(key))
        return true;
    const QJsonValue value = patch.value(key);
    if (value.isNull() && key == u"pollAfterMs"_s) {
        *out = -1;
        return true;
    }
    if (!value.isDouble() || value.toDouble() < double(min)) {
        *error = key + u" must be a number >= "_s + QString::number(min);
        return false;
    }
    *out = qint64(value.toDouble());
    return true;
}

} // namespace

bool MockConfig::apply(const QJsonObject& patch, QString* error) {
    MockConfig next = *this;
    if (patch.contains(u"dialect"_s) &&
        !parseDialect(patch.value(u"dialect"_s).toString(), &next.dialect)) {
        *error = u"dialect must be one of openai, seed, newapi, numeric"_s;
        return false;
    }
    if (patch.contains(u"contentMode"_s) &&
        !parseContentMode(patch.value(u"contentMode"_s).toString(), &next.contentMode)) {
        *error = u"contentMode must be one of bytes, json-url, redirect"_s;
        return false;
    }
    qint64 redirect = next.redirectStatus;
    if (!readInteger(patch, u"jobDurationMs"_s, 0, &next.jobDurationMs, error) ||
        !readInteger(patch, u"pollAfterMs"_s, -1, &next.pollAfterMs, error) ||
        !readInteger(patch, u"contentBytes"_s, 0, &next.contentBytes, error) ||
        !readInteger(patch, u"redirectStatus"_s, 300, &redirect, error))
        return false;
    if (redirect != 301 && redirect != 302 && redirect != 303 && redirect != 307 &&
        redirect != 308) {
        *error = u"redirectStatus must be 301, 302, 303, 307 or 308"_s;
        return false;
    }
    next.redirectStatus = int(redirect);
    if (patch.contains(u"listEndpoint"_s)) {
        if (!patch.value(u"listEndpoint"_s).isBool()) {
            *error = u"listEndpoint must be a boolean"_s;
            return false;
        }
        next.listEndpoint = patch.value(u"listEndpoint"_s).toBool();
    }
    for (const auto& [key, field] :
         {std::pair{u"acceptRanges"_s, &MockConfig::acceptRanges},
          std::pair{u"contentIgnoresVariant"_s, &MockConfig::contentIgnoresVariant}}) {
        if (!patch.contains(key))
            continue;
        if (!patch.value(key).isBool()) {
            *error = key + u" must be a boolean"_s;
            return false;
        }
        next.*field = patch.value(key).toBool();
    }
    if (patch.contains(u"apiKey"_s)) {
        if (!patch.value(u"apiKey"_s).isString()) {
            *error = u"apiKey must be a string"_s;
            return false;
        }
        next.apiKey = patch.value(u"apiKey"_s).toString();
    }
    *this = next;
    return true;
}

QJsonObject MockConfig::toJson() const {
    return {
        {u"dialect"_s, dialectName(dialect)},
        {u"jobDurationMs"_s, jobDurationMs},
        {u"contentMode"_s, contentModeName(contentMode)},
        {u"redirectStatus"_s, redirectStatus},
        {u"listEndpoint"_s, listEndpoint},
        {u"pollAfterMs"_s, pollAfterMs < 0 ? QJsonValue() : QJsonValue(pollAfterMs)},
        {u"apiKey"_s, apiKey},
        {u"contentBytes"_s, contentBytes},
        {u"acceptRanges"_s, acceptRanges},
        {u"contentIgnoresVariant"_s, contentIgnoresVariant},
    };
}

bool MockConfig::parseDialect(const QString& name, Dialect* out) {
    const QString lower = name.toLower();
    if (lower == u"openai"_s)
        *out = Dialect::OpenAi;
    else if (lower == u"seed"_s)
        *out = Dialect::Seed;
    else if (lower == u"newapi"_s)
        *out = Dialect::NewApi;
    else if (lower == u"numeric"_s)
        *out = Dialect::Numeric;
    else
        return false;
    return true;
}

bool MockConfig::parseContentMode(const QString& name, ContentMode* out) {
    const QString lower = name.toLower();
    if (lower == u"bytes"_s)
        *out = ContentMode::Bytes;
    else if (lower == u"json-url"_s)
        *out = ContentMode::JsonUrl;
    else if (lower == u"redirect"_s)
        *out = ContentMode::Redirect;
    else
        return false;
    return true;
}

QString MockConfig::dialectName(Dialect dialect) {
    switch (dialect) {
    case Dialect::OpenAi:
        return u"openai"_s;
    case Dialect::Seed:
        return u"seed"_s;
    case Dialect::NewApi:
        return u"newapi"_s;
    case Dialect::Numeric:
        return u"numeric"_s;
    }
    return {};
}

QString MockConfig::contentModeName(ContentMode mode) {
    switch (mode) {
    case ContentMode::Bytes:
        return u"bytes"_s;
    case ContentMode::JsonUrl:
        return u"json-url"_s;
    case ContentMode::Redirect:
        return u"redirect"_s;
    }
    return {};
}
