#include "faultreplies.h"

#include "byteranges.h"
#include "compressedbody.h"
#include "mockresponses.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace FaultReplies {

namespace {

QByteArray nginxPage(int status) {
    const QByteArray title = QByteArray::number(status) + ' ' + HttpResponse::reasonPhrase(status);
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
           "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

int intParam(const FaultRule& rule, const QString& key, int fallback) {
    return rule.params.value(key).toInt(fallback);
}

QString textParam(const FaultRule& rule, const QString& key, const QString& fallback) {
    const QJsonValue value = rule.params.value(key);
    return value.isString() ? value.toString() : fallback;
}

// Numbers are accepted for convenience; strings go out verbatim so tests can
// send HTTP dates and garbage.
QByteArray headerParam(const FaultRule& rule, const QString& key) {
    const QJsonValue value = rule.params.value(key);
    if (value.isDouble())
        return QByteArray::number(qint64(value.toDouble()));
    return value.toString().toUtf8();
}

MockResponses::ErrorText errorText(const FaultRule& rule, int status) {
    MockResponses::ErrorText text = MockResponses::statusText(status);
    text.message = textParam(rule, u"message"_s, text.message);
    text.messageZh = textParam(rule, u"messageZh"_s, text.messageZh);
    text.code = textParam(rule, u"code"_s, text.code);
    return text;
}

HttpResponse httpStatusFault(const FaultRule& rule, int status, Dialect dialect) {
    if (status == 401 && !rule.params.contains(u"message"_s))
        return MockResponses::invalidToken();
    MockResponses::ErrorText text = errorText(rule, status);
    if (status == 429 && dialect == Dialect::NewApi) {
        text.message = textParam(rule, u"message"_s, u"当前分组上游负载已饱和，请稍后再试"_s);
        HttpResponse response = MockResponses::newApiError(status, text);
        return response;
    }
    return MockResponses::error(status, text, dialect);
}

HttpResponse buildBody(const FaultRule& rule, const HttpRequest& request, Dialect dialect,
                       const QByteArray& cdnBaseUrl, const std::function<HttpResponse()>& normal) {
    const QString& fault = rule.fault;
    if (fault.startsWith(u"http"_s)) {
        const int status = fault.mid(4).toInt();
        HttpResponse response = httpStatusFault(rule, status, dialect);
        if (status == 429) {
            if (rule.params.contains(u"retryAfter"_s))
                response.setHeader("Retry-After", headerParam(rule, u"retryAfter"_s));
            if (rule.params.contains(u"retryAfterMs"_s))
                response.setHeader("retry-after-ms", headerParam(rule, u"retryAfterMs"_s));
        }
        return response;
    }
    if (fault == u"html502"_s || fault == u"html504"_s) {
        const int status = fault == u"html502"_s ? 502 : 504;
        return HttpResponse::bytes(status, "text/html", nginxPage(status));
    }
    if (fault == u"no-headers"_s) {
        HttpResponse response;
        response.delivery = HttpResponse::Delivery::NeverAnswer;
        return response;
    }
    if (fault == u"reset-after-request"_s) {
        HttpResponse response;
        response.delivery = HttpResponse::Delivery::ResetAtOnce;
        return response;
    }
    if (fault == u"trickle"_s || fault == u"truncate"_s || fault == u"reset"_s) {
        HttpResponse response = normal();
        response.delivery = fault == u"trickle"_s    ? HttpResponse::Delivery::Trickle
                            : fault == u"truncate"_s ? HttpResponse::Delivery::Truncate
                                                     : HttpResponse::Delivery::Reset;
        response.trickleIntervalMs = intParam(rule, u"intervalMs"_s, 300);
        return response;
    }
    if (fault == u"broken-chunked"_s) {
        const HttpResponse inner = normal();
        HttpResponse response;
        response.delivery = HttpResponse::Delivery::Raw;
        response.raw = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                       "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                       "zz-not-hex\r\n" +
                       inner.bodyChunk(0, 64 * 1024) + "\r\n0\r\n\r\n";
        return response;
    }
    if (fault == u"malformed-json"_s)
        return HttpResponse::bytes(200, "application/json", R"({"id": "video_x", "status": )"_ba);
    if (fault == u"oversized"_s) {
        const auto size = qint64(rule.params.value(u"sizeBytes"_s).toDouble(64.0 * 1024 * 1024));
        HttpResponse response = HttpResponse::bytes(200, "application/json", {});
        response.synthetic.emplace(
            R"({"id":"video_oversized","object":"video","status":"queued","padding":")"_ba, "x"_ba,
            R"("})"_ba, size);
        return response;
    }
    if (fault == u"huge-headers"_s) {
        HttpResponse response = normal();
        const auto size = qint64(rule.params.value(u"sizeBytes"_s).toDouble(1024.0 * 1024));
        response.setHeader("X-Mock-Padding", QByteArray(size, 'a'));
        return response;
    }
    if (fault == u"json-string-error"_s) {
        const QJsonObject inner{{u"error"_s, QJsonObject{{u"message"_s, u"upstream failed"_s},
                                                         {u"message_zh"_s, u"上游失败"_s}}}};
        const QString encoded =
            QString::fromUtf8(QJsonDocument(inner).toJson(QJsonDocument::Compact));
        return HttpResponse::json(intParam(rule, u"status"_s, 500),
                                  QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, encoded}}}});
    }
    if (fault == u"newapi-error"_s) {
        const int status = intParam(rule, u"status"_s, 500);
        MockResponses::ErrorText text = errorText(rule, status);
        if (status == 429 && !rule.params.contains(u"message"_s))
            text.message = u"当前分组上游负载已饱和，请稍后再试"_s;
        if (!rule.params.contains(u"code"_s))
            text.code = status == 429 ? u"upstream_overloaded"_s : u"fail_to_fetch_task"_s;
        return MockResponses::newApiError(status, text);
    }
    if (fault == u"detail-error"_s) {
        return HttpResponse::json(
            intParam(rule, u"status"_s, 500),
            QJsonObject{{u"detail"_s, textParam(rule, u"message"_s, u"Upstream service error"_s)}});
    }
    if (fault == u"plain-text-error"_s) {
        return HttpResponse::bytes(
            intParam(rule, u"status"_s, 500), "text/plain; charset=utf-8",
            textParam(rule, u"message"_s,
                      u"upstream connect error or disconnect/reset before headers"_s)
                    .toUtf8() +
                '\n');
    }
    if (fault == u"x-should-retry-false"_s) {
        const int status = intParam(rule, u"status"_s, 500);
        HttpResponse response = MockResponses::error(status, errorText(rule, status), dialect);
        response.setHeader("x-should-retry", "false");
        return response;
    }
    if (fault == u"echo-key"_s) {
        // A careless gateway that quotes the bearer token back in its error:
        // in the message, the Chinese message and elsewhere in the body.
        const QByteArray authorization = request.header("Authorization");
        const QString key = QString::fromUtf8(authorization.mid(authorization.indexOf(' ') + 1));
        const int status = intParam(rule, u"status"_s, 401);
        MockResponses::ErrorText text = errorText(rule, status);
        text.message = u"Invalid token: "_s + key;
        text.messageZh = u"无效的令牌："_s + key;
        text.code = u"invalid_api_key"_s;
        if (dialect == Dialect::NewApi)
            text.message = u"无效的令牌 "_s + key;
        HttpResponse response = MockResponses::error(status, text, dialect);
        QJsonObject body = QJsonDocument::fromJson(response.body).object();
        const QString header = u"Bearer "_s + key;
        body.insert(u"request"_s, QJsonObject{{u"authorization"_s, header}, {u"token"_s, key}});
        return HttpResponse::json(status, body);
    }
    if (fault == u"custom-body"_s) {
        // Any bytes at all: "body" is base64 (for invalid UTF-8 and the like),
        // "text" is taken as it is.
        const QByteArray body =
            rule.params.contains(u"body"_s)
                ? QByteArray::fromBase64(rule.params.value(u"body"_s).toString().toLatin1())
                : textParam(rule, u"text"_s, {}).toUtf8();
        return HttpResponse::bytes(
            intParam(rule, u"status"_s, 200),
            textParam(rule, u"contentType"_s, u"application/json"_s).toLatin1(), body);
    }
    if (fault == u"gzip-bomb"_s) {
        const auto size = qint64(rule.params.value(u"sizeBytes"_s).toDouble(256.0 * 1024 * 1024));
        HttpResponse response = HttpResponse::bytes(
            200, "application/json",
            CompressedBody::gzip(
                R"({"id":"video_bomb","object":"video","status":"queued","padding":")"_ba, 'x',
                R"("})"_ba, size));
        response.setHeader("Content-Encoding", "gzip");
        return response;
    }
    if (fault == u"bad-content-range"_s) {
        // A 206 that does not line up with what was asked. "start": the whole
        // body from byte 0, "total": the right slice with another total,
        // "short": the right header with the last bytes of the slice missing.
        HttpResponse response = normal();
        if (response.status != 206)
            return response;
        const QString mode = textParam(rule, u"mode"_s, u"start"_s);
        const qint64 total = response.fullBodySize();
        if (mode == u"total"_s) {
            response.setHeader(
                "Content-Range",
                ByteRanges::contentRange(response.windowStart, response.windowBytes, total + 1000));
        } else if (mode == u"short"_s) {
            response.windowBytes -=
                std::min<qint64>(response.windowBytes, intParam(rule, u"missingBytes"_s, 100));
        } else {
            response.windowStart = 0;
            response.windowBytes = -1;
            response.setHeader("Content-Range", ByteRanges::contentRange(0, total, total));
        }
        return response;
    }
    if (fault == u"redirect-cross-origin"_s) {
        HttpResponse response =
            HttpResponse::bytes(intParam(rule, u"status"_s, 302), "text/plain", "Moved\n"_ba);
        response.setHeader("Location", cdnBaseUrl + request.target);
        return response;
    }
    return MockResponses::canonicalError(500, {u"Unknown fault "_s + fault});
}

} // namespace

bool processesRequest(const FaultRule& rule) {
    static const QStringList transport = {
        u"no-headers"_s, u"reset-after-request"_s, u"trickle"_s,     u"truncate"_s,
        u"reset"_s,      u"broken-chunked"_s,      u"huge-headers"_s};
    const QJsonValue apply = rule.params.value(u"apply"_s);
    return apply.isBool() ? apply.toBool() : transport.contains(rule.fault);
}

HttpResponse build(const FaultRule& rule, const HttpRequest& request, Dialect dialect,
                   const QByteArray& cdnBaseUrl, const std::function<HttpResponse()>& normal) {
    // Run the real handler at most once, whether the fault needs its answer
    // as a body or only its side effects (a created job, a deleted video).
    std::optional<HttpResponse> processed;
    if (processesRequest(rule))
        processed = normal();
    const auto normalOnce = [&]() -> HttpResponse {
        if (!processed)
            processed = normal();
        return *processed;
    };
    HttpResponse response = buildBody(rule, request, dialect, cdnBaseUrl, normalOnce);
    const QJsonObject extra = rule.params.value(u"headers"_s).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        response.setHeader(it.key().toUtf8(), it.value().toString().toUtf8());
    return response;
}

} // namespace FaultReplies
