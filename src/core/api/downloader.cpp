#include "downloader.h"

#include "apiclient.h"
#include "contentrange.h"
#include "replyclassifier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <filesystem>

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

bool isVideoType(const QByteArray& contentType) {
    const QByteArray type = contentType.trimmed().toLower();
    return type.startsWith("video/") || type.startsWith("application/mp4");
}

// An MP4/MOV (an "ftyp" box first) or a Matroska/WebM file.
bool looksLikeVideo(const QByteArray& head) {
    return head.mid(4, 4) == "ftyp" || head.startsWith("\x1A\x45\xDF\xA3");
}

} // namespace

Downloader::Downloader(ApiClient* client, const QString& videoId, ContentVariant variant,
                       const QString& targetPath, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_variant(variant)
    , m_targetPath(targetPath)
    , m_partPath(partPath(targetPath)) {
    QUrlQuery query;
    query.addQueryItem(u"variant"_s, contentVariantKey(variant));
    m_startUrl = client->requests().apiUrl({u"videos"_s, videoId, u"content"_s}, query);
    m_currentUrl = m_startUrl;
    if (const FieldProblem problem = RemixRequest::checkVideoId(videoId);
        problem != FieldProblem::None)
        m_error = ApiError::validation(RemixRequest::describe(problem));
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_deadlinePassed = true;
        if (m_reply) {
            m_reply->abort();
        } else if (m_retryTimer.isActive()) {
            ApiError error;
            error.kind = ApiError::Kind::Timeout;
            error.url = m_currentUrl;
            fail(error);
        }
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { fetch(m_currentUrl); });
}

Downloader::~Downloader() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (!m_finished) {
        m_file.reset();
        QFile::remove(m_partPath);
    }
}

QString Downloader::partPath(const QString& targetPath) {
    return targetPath + u".part"_s;
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
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // onFinished reports the cancel
        return;
    }
    m_retryTimer.stop();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.url = m_currentUrl;
    fail(error);
}

void Downloader::fetch(const QUrl& url) {
    ++m_attempts;
    m_currentUrl = url;
    m_pointerBody.clear();
    m_pointerTooLarge = false;
    m_badContentRange.clear();
    m_file.reset();
    m_askedForRange = m_rangesAccepted && !m_rangesUntrusted && m_written > 0;
    if (!m_askedForRange)
        discardPart();
    const RequestFactory& requests = m_client->requests();
    QNetworkRequest request = requests.isApiOrigin(url)
                                  ? requests.authorized(url, "application/binary")
                                  : requests.anonymous(url);
    if (m_askedForRange)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_written) + '-');
    m_reply = m_client->network()->get(request);
    // Bounded memory: Qt stops reading the socket while this much is unread.
    m_reply->setReadBufferSize(ReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Downloader::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &Downloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Downloader::onFinished);
}

bool Downloader::isPointerBody() const {
    const QByteArray type =
        m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    return type.contains("json") || type.contains("text/");
}

bool Downloader::isImageVariant() const {
    return m_variant != ContentVariant::Video;
}

ApiError Downloader::protocolError(const QString& detail) const {
    ApiError error;
    error.kind = ApiError::Kind::Protocol;
    error.url = m_currentUrl;
    error.technicalDetail = detail;
    return error;
}

void Downloader::reject(const QString& detail) {
    m_rejection = protocolError(detail);
    m_reply->abort();
}

void Downloader::onMetaDataChanged() {
    if (!m_reply || m_file || m_rejection.isError() || !m_badContentRange.isEmpty())
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if ((status != 200 && status != 206) || isPointerBody())
        return;
    const QByteArray contentType =
        m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (isImageVariant() && isVideoType(contentType)) {
        // new-api drops the query string, so ?variant=thumbnail gets the MP4.
        return reject(m_variant == ContentVariant::Thumbnail
                          ? tr("The gateway sent a video (%1) instead of the thumbnail image; it "
                               "was not saved as an image.")
                                .arg(QString::fromLatin1(contentType))
                          : tr("The gateway sent a video (%1) instead of the spritesheet image; it "
                               "was not saved as an image.")
                                .arg(QString::fromLatin1(contentType)));
    }
    // A compressed body cannot be resumed by byte offsets.
    const bool encoded = m_reply->hasRawHeader("Content-Encoding");
    if (status == 206) {
        const QByteArray header = m_reply->rawHeader("Content-Range");
        const std::optional<ContentRange> range = ContentRange::parse(header);
        if (!m_askedForRange || encoded || !range ||
            !range->continues(m_written, m_expectedTotal)) {
            m_badContentRange = header.isEmpty() ? "-"_ba : header.left(200);
            m_reply->abort();
            return;
        }
        m_expectedTotal = range->total;
        openPart(true);
    } else {
        // The whole file, whatever was asked: start it again.
        discardPart();
        const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
        m_expectedTotal = declared.isValid() && !encoded ? declared.toLongLong() : -1;
        m_rangesAccepted =
            !encoded && m_reply->rawHeader("Accept-Ranges").toLower().contains("bytes");
        openPart(false);
    }
    m_attemptStart = m_written;
}

bool Downloader::openPart(bool append) {
    m_file = std::make_unique<QFile>(m_partPath);
    const QIODevice::OpenMode mode =
        QIODevice::WriteOnly | (append ? QIODevice::Append : QIODevice::Truncate);
    if (!m_file->open(mode) || (append && m_file->size() != m_written)) {
        m_writeFailed = true;
        m_reply->abort();
        return false;
    }
    return true;
}

void Downloader::discardPart() {
    m_file.reset();
    QFile::remove(m_partPath);
    m_written = 0;
    m_attemptStart = 0;
    m_expectedTotal = -1;
}

void Downloader::onReadyRead() {
    drain(m_reply);
}

void Downloader::drain(QNetworkReply* reply) {
    if (m_writeFailed || m_rejection.isError() || !m_badContentRange.isEmpty() || !reply->isOpen())
        return;
    if (m_file) {
        while (reply->bytesAvailable() > 0) {
            const QByteArray chunk = reply->read(256 * 1024);
            if (m_file->write(chunk) != chunk.size()) {
                m_writeFailed = true;
                reply->abort();
                return;
            }
            m_written += chunk.size();
        }
        emit progress(m_written, m_expectedTotal);
        return;
    }
    if (m_pointerBody.size() + reply->bytesAvailable() > MaxPointerBodyBytes) {
        m_pointerTooLarge = true;
        reply->abort();
        return;
    }
    m_pointerBody += reply->readAll();
}

void Downloader::onFinished() {
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> reply(m_reply.data());
    m_reply.clear();
    if (!reply)
        return;
    drain(reply.data());
    if (m_file && !m_writeFailed && !m_file->flush())
        m_writeFailed = true;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_cancelled) {
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        error.url = m_currentUrl;
        return fail(error);
    }
    if (m_writeFailed) {
        return fail(
            protocolError(tr("Could not write %1: %2")
                              .arg(m_targetPath, m_file ? m_file->errorString() : QString{})));
    }
    if (m_rejection.isError())
        return fail(m_rejection);
    if (!m_badContentRange.isEmpty()) {
        return restartFromZero(
            reply.data(), tr("The answer's Content-Range (%1) does not continue the download at "
                             "byte %2; starting again from the beginning.")
                              .arg(QString::fromLatin1(m_badContentRange))
                              .arg(m_written));
    }
    if (status >= 300 && status < 400) {
        const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
        if (location.isValid())
            return follow(m_currentUrl.resolved(location));
    }
    if (status == 416 && m_askedForRange) {
        return restartFromZero(reply.data(),
                               tr("The download could not continue at byte %1 (HTTP 416); starting "
                                  "again from the beginning.")
                                   .arg(m_written));
    }

    ReplyClassifier::Facts facts;
    facts.deadlinePassed = m_deadlinePassed;
    facts.deadlineMs = m_client->requests().config().downloadDeadlineMs;
    facts.tooLarge = m_pointerTooLarge;
    facts.maxBodyBytes = MaxPointerBodyBytes;
    facts.bodyBytes = m_file ? m_written - m_attemptStart : m_pointerBody.size();
    ReplyClassifier::Verdict verdict =
        ReplyClassifier::classify(reply.data(), m_pointerBody, facts);
    if (verdict.error.isError()) {
        verdict.error.url = m_currentUrl;
        // A GET cut off after its status arrived is asked for again (and resumed).
        const RetryPolicy::Failure failure =
            verdict.cutShort ? RetryPolicy::Failure::ConnectionLost : verdict.failure;
        return retryOrFail(reply.data(), verdict.error, failure, m_written > m_attemptStart);
    }
    if (!m_file) {
        const QUrl next = urlFromPointer(m_pointerBody);
        if (next.isValid() && (next.scheme() == u"https"_s || next.scheme() == u"http"_s))
            return follow(m_currentUrl.resolved(next));
        const QByteArray contentType =
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        ApiError error = protocolError(
            tr("The gateway sent %1 instead of the video.").arg(QString::fromLatin1(contentType)));
        error.rawBody = m_pointerBody.left(ApiError::MaxRawBodyBytes);
        return fail(error);
    }
    complete();
}

void Downloader::restartFromZero(QNetworkReply* reply, const QString& reason) {
    m_rangesUntrusted = true;
    discardPart();
    retryOrFail(reply, protocolError(reason), RetryPolicy::Failure::ConnectionLost, false);
}

void Downloader::retryOrFail(QNetworkReply* reply, ApiError error, RetryPolicy::Failure failure,
                             bool progressed) {
    if (m_deadlinePassed)
        return fail(error);
    const RetryPolicy::Decision decision =
        ReplyClassifier::decideRetry(reply, RetryPolicy::Method::Get, failure, m_retries,
                                     m_client->requests().config().downloadRetries, error);
    if (!decision.retry)
        return fail(error);
    ++m_retries;
    // An attempt that brought bytes shows the way works: the next one follows
    // soon. Without progress the waits grow as for any call.
    const qint64 delayMs =
        progressed && !error.retryAfterMs
            ? RetryPolicy::backoffMs(0, QRandomGenerator::global()->generateDouble())
            : decision.delayMs;
    m_file.reset();
    if (!m_rangesAccepted || m_rangesUntrusted)
        discardPart();
    // Started first, so that abort() from a slot of retryScheduled stops it.
    m_retryTimer.start(int(std::min<qint64>(delayMs, RetryPolicy::MaxServerDelayMs)));
    emit retryScheduled(error, delayMs);
}

void Downloader::complete() {
    m_file.reset();
    if (m_expectedTotal >= 0 && m_written != m_expectedTotal) {
        return fail(
            protocolError(tr("Received %1 of %2 bytes.").arg(m_written).arg(m_expectedTotal)));
    }
    if (m_written == 0)
        return fail(protocolError(tr("The gateway sent an empty file.")));
    if (isImageVariant()) {
        QFile part(m_partPath);
        if (part.open(QIODevice::ReadOnly) && looksLikeVideo(part.read(16))) {
            return fail(protocolError(
                m_variant == ContentVariant::Thumbnail
                    ? tr("The gateway sent a video instead of the thumbnail image; it was not "
                         "saved as an image.")
                    : tr("The gateway sent a video instead of the spritesheet image; it was not "
                         "saved as an image.")));
        }
    }
    // Replaces an older file of the same name in one step, where the system can.
    std::error_code problem;
    std::filesystem::rename(std::filesystem::path(m_partPath.toStdU16String()),
                            std::filesystem::path(m_targetPath.toStdU16String()), problem);
    if (problem) {
        return fail(
            protocolError(tr("Could not save %1: %2")
                              .arg(m_targetPath, QString::fromLocal8Bit(problem.message()))));
    }
    m_deadline.stop();
    m_finished = true;
    emit finished();
}

void Downloader::follow(const QUrl& next) {
    if (++m_hops > MaxHops)
        return fail(protocolError(tr("Too many redirects.")));
    fetch(next);
}

void Downloader::fail(ApiError error) {
    if (m_finished)
        return;
    m_retryTimer.stop();
    discardPart();
    m_deadline.stop();
    m_finished = true;
    // As ApiCall does: a key the gateway echoed in its answer goes no further.
    m_error = error.redacted();
    emit finished();
}
