#pragma once

#include "apierror.h"
#include "multipartform.h"
#include "retrypolicy.h"
#include "video.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class RequestFactory;

// One JSON call to the gateway, with its retries and deadlines. A reply becomes a
// result or an ApiError in one order: status and transport (ReplyClassifier,
// shared with Downloader), then the envelope, then the schema. A failed
// transfer's partial body is never parsed.
class ApiCall final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    enum class Expect { Video, VideoList, Deletion };

    static constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024;

    ApiCall(QNetworkAccessManager* network, const RequestFactory* factory,
            RetryPolicy::Method method, QUrl url, QByteArray body, Expect expect,
            QObject* parent = nullptr);
    ~ApiCall() override;

    // Answers with `error` on the next event-loop turn without touching the network.
    static ApiCall* rejected(const ApiError& error, QObject* parent);

    // Sends the POST as multipart/form-data instead of the JSON body. Before start().
    void setForm(MultipartForm form) { m_form = std::move(form); }

    void start();
    void abort();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    const QJsonObject& json() const { return m_json; }
    const std::optional<Video>& video() const { return m_video; }
    // The wait the server asked for before the next poll (openai-poll-after-ms).
    std::optional<qint64> pollAfterMs() const { return m_pollAfterMs; }
    // How the gateway said it bills this call (new-api's X-New-Api-Other-Ratios), verbatim.
    QByteArray billingRatios() const { return m_billingRatios; }
    int attempts() const { return m_attempts; }
    QUrl url() const { return m_url; }

signals:
    void retryScheduled(const ApiError& error, qint64 delayMs);
    void finished();

private:
    ApiCall(QObject* parent);
    void sendAttempt();
    QNetworkReply* postOnce();
    void onReadyRead();
    void onReplyFinished();
    void finishWith(const ApiError& error);
    ApiError classify(QNetworkReply* reply, const QByteArray& body, RetryPolicy::Failure& failure);
    bool readSuccess(const QByteArray& body, ApiError& error);

    QNetworkAccessManager* m_network = nullptr;
    const RequestFactory* m_factory = nullptr;
    RetryPolicy::Method m_method = RetryPolicy::Method::Get;
    QUrl m_url;
    QByteArray m_body;
    std::optional<MultipartForm> m_form;
    Expect m_expect = Expect::Video;

    QPointer<QNetworkReply> m_reply;
    QByteArray m_received;
    QTimer m_deadline;
    QTimer m_retryTimer;
    bool m_deadlinePassed = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_finished = false;
    int m_attempts = 0;

    ApiError m_error;
    QJsonObject m_json;
    std::optional<Video> m_video;
    std::optional<qint64> m_pollAfterMs;
    QByteArray m_billingRatios;
};
