#pragma once

#include "httprequest.h"

#include <QByteArray>

// Incremental HTTP/1.1 request parser. Bytes arrive in arbitrary pieces;
// parse() reports a request once its head and Content-Length body are all in.
class HttpParser final {
public:
    enum class Status { NeedMore, Complete, Error };

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr qint64 MaxBodyBytes = 256LL * 1024 * 1024;

    void append(const QByteArray& data) { m_buffer.append(data); }
    [[nodiscard]] Status parse();
    [[nodiscard]] HttpRequest takeRequest();
    // The status code that describes the last Error (400, 413, 431, 501).
    [[nodiscard]] int errorStatus() const { return m_errorStatus; }
    // True once the head of the pending request is parsed and it asked for
    // "Expect: 100-continue"; cleared by acknowledgeContinue().
    [[nodiscard]] bool wantsContinue() const { return m_wantsContinue; }
    void acknowledgeContinue() { m_wantsContinue = false; }
    [[nodiscard]] bool hasBufferedData() const { return !m_buffer.isEmpty(); }

private:
    bool parseHead(QByteArrayView head);
    Status fail(int status);
    bool reject(int status);

    QByteArray m_buffer;
    HttpRequest m_request;
    bool m_headParsed = false;
    qint64 m_contentLength = 0;
    bool m_wantsContinue = false;
    int m_errorStatus = 0;
};
