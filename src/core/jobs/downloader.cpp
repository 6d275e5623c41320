#include "downloader.h"

#include "../api/apiclient.h"
#include "../api/retrypolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

// new-api and others answer /content with a pointer to the real file.
QUrl urlFromPointer(const QByteArray& body) {
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QString& key : {u"url"_s, u"video_url"_s}) {
        if (object.value(key).isString())
            return QUrl(object.value(key).toString());
    }
    const QJsonObject metadata = object.value(u"metadata"_s).toObject();
    if (metadata.value(u"url"_s).isString())
        return QUrl(metadata.value(u"url"_s).toString());
    return {};
}

} // namespace

Downloader::Downloader(ApiClient* client, const QString& videoId, ContentVariant variant,
                       const QString& targetPath, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_targetPath(targetPath) {
    QUrlQuery query;
    query.addQueryItem(u"variant"_s, contentVariantKey(variant));
    m_startUrl = client->requests().apiUrl({u"videos"_s, videoId, u"content"_s}, query);
    if (const FieldProblem problem = RemixRequest::checkVideoId(videoId);
        problem != FieldProblem::None)
        m_error = ApiError::validation(RemixRequest::describe(problem));
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_deadlinePassed = true;
        if (m_reply)
            m_reply->abort();
    });
}

Downloader::~Downloader() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Downloader::start() {
    if (m_error.isError()) {
        QTimer::singleShot(0, this, [this] { fail(m_error); });
        return;
    }
    m_deadline.start(m_client->requests().config().downloadDeadlineMs);
    fetch(m_startUrl);
}

void Downloader::abort() {
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void Downloader::fetch(const QUrl& url) {
    m_currentUrl = url;
    m_pointerBody.clear();
    m_file.reset();
    m_written = 0;
    const RequestFactory& requests = m_client->requests();
    const QNetworkRequest request = requests.isApiOrigin(url)
                                        ? requests.authorized(url, "application/binary")
                                        : requests.anonymous(url);
    m_reply = m_client->network()->get(request);
    // Bounded memory: Qt stops reading the socket while this much is unread.
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Downloader::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &Downloader::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &Downloader::progress);
    connect(m_reply, &QNetworkReply::finished, this, &Downloader::onFinished);
}

bool Downloader::isPointerBody() const {
    const QByteArray type =
        m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    return type.contains("json") || type.contains("text/");
}

void Downloader::onMetaDataChanged() {
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 || isPointerBody() || m_file)
        return;
    m_file = std::make_unique<QSaveFile>(m_targetPath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_writeFailed = true;
        m_reply->abort();
    }
}

void Downloader::onReadyRead() {
    if (m_file) {
        while (m_reply->bytesAvailable() > 0) {
            const QByteArray chunk = m_reply->read(256 * 1024);
            if (m_file->write(chunk) != chunk.size()) {
                m_writeFailed = true;
                m_reply->abort();
                return;
            }
            m_written += chunk.size();
        }
        return;
    }
    if (m_pointerBody.size() + m_reply->bytesAvailable() > MaxPointerBodyBytes) {
        m_reply->abort();
        return;
    }
    m_pointerBody += m_reply->readAll();
}

void Downloader::onFinished() {
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> reply(m_reply.data());
    m_reply.clear();
    if (!reply)
        return;
    if (!m_writeFailed && reply->bytesAvailable() > 0)
        onReadyRead(); // drains into the file or the pointer body, as before
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();

    ApiError error;
    error.url = m_currentUrl;
    RetryPolicy::Failure failure = RetryPolicy::Failure::HttpStatus;
    if (m_cancelled) {
        error.kind = ApiError::Kind::Cancelled;
        return fail(error);
    }
    if (m_writeFailed) {
        error.kind = ApiError::Kind::Protocol;
        error.technicalDetail = tr("Could not write %1: %2")
                                    .arg(m_targetPath, m_file ? m_file->errorString() : QString{});
        return fail(error);
    }
    if (m_deadlinePassed) {
        error.kind = ApiError::Kind::Timeout;
        return fail(error);
    }
    if (status >= 300 && status < 400) {
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        if (location.isValid())
            return follow(m_currentUrl.resolved(location));
    }
    if (status >= 400) {
        error = ApiError::fromHttp(status, m_pointerBody, contentType);
        error.url = m_currentUrl;
        error.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    } else if (reply->error() != QNetworkReply::NoError || status == 0) {
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
        error.kind = status ? ApiError::Kind::Protocol
                            : (timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Network);
        if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            error.kind = ApiError::Kind::Tls;
        failure = timedOut ? RetryPolicy::Failure::Timeout : RetryPolicy::Failure::ConnectionLost;
        error.technicalDetail = reply->errorString();
    } else if (!m_file) {
        const QUrl next = urlFromPointer(m_pointerBody);
        if (next.isValid() && (next.scheme() == u"https"_s || next.scheme() == u"http"_s))
            return follow(m_currentUrl.resolved(next));
        error.kind = ApiError::Kind::Protocol;
        error.rawBody = m_pointerBody.left(ApiError::MaxRawBodyBytes);
        error.technicalDetail =
            tr("The gateway sent %1 instead of the video.").arg(QString::fromLatin1(contentType));
    } else {
        const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
        const bool encoded = !reply->rawHeader("Content-Encoding").isEmpty();
        if (declared.isValid() && !encoded && declared.toLongLong() != m_written) {
            error.kind = ApiError::Kind::Protocol;
            error.technicalDetail =
                tr("Received %1 of %2 bytes.").arg(m_written).arg(declared.toLongLong());
        } else if (m_written == 0) {
            error.kind = ApiError::Kind::Protocol;
            error.technicalDetail = tr("The gateway sent an empty file.");
        } else if (!m_file->commit()) {
            error.kind = ApiError::Kind::Protocol;
            error.technicalDetail =
                tr("Could not save %1: %2").arg(m_targetPath, m_file->errorString());
        } else {
            m_file.reset();
            m_deadline.stop();
            m_finished = true;
            emit finished();
            return;
        }
    }

    // Retry GET failures that a retry can cure, as for any read call.
    RetryPolicy::Attempt attempt;
    attempt.method = RetryPolicy::Method::Get;
    attempt.failure =
        error.kind == ApiError::Kind::Http ? RetryPolicy::Failure::HttpStatus : failure;
    if (error.kind == ApiError::Kind::Protocol || error.kind == ApiError::Kind::Tls)
        attempt.failure = RetryPolicy::Failure::Protocol;
    attempt.httpStatus = status;
    attempt.retriesDone = m_retries;
    attempt.maxRetries = m_client->requests().config().maxRetries;
    attempt.retryAfterMsHeader = reply->rawHeader("retry-after-ms");
    attempt.retryAfterHeader = reply->rawHeader("retry-after");
    attempt.shouldRetryHeader = reply->rawHeader("x-should-retry");
    attempt.now = QDateTime::currentDateTimeUtc();
    attempt.jitter = QRandomGenerator::global()->generateDouble();
    const RetryPolicy::Decision decision = RetryPolicy::decide(attempt);
    if (decision.retry) {
        ++m_retries;
        if (m_file)
            m_file->cancelWriting();
        m_file.reset();
        const QUrl url = m_currentUrl;
        QTimer::singleShot(decision.delayMs, this, [this, url] { fetch(url); });
        return;
    }
    fail(error);
}

void Downloader::follow(const QUrl& next) {
    if (++m_hops > MaxHops) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.url = m_currentUrl;
        error.technicalDetail = tr("Too many redirects.");
        return fail(error);
    }
    if (m_file)
        m_file->cancelWriting();
    fetch(next);
}

void Downloader::fail(ApiError error) {
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_deadline.stop();
    m_finished = true;
    m_error = std::move(error);
    emit finished();
}
