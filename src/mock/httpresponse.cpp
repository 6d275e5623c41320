#include "httpresponse.h"

#include <QJsonDocument>

#include <algorithm>

HttpResponse HttpResponse::json(int status, const QJsonObject& object) {
    return bytes(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, const QJsonArray& array) {
    return bytes(status, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::bytes(int status, const QByteArray& contentType, QByteArray body) {
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", contentType);
    response.body = std::move(body);
    return response;
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value) {
    for (auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

qint64 HttpResponse::fullBodySize() const {
    return synthetic ? synthetic->size() : body.size();
}

qint64 HttpResponse::bodySize() const {
    return windowBytes >= 0 ? windowBytes : fullBodySize();
}

QByteArray HttpResponse::bodyChunk(qint64 offset, qint64 maxBytes) const {
    maxBytes = std::min(maxBytes, bodySize() - offset);
    if (maxBytes <= 0)
        return {};
    if (synthetic)
        return synthetic->chunk(windowStart + offset, maxBytes);
    return body.mid(windowStart + offset, maxBytes);
}

QByteArray HttpResponse::head(bool keepAlive) const {
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    bool hasTransferEncoding = false;
    for (const auto& [name, value] : headers) {
        hasTransferEncoding |= name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0;
        out += name + ": " + value + "\r\n";
    }
    if (!hasTransferEncoding)
        out += "Content-Length: " + QByteArray::number(bodySize()) + "\r\n";
    out += "Server: videoremix-mock\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 416:
        return "Range Not Satisfiable";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
