#include "httpconnection.h"

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

HttpConnection::HttpConnection(QTcpSocket* socket, Handler handler, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler)) {
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(&m_trickleTimer, &QTimer::timeout, this, &HttpConnection::trickleOne);
    onReadyRead();
}

void HttpConnection::onReadyRead() {
    const QByteArray data = m_socket->readAll();
    if (m_silent)
        return;
    m_parser.append(data);
    processBuffered();
}

void HttpConnection::processBuffered() {
    if (m_busy || m_silent)
        return;
    switch (m_parser.parse()) {
    case HttpParser::Status::NeedMore:
        if (m_parser.wantsContinue()) {
            m_parser.acknowledgeContinue();
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    case HttpParser::Status::Error: {
        const int status = m_parser.errorStatus();
        HttpResponse response =
            HttpResponse::bytes(status, "text/plain", HttpResponse::reasonPhrase(status) + '\n');
        startResponse(std::move(response), false);
        return;
    }
    case HttpParser::Status::Complete: {
        const HttpRequest request = m_parser.takeRequest();
        startResponse(m_handler(request), request.keepAlive());
        return;
    }
    }
}

void HttpConnection::startResponse(HttpResponse response, bool keepAlive) {
    m_busy = true;
    m_response = std::move(response);
    m_offset = 0;
    m_limit = m_response.bodySize();
    m_ending = keepAlive ? Ending::KeepAlive : Ending::Close;
    m_flushing = false;

    using Delivery = HttpResponse::Delivery;
    switch (m_response.delivery) {
    case Delivery::NeverAnswer:
        // Later bytes on this socket are drained and ignored: the point is a
        // peer that hangs, not one that recovers on the next request.
        m_silent = true;
        return;
    case Delivery::ResetAtOnce:
        resetSocket();
        return;
    case Delivery::Raw:
        m_socket->write(m_response.raw);
        m_limit = 0;
        m_ending = Ending::Close;
        finishWhenFlushed();
        return;
    case Delivery::Truncate:
    case Delivery::Reset:
        m_limit = std::min(m_limit / 2, qint64(1024) * 1024);
        m_ending = m_response.delivery == Delivery::Reset ? Ending::Reset : Ending::Close;
        break;
    case Delivery::Trickle:
    case Delivery::Normal:
        break;
    }

    m_socket->write(m_response.head(m_ending == Ending::KeepAlive));
    if (m_response.delivery == Delivery::Trickle) {
        m_trickleTimer.start(std::max(1, m_response.trickleIntervalMs));
        return;
    }
    pump();
}

void HttpConnection::pump() {
    if (!m_busy || m_silent || m_trickleTimer.isActive())
        return;
    if (m_flushing) {
        if (m_socket->bytesToWrite() == 0)
            finish();
        return;
    }
    while (m_offset < m_limit && m_socket->bytesToWrite() < HighWater) {
        const QByteArray chunk =
            m_response.bodyChunk(m_offset, std::min(ChunkBytes, m_limit - m_offset));
        if (chunk.isEmpty())
            break;
        m_socket->write(chunk);
        m_offset += chunk.size();
    }
    if (m_offset >= m_limit)
        finishWhenFlushed();
}

void HttpConnection::trickleOne() {
    if (m_offset >= m_limit) {
        m_trickleTimer.stop();
        finishWhenFlushed();
        return;
    }
    m_socket->write(m_response.bodyChunk(m_offset, 1));
    ++m_offset;
}

void HttpConnection::finishWhenFlushed() {
    m_flushing = true;
    if (m_socket->bytesToWrite() == 0)
        finish();
}

void HttpConnection::finish() {
    m_flushing = false;
    switch (m_ending) {
    case Ending::KeepAlive:
        m_busy = false;
        m_response = {};
        // A pipelined request may already be waiting in the parser.
        QTimer::singleShot(0, this, &HttpConnection::processBuffered);
        return;
    case Ending::Close:
        m_socket->disconnectFromHost();
        return;
    case Ending::Reset:
        // Give the kernel a moment to hand the partial body to the peer, so
        // the reset arrives after it instead of discarding it.
        QTimer::singleShot(50, this, &HttpConnection::resetSocket);
        return;
    }
}

void HttpConnection::resetSocket() {
    m_silent = true;
    m_trickleTimer.stop();
#ifdef Q_OS_UNIX
    // A plain close() sends FIN; only a zero linger turns it into a real RST.
    const qintptr fd = m_socket->socketDescriptor();
    if (fd >= 0) {
        const linger hardClose{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hardClose, sizeof hardClose);
    }
#endif
    m_socket->abort();
    deleteLater();
}
