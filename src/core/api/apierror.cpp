#include "apierror.h"

#include "../settings/logredaction.h"

#include "situationwords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxNestingForStringEncodedJson = 3;

bool readEnvelope(const QJsonObject& object, ApiError& error, int depth);

QString textOf(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

// A message that is itself a JSON error document (a gateway relaying its upstream).
bool readNestedEnvelope(const QString& message, ApiError& error, int depth) {
    const QString trimmed = message.trimmed();
    if (depth >= MaxNestingForStringEncodedJson || !trimmed.startsWith(u'{'))
        return false;
    ApiError nested;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8());
    if (!doc.isObject())
        return false;
    if (!readEnvelope(doc.object(), nested, depth + 1))
        return false;
    error.message = nested.message;
    error.messageZh = nested.messageZh;
    if (error.type.isEmpty())
        error.type = nested.type;
    if (error.code.isEmpty())
        error.code = nested.code;
    return true;
}

void assignMessage(ApiError& error, const QString& text, int depth) {
    if (readNestedEnvelope(text, error, depth))
        return;
    // new-api sends some messages in Chinese only, in the `message` field.
    if (SituationWords::speaks(text, UiLanguage::Chinese) && error.messageZh.isEmpty())
        error.messageZh = text;
    else
        error.message = text;
}

bool readEnvelope(const QJsonObject& object, ApiError& error, int depth) {
    const QJsonValue inner = object.value(u"error"_s);
    if (inner.isObject()) {
        const QJsonObject e = inner.toObject();
        error.type = textOf(e.value(u"type"_s));
        error.code = textOf(e.value(u"code"_s));
        error.param = textOf(e.value(u"param"_s));
        error.messageZh = textOf(e.value(u"message_zh"_s));
        assignMessage(error, textOf(e.value(u"message"_s)), depth);
        return !error.message.isEmpty() || !error.messageZh.isEmpty();
    }
    if (inner.isString() && !inner.toString().isEmpty()) {
        assignMessage(error, inner.toString(), depth);
        return true;
    }
    if (object.contains(u"message"_s) || object.contains(u"message_zh"_s)) {
        error.code = textOf(object.value(u"code"_s));
        error.type = textOf(object.value(u"type"_s));
        error.messageZh = textOf(object.value(u"message_zh"_s));
        assignMessage(error, textOf(object.value(u"message"_s)), depth);
        return !error.message.isEmpty() || !error.messageZh.isEmpty();
    }
    const QJsonValue detail = object.value(u"detail"_s);
    if (detail.isString() && !detail.toString().isEmpty()) {
        assignMessage(error, detail.toString(), depth);
        return true;
    }
    // FastAPI-style validation detail: [{"msg": ...}, ...]
    if (detail.isArray() && !detail.toArray().isEmpty()) {
        const QJsonObject first = detail.toArray().first().toObject();
        assignMessage(error, textOf(first.value(u"msg"_s)), depth);
        return !error.message.isEmpty() || !error.messageZh.isEmpty();
    }
    return false;
}

} // namespace

bool parseErrorEnvelope(const QByteArray& body, ApiError& error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        return readEnvelope(doc.object(), error, 0);
    if (error.isHtml() || body.trimmed().isEmpty() || parseError.error == QJsonParseError::NoError)
        return false;
    // Plain text: only a short, printable, single paragraph is worth showing.
    const QString text = QString::fromUtf8(body.left(500)).trimmed();
    if (text.startsWith(u'<') || text.startsWith(u'{') || text.startsWith(u'[') ||
        text == u"null"_s || text == u"true"_s || text == u"false"_s)
        return false;
    assignMessage(error, text.section(u'\n', 0, 0).left(300), MaxNestingForStringEncodedJson);
    return true;
}

bool ApiError::isHtml() const {
    if (contentType.toLower().contains("text/html"))
        return true;
    const QByteArray head = rawBody.left(256).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

QString ApiError::htmlTitle() const {
    static const QRegularExpression title(u"<title[^>]*>([^<]{1,200})</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(rawBody));
    return match.hasMatch() ? match.captured(1).simplified() : QString{};
}

ApiError ApiError::fromHttp(int status, const QByteArray& body, const QByteArray& contentType) {
    ApiError error;
    error.kind = Kind::Http;
    error.httpStatus = status;
    error.rawBody = body.left(MaxRawBodyBytes);
    error.contentType = contentType;
    parseErrorEnvelope(error.rawBody, error);
    return error.redacted();
}

ApiError ApiError::redacted() const {
    ApiError clean = *this;
    for (QString* text : {&clean.type, &clean.code, &clean.param, &clean.message, &clean.messageZh,
                          &clean.requestId, &clean.technicalDetail})
        *text = LogRedaction::redact(*text);
    // Bytes that are not text stay as they are: only a changed text replaces them.
    const QString body = QString::fromUtf8(rawBody);
    const QString cleanBody = LogRedaction::redact(body);
    if (cleanBody != body)
        clean.rawBody = cleanBody.toUtf8();
    return clean;
}

ApiError ApiError::validation(const QString& text) {
    ApiError error;
    error.kind = Kind::Validation;
    error.technicalDetail = text;
    return error;
}

QStringList ApiError::messagesFor(UiLanguage language) const {
    QStringList lines;
    const QString& first = language == UiLanguage::Chinese ? messageZh : message;
    const QString& second = language == UiLanguage::Chinese ? message : messageZh;
    for (const QString& line : {first, second}) {
        if (!line.isEmpty() && !lines.contains(line))
            lines.append(line);
    }
    if (lines.isEmpty())
        return {summary()};
    return SituationWords::withUiLanguageLine(lines, language, SituationWords::forError(*this));
}

QString ApiError::summary() const {
    const QString where =
        url.isEmpty() ? QString{} : url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Validation:
        return technicalDetail;
    case Kind::Network:
        if (outcomeUnknown)
            return tr(
                "The connection broke after the request was sent. The job may or may not have been "
                "created.");
        return tr("Could not reach the gateway at %1.").arg(where);
    case Kind::Timeout:
        if (outcomeUnknown)
            return tr(
                "The gateway did not answer in time after the request was sent. The job may or may "
                "not have been created.");
        return tr("The gateway at %1 did not answer in time.").arg(where);
    case Kind::Tls:
        return tr("The secure connection to %1 failed: its certificate is not trusted.").arg(where);
    case Kind::Http:
        if (isHtml()) {
            const QString title = htmlTitle();
            return title.isEmpty()
                       ? tr("The gateway answered with HTTP %1 and a web page instead of an API "
                            "response.")
                             .arg(httpStatus)
                       : tr("The gateway answered with HTTP %1: %2").arg(httpStatus).arg(title);
        }
        return tr("The gateway answered with HTTP %1.").arg(httpStatus);
    case Kind::Protocol:
        if (outcomeUnknown)
            return tr("The gateway's answer to the remix was incomplete. It may or may not have "
                      "been created.");
        return tr("The gateway's answer was incomplete or not understood.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

QString ApiError::kindKey(Kind kind) {
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::Validation:
        return u"validation"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Http:
        return u"http"_s;
    case Kind::Protocol:
        return u"protocol"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

ApiError ApiError::fromJson(const QJsonObject& object) {
    ApiError error;
    const QString kind = object.value(u"kind"_s).toString();
    for (const Kind candidate : {Kind::Validation, Kind::Network, Kind::Timeout, Kind::Tls,
                                 Kind::Http, Kind::Protocol, Kind::Cancelled}) {
        if (kindKey(candidate) == kind)
            error.kind = candidate;
    }
    error.httpStatus = object.value(u"status"_s).toInt();
    error.type = object.value(u"type"_s).toString();
    error.code = object.value(u"code"_s).toString();
    error.param = object.value(u"param"_s).toString();
    error.message = object.value(u"message"_s).toString();
    error.messageZh = object.value(u"message_zh"_s).toString();
    error.requestId = object.value(u"request_id"_s).toString();
    error.technicalDetail = object.value(u"detail"_s).toString();
    error.url = QUrl(object.value(u"url"_s).toString());
    if (object.contains(u"retry_after_ms"_s))
        error.retryAfterMs = qint64(object.value(u"retry_after_ms"_s).toDouble());
    error.outcomeUnknown = object.value(u"outcome_unknown"_s).toBool();
    // A row written before redaction existed shows clean all the same.
    return error.redacted();
}

QJsonObject ApiError::toJson() const {
    QJsonObject object{{u"kind"_s, kindKey(kind)}, {u"summary"_s, LogRedaction::redact(summary())}};
    const auto put = [&object](const QString& key, const QString& value) {
        if (!value.isEmpty())
            object.insert(key, LogRedaction::redact(value));
    };
    if (httpStatus)
        object.insert(u"status"_s, httpStatus);
    put(u"type"_s, type);
    put(u"code"_s, code);
    put(u"param"_s, param);
    put(u"message"_s, message);
    put(u"message_zh"_s, messageZh);
    put(u"request_id"_s, requestId);
    put(u"detail"_s, technicalDetail);
    if (!url.isEmpty())
        object.insert(u"url"_s, url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    if (retryAfterMs)
        object.insert(u"retry_after_ms"_s, double(*retryAfterMs));
    if (outcomeUnknown)
        object.insert(u"outcome_unknown"_s, true);
    return object;
}
