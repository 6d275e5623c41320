#include "replyclassifier.h"

#include <QNetworkReply>
#include <QRandomGenerator>

using RetryPolicy::Failure;

RetryPolicy::Failure ReplyClassifier::transportFailure(int networkError) {
    switch (QNetworkReply::NetworkError(networkError)) {
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

ApiError::Kind ReplyClassifier::kindOf(RetryPolicy::Failure failure) {
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

namespace {

int statusOf(QNetworkReply* reply) {
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    return status.isValid() ? status.toInt() : 0;
}

bool isShortOfDeclaredLength(QNetworkReply* reply, qint64 bodyBytes) {
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    // A compressed body is inflated by Qt, so its length no longer matches.
    if (!declared.isValid() || reply->hasRawHeader("Content-Encoding"))
        return false;
    return declared.toLongLong() != bodyBytes;
}

} // namespace

ReplyClassifier::Verdict
ReplyClassifier::classify(QNetworkReply* reply, const QByteArray& errorBody, const Facts& facts) {
    const int status = statusOf(reply);
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();

    Verdict verdict;
    ApiError& error = verdict.error;
    if (facts.cancelled) {
        verdict.failure = Failure::Cancelled;
    } else if (facts.deadlinePassed) {
        verdict.failure = Failure::Timeout;
        error.technicalDetail =
            tr("No complete answer within %n seconds.", nullptr, facts.deadlineMs / 1000);
    } else if (facts.tooLarge) {
        verdict.failure = Failure::Protocol;
        error.technicalDetail =
            tr("The answer was larger than %n MiB.", nullptr, int(facts.maxBodyBytes >> 20));
    } else if (status >= 300 && status < 400) {
        // Only a caller that knows where a redirect may lead follows it before
        // asking here; anything else risks sending the key elsewhere.
        verdict.failure = Failure::HttpStatus;
        error = ApiError::fromHttp(status, errorBody, contentType);
        error.technicalDetail =
            tr("Unexpected redirect to %1")
                .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toDisplayString());
    } else if (status >= 400) {
        verdict.failure = Failure::HttpStatus;
        error = ApiError::fromHttp(status, errorBody, contentType);
    } else if (reply->error() != QNetworkReply::NoError) {
        // With a status line but a broken body (reset, short Content-Length), the
        // request certainly arrived: that is an unreadable answer, not a lost one.
        verdict.failure = status ? Failure::Protocol : transportFailure(reply->error());
        if (status && transportFailure(reply->error()) == Failure::Timeout)
            verdict.failure = Failure::Timeout;
        verdict.cutShort = status != 0;
        error.technicalDetail = reply->errorString();
    } else if (isShortOfDeclaredLength(reply, facts.bodyBytes)) {
        // Qt 6.4 sometimes reports a reset mid-body as NoError with the bytes so far.
        verdict.failure = Failure::Protocol;
        verdict.cutShort = true;
        error.technicalDetail =
            tr("The answer was cut off after %n bytes.", nullptr, int(facts.bodyBytes));
    } else {
        return verdict;
    }
    describe(error, verdict.failure, reply, errorBody, reply->url());
    return verdict;
}

void ReplyClassifier::describe(ApiError& error, RetryPolicy::Failure failure, QNetworkReply* reply,
                               const QByteArray& body, const QUrl& url) {
    error.kind = kindOf(failure);
    error.httpStatus = statusOf(reply);
    error.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (error.rawBody.isEmpty())
        error.rawBody = body.left(ApiError::MaxRawBodyBytes);
    error.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    error.url = url;
}

RetryPolicy::Decision ReplyClassifier::decideRetry(QNetworkReply* reply, RetryPolicy::Method method,
                                                   RetryPolicy::Failure failure, int retriesDone,
                                                   int maxRetries, ApiError& error) {
    RetryPolicy::Attempt attempt;
    attempt.method = method;
    attempt.failure = failure;
    attempt.httpStatus = error.httpStatus;
    attempt.retriesDone = retriesDone;
    attempt.maxRetries = maxRetries;
    attempt.retryAfterMsHeader = reply->rawHeader("retry-after-ms");
    attempt.retryAfterHeader = reply->rawHeader("retry-after");
    attempt.shouldRetryHeader = reply->rawHeader("x-should-retry");
    attempt.now = QDateTime::currentDateTimeUtc();
    attempt.jitter = QRandomGenerator::global()->generateDouble();
    error.retryAfterMs = RetryPolicy::serverDelayMs(attempt.retryAfterMsHeader,
                                                    attempt.retryAfterHeader, attempt.now);
    const RetryPolicy::Decision decision = RetryPolicy::decide(attempt);
    error.outcomeUnknown = decision.outcomeUnknown;
    return decision;
}
