#include "apicall.h"

#include "oneshotbody.h"
#include "requestfactory.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

RetryPolicy::Failure transportFailure(QNetworkReply::NetworkError error) {
    using RetryPolicy::Failure;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Failure::ConnectionRefused;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyNotFoundError:
        return Failure::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return Failure::TlsHandshake;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::OperationCanceledError: // only the transfer timeout cancels without us
        return Failure::Timeout;
    default:
        return Failure::ConnectionLost;
    }
}

bool isShortOfDeclaredLength(QNetworkReply* reply, const QByteArray& body) {
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    // A compressed body is inflated by Qt, so its length no longer matches.
    if (!declared.isValid() || reply->hasRawHeader("Content-Encoding"))
        return false;
    return declared.toLongLong() != body.size();
}

ApiError::Kind kindOf(RetryPolicy::Failure failure) {
    using RetryPolicy::Failure;
    switch (failure) {
    case Failure::TlsHandshake:
        return ApiError::Kind::Tls;
    case Failure::Timeout:
        return ApiError::Kind::Timeout;
    case Failure::HttpStatus:
        return ApiError::Kind::Http;
    case Failure::Protocol:
        return ApiError::Kind::Protocol;
    case Failure::Cancelled:
        return ApiError::Kind::Cancelled;
    case Failure::ConnectionRefused:
    case Failure::HostNotFound:
    case Failure::ConnectionLost:
        break;
    }
    return ApiError::Kind::Network;
}

} // namespace

ApiCall::ApiCall(QObject* parent)
    : QObject(parent) {}

ApiCall::ApiCall(QNetworkAccessManager* network, const RequestFactory* factory,
                 RetryPolicy::Method method, QUrl url, QByteArray body, Expect expect,
                 QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_factory(factory)
    , m_method(method)
    , m_url(std::move(url))
    , m_body(std::move(body))
    , m_expect(expect) {
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_deadlinePassed = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

ApiCall* ApiCall::rejected(const ApiError& error, QObject* parent) {
    auto* call = new ApiCall(parent);
    QTimer::singleShot(0, call, [call, error] { call->finishWith(error); });
    return call;
}

void ApiCall::start() {
    if (!m_network || m_attempts > 0 || m_finished)
        return;
    sendAttempt();
}

void ApiCall::abort() {
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort();
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.url = m_url;
    finishWith(error);
}

void ApiCall::sendAttempt() {
    ++m_attempts;
    m_received.clear();
    m_deadlinePassed = false;
    m_tooLarge = false;
    switch (m_method) {
    case RetryPolicy::Method::Get:
        m_reply = m_network->get(m_factory->authorized(m_url));
        break;
    case RetryPolicy::Method::Delete:
        m_reply = m_network->deleteResource(m_factory->authorized(m_url));
        break;
    case RetryPolicy::Method::PaidPost:
        m_reply = postOnce();
        break;
    }
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_deadline.start(m_factory->config().requestDeadlineMs);
}

QNetworkReply* ApiCall::postOnce() {
    if (!m_form) {
        auto* body = new OneShotBody(m_body);
        QNetworkReply* reply =
            m_network->post(m_factory->authorizedOneShotPost(m_url, m_body.size()), body);
        body->setParent(reply);
        return reply;
    }
    auto* multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto& [name, value] : m_form->fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       u"form-data; name=\"%1\""_s.arg(name));
        part.setBody(value.toUtf8());
        multiPart->append(part);
    }
    if (!m_form->fileField.isEmpty()) {
        QHttpPart file;
        QString fileName = m_form->fileName;
        fileName.remove(u'"').remove(u'\r').remove(u'\n');
        file.setHeader(
            QNetworkRequest::ContentDispositionHeader,
            u"form-data; name=\"%1\"; filename=\"%2\""_s.arg(m_form->fileField, fileName));
        file.setHeader(QNetworkRequest::ContentTypeHeader, m_form->fileContentType);
        // The same one-shot guard as a JSON body: a part that cannot rewind makes
        // the whole form unrewindable, so Qt cannot send the paid POST twice.
        auto* bytes = new OneShotBody(m_form->fileBytes, multiPart, OneShotBody::Use::Part);
        file.setBodyDevice(bytes);
        multiPart->append(file);
    }
    QNetworkReply* reply = m_network->post(m_factory->authorizedMultipartPost(m_url), multiPart);
    multiPart->setParent(reply);
    return reply;
}

void ApiCall::onReadyRead() {
    // An API answer is small; a huge one is a broken or hostile gateway.
    if (m_received.size() + m_reply->bytesAvailable() > MaxBodyBytes) {
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    m_received += m_reply->readAll();
}

ApiError ApiCall::classify(QNetworkReply* reply, const QByteArray& body,
                           RetryPolicy::Failure& failure) {
    using RetryPolicy::Failure;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();

    ApiError error;
    if (m_cancelled) {
        failure = Failure::Cancelled;
    } else if (m_deadlinePassed) {
        failure = Failure::Timeout;
        error.technicalDetail = tr("No complete answer within %n seconds.", nullptr,
                                   m_factory->config().requestDeadlineMs / 1000);
    } else if (m_tooLarge) {
        failure = Failure::Protocol;
        error.technicalDetail =
            tr("The answer was larger than %n MiB.", nullptr, int(MaxBodyBytes >> 20));
    } else if (status >= 300 && status < 400) {
        // API calls are not redirected by a well-behaved gateway; following one
        // would risk sending the key elsewhere.
        failure = Failure::HttpStatus;
        error = ApiError::fromHttp(status, body, contentType);
        error.technicalDetail =
            tr("Unexpected redirect to %1")
                .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toDisplayString());
    } else if (status >= 400) {
        failure = Failure::HttpStatus;
        error = ApiError::fromHttp(status, body, contentType);
    } else if (reply->error() != QNetworkReply::NoError) {
        // With a status line but a broken body (reset, short Content-Length), the
        // request certainly arrived: that is an unreadable answer, not a lost one.
        failure = status ? Failure::Protocol : transportFailure(reply->error());
        if (status && transportFailure(reply->error()) == Failure::Timeout)
            failure = Failure::Timeout;
        error.technicalDetail = reply->errorString();
    } else if (isShortOfDeclaredLength(reply, body)) {
        // Qt 6.4 sometimes reports a reset mid-body as NoError with the bytes so far.
        failure = Failure::Protocol;
        error.technicalDetail =
            tr("The answer was cut off after %n bytes.", nullptr, int(body.size()));
    } else if (readSuccess(body, error)) {
        return {};
    } else {
        failure = Failure::Protocol;
    }
    error.kind = kindOf(failure);
    error.httpStatus = status;
    error.contentType = contentType;
    if (error.rawBody.isEmpty())
        error.rawBody = body.left(ApiError::MaxRawBodyBytes);
    error.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    error.url = m_url;
    return error;
}

bool ApiCall::readSuccess(const QByteArray& body, ApiError& error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error.technicalDetail =
            body.isEmpty()
                ? tr("The answer was empty.")
                : tr("The answer is not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject object = document.object();
    switch (m_expect) {
    case Expect::Video:
        m_video = Video::fromJson(object);
        if (!m_video) {
            error.technicalDetail = tr("The answer does not describe a video.");
            return false;
        }
        break;
    case Expect::VideoList:
        if (!object.value(u"data"_s).isArray()) {
            error.technicalDetail = tr("The answer is not a list of videos.");
            return false;
        }
        break;
    case Expect::Deletion:
        break;
    }
    m_json = object;
    return true;
}

void ApiCall::onReplyFinished() {
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> reply(m_reply.data());
    m_reply.clear();
    m_deadline.stop();
    if (!reply)
        return;
    // An aborted reply (size cap, deadline, Qt's own decompression check) is closed.
    if (!m_tooLarge && !m_deadlinePassed && reply->isOpen())
        m_received += reply->readAll();

    RetryPolicy::Failure failure = RetryPolicy::Failure::HttpStatus;
    ApiError error = classify(reply.data(), m_received, failure);
    if (!error.isError()) {
        bool ok = false;
        const qint64 pollAfter = reply->rawHeader("openai-poll-after-ms").trimmed().toLongLong(&ok);
        if (ok && pollAfter >= 0)
            m_pollAfterMs = pollAfter;
        m_billingRatios = reply->rawHeader("X-New-Api-Other-Ratios").left(4096);
        finishWith(error);
        return;
    }

    RetryPolicy::Attempt attempt;
    attempt.method = m_method;
    attempt.failure = failure;
    attempt.httpStatus = error.httpStatus;
    attempt.retriesDone = m_attempts - 1;
    attempt.maxRetries = m_factory->config().maxRetries;
    attempt.retryAfterMsHeader = reply->rawHeader("retry-after-ms");
    attempt.retryAfterHeader = reply->rawHeader("retry-after");
    attempt.shouldRetryHeader = reply->rawHeader("x-should-retry");
    attempt.now = QDateTime::currentDateTimeUtc();
    attempt.jitter = QRandomGenerator::global()->generateDouble();
    error.retryAfterMs = RetryPolicy::serverDelayMs(attempt.retryAfterMsHeader,
                                                    attempt.retryAfterHeader, attempt.now);

    const RetryPolicy::Decision decision = RetryPolicy::decide(attempt);
    error.outcomeUnknown = decision.outcomeUnknown;
    if (decision.retry) {
        emit retryScheduled(error, decision.delayMs);
        m_retryTimer.start(static_cast<int>(decision.delayMs));
        return;
    }
    finishWith(error);
}

void ApiCall::finishWith(const ApiError& error) {
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}
