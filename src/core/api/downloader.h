#pragma once

#include "apierror.h"
#include "retrypolicy.h"

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class ApiClient;
class QNetworkReply;
enum class ContentVariant;

// Streams /v1/videos/{id}/content into "<target>.part" and renames it to the
// target only after a complete transfer of the expected length; anything else
// leaves no file. A body cut off mid-way is asked for again, a bounded number of
// times with back-off: from where it stopped (`Range: bytes=N-`) when the server
// advertised `Accept-Ranges: bytes` and its 206 lines up, else from the start.
// Follows the gateway's pointers to the real bytes (a JSON body with a URL, or a
// redirect), and never sends the key to another origin. A thumbnail or
// spritesheet answered with a video is refused, not saved as an image.
class Downloader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Downloader)

public:
    static constexpr int MaxHops = 5;
    static constexpr qsizetype MaxPointerBodyBytes = 1024 * 1024;
    static constexpr qint64 ReadBufferBytes = 1024 * 1024;

    Downloader(ApiClient* client, const QString& videoId, ContentVariant variant,
               const QString& targetPath, QObject* parent = nullptr);
    ~Downloader() override;

    // Where the bytes stay until the download is complete.
    static QString partPath(const QString& targetPath);

    void start();
    // Ends the download now, also during the wait before another attempt.
    void abort();

    const QString& targetPath() const { return m_targetPath; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    qint64 bytesWritten() const { return m_written; }
    int attempts() const { return m_attempts; }

signals:
    void progress(qint64 received, qint64 total);
    // An attempt failed and another follows after `delayMs`.
    void retryScheduled(const ApiError& error, qint64 delayMs);
    void finished();

private:
    void fetch(const QUrl& url);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    bool openPart(bool append);
    void discardPart();
    void reject(const QString& detail);
    void follow(const QUrl& next);
    void drain(QNetworkReply* reply);
    void restartFromZero(QNetworkReply* reply, const QString& reason);
    void retryOrFail(QNetworkReply* reply, ApiError error, RetryPolicy::Failure failure,
                     bool progressed);
    void complete();
    void fail(ApiError error);
    bool isPointerBody() const;
    bool isImageVariant() const;
    ApiError protocolError(const QString& detail) const;

    ApiClient* m_client = nullptr;
    ContentVariant m_variant;
    QString m_targetPath;
    QString m_partPath;
    QUrl m_startUrl;
    QUrl m_currentUrl;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QFile> m_file;
    QByteArray m_pointerBody;
    QTimer m_deadline;
    QTimer m_retryTimer;
    int m_hops = 0;
    int m_retries = 0;
    int m_attempts = 0;
    qint64 m_written = 0;        // bytes in the .part file
    qint64 m_attemptStart = 0;   // m_written when this attempt's body began
    qint64 m_expectedTotal = -1; // the complete file's size, once the server said it
    bool m_rangesAccepted = false;
    bool m_askedForRange = false;
    bool m_rangesUntrusted = false; // a 206 did not line up: whole files from now on
    bool m_pointerTooLarge = false;
    bool m_deadlinePassed = false;
    bool m_cancelled = false;
    bool m_writeFailed = false;
    bool m_finished = false;
    ApiError m_rejection;         // decided while the headers arrived; ends the download
    QByteArray m_badContentRange; // a 206 that does not continue the file; ends the attempt
    ApiError m_error;
};
