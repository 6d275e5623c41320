#include "httpparser.h"

HttpParser::Status HttpParser::parse() {
    if (m_errorStatus != 0)
        return Status::Error;

    if (!m_headParsed) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return m_buffer.size() > MaxHeadBytes ? fail(431) : Status::NeedMore;
        if (end > MaxHeadBytes)
            return fail(431);
        if (!parseHead(QByteArrayView(m_buffer).first(end)))
            return Status::Error;
        m_buffer.remove(0, end + 4);
        m_headParsed = true;
    }

    if (m_buffer.size() < m_contentLength)
        return Status::NeedMore;
    m_request.body = m_buffer.first(m_contentLength);
    m_buffer.remove(0, m_contentLength);
    return Status::Complete;
}

HttpRequest HttpParser::takeRequest() {
    HttpRequest request = std::move(m_request);
    m_request = {};
    m_headParsed = false;
    m_contentLength = 0;
    m_wantsContinue = false;
    return request;
}

bool HttpParser::parseHead(QByteArrayView head) {
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    if (lines.isEmpty())
        return reject(400);

    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() ||
        !requestLine.at(2).startsWith("HTTP/1."))
        return reject(400);
    m_request.method = requestLine.at(0);
    m_request.target = requestLine.at(1);
    m_request.version = requestLine.at(2);
    const qsizetype question = m_request.target.indexOf('?');
    m_request.path = question < 0 ? m_request.target : m_request.target.first(question);
    m_request.query = question < 0 ? QByteArray() : m_request.target.mid(question + 1);
    if (!m_request.path.startsWith('/'))
        return reject(400);

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return reject(400);
        m_request.headers.append({line.first(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    // Request bodies from the app and from curl always carry Content-Length;
    // a chunked upload is refused rather than half supported.
    if (m_request.header("Transfer-Encoding").toLower().contains("chunked"))
        return reject(501);
    if (m_request.hasHeader("Content-Length")) {
        bool ok = false;
        m_contentLength = m_request.header("Content-Length").toLongLong(&ok);
        if (!ok || m_contentLength < 0)
            return reject(400);
        if (m_contentLength > MaxBodyBytes)
            return reject(413);
    }
    m_wantsContinue = m_contentLength > 0 && m_request.header("Expect").toLower() == "100-continue";
    return true;
}

HttpParser::Status HttpParser::fail(int status) {
    m_errorStatus = status;
    return Status::Error;
}

bool HttpParser::reject(int status) {
    m_errorStatus = status;
    return false;
}
