#pragma once

#include "../api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>
#include <QUrl>

#include <memory>

class ApiClient;
class QNetworkReply;
enum class ContentVariant;

// Streams /v1/videos/{id}/content into a QSaveFile. The target path receives
// a file only after a complete, verified transfer; anything else leaves no file.
// Follows the gateway's pointers to the real bytes (a JSON body with a URL, or a
// redirect), and never sends the key to another origin.
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

    void start();
    void abort();

    const QString& targetPath() const { return m_targetPath; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    qint64 bytesWritten() const { return m_written; }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void fetch(const QUrl& url);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void follow(const QUrl& next);
    void fail(ApiError error);
    bool isPointerBody() const;

    ApiClient* m_client = nullptr;
    QString m_targetPath;
    QUrl m_startUrl;
    QUrl m_currentUrl;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_pointerBody;
    QTimer m_deadline;
    int m_hops = 0;
    int m_retries = 0;
    qint64 m_written = 0;
    bool m_deadlinePassed = false;
    bool m_cancelled = false;
    bool m_writeFailed = false;
    bool m_finished = false;
    ApiError m_error;
};
