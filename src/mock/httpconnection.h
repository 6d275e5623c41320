#pragma once

#include "httpparser.h"
#include "httpresponse.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

// One accepted socket: parses requests one at a time (keep-alive) and writes
// each answer with backpressure, honouring the fault delivery modes.
class HttpConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    HttpConnection(QTcpSocket* socket, Handler handler, QObject* parent = nullptr);

private:
    enum class Ending { KeepAlive, Close, Reset };

    void onReadyRead();
    void processBuffered();
    void startResponse(HttpResponse response, bool keepAlive);
    void pump();
    void trickleOne();
    void finishWhenFlushed();
    void finish();
    void resetSocket();

    // Keeps the socket's write buffer small so a huge body is produced only
    // as fast as the peer reads it.
    static constexpr qint64 HighWater = 256 * 1024;
    static constexpr qint64 ChunkBytes = 64 * 1024;

    QTcpSocket* m_socket;
    Handler m_handler;
    HttpParser m_parser;
    QTimer m_trickleTimer;
    HttpResponse m_response;
    bool m_busy = false;
    bool m_silent = false;
    qint64 m_offset = 0;
    qint64 m_limit = 0;
    Ending m_ending = Ending::KeepAlive;
    bool m_flushing = false;
};
