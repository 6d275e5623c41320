#include "retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace RetryPolicy {

namespace {

bool neverReachedServer(Failure failure) {
    return failure == Failure::ConnectionRefused || failure == Failure::HostNotFound ||
           failure == Failure::TlsHandshake;
}

bool isTransient(const Attempt& attempt) {
    switch (attempt.failure) {
    case Failure::ConnectionRefused:
    case Failure::HostNotFound:
    case Failure::Timeout:
    case Failure::ConnectionLost:
        return true;
    case Failure::HttpStatus:
        return isRetryableStatus(attempt.httpStatus);
    case Failure::TlsHandshake: // a certificate problem does not go away by asking again
    case Failure::Protocol:
    case Failure::Cancelled:
        return false;
    }
    return false;
}

QDateTime parseHttpDate(const QByteArray& value) {
    // RFC 7231 IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QString text = QString::fromLatin1(value).trimmed();
    QDateTime date =
        QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return {};
    date.setTimeSpec(Qt::UTC);
    return date;
}

} // namespace

bool isRetryableStatus(int httpStatus) {
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500;
}

qint64 backoffMs(int retriesDone, double jitter) {
    const double seconds = std::min(0.5 * std::pow(2.0, std::max(0, retriesDone)), 8.0);
    const double factor = 1.0 - 0.25 * std::clamp(jitter, 0.0, 1.0);
    return static_cast<qint64>(seconds * factor * 1000.0);
}

std::optional<qint64> serverDelayMs(const QByteArray& retryAfterMs, const QByteArray& retryAfter,
                                    const QDateTime& now) {
    bool ok = false;
    const double ms = retryAfterMs.trimmed().toDouble(&ok);
    if (ok && std::isfinite(ms) && ms >= 0)
        return static_cast<qint64>(ms);
    const double seconds = retryAfter.trimmed().toDouble(&ok);
    if (ok && std::isfinite(seconds) && seconds >= 0)
        return static_cast<qint64>(std::min(seconds, 1e9) * 1000.0);
    const QDateTime date = parseHttpDate(retryAfter);
    if (date.isValid() && now.isValid())
        return std::max<qint64>(0, now.msecsTo(date));
    return std::nullopt;
}

Decision decide(const Attempt& attempt) {
    Decision decision;
    const bool isPost = attempt.method == Method::PaidPost;
    const bool rateLimited = attempt.failure == Failure::HttpStatus && attempt.httpStatus == 429;

    // A duplicate remix costs the user money: only a POST that provably never
    // arrived, or that the server explicitly refused with 429, goes out again.
    if (isPost && !neverReachedServer(attempt.failure) && !rateLimited) {
        // A 5xx from a gateway may come after its upstream already accepted the job.
        decision.outcomeUnknown = attempt.failure == Failure::HttpStatus
                                      ? attempt.httpStatus >= 500
                                      : attempt.failure != Failure::Cancelled;
        return decision;
    }
    const QByteArray shouldRetry = attempt.shouldRetryHeader.trimmed().toLower();
    if (shouldRetry == "false")
        return decision;
    const bool forced = shouldRetry == "true" && !isPost;
    if (!forced && !isTransient(attempt))
        return decision;
    if (attempt.retriesDone >= attempt.maxRetries)
        return decision;

    const std::optional<qint64> serverDelay =
        serverDelayMs(attempt.retryAfterMsHeader, attempt.retryAfterHeader, attempt.now);
    if (serverDelay && *serverDelay > MaxServerDelayMs) {
        decision.serverDelayTooLong = true;
        return decision;
    }
    decision.retry = true;
    decision.delayMs = serverDelay ? *serverDelay : backoffMs(attempt.retriesDone, attempt.jitter);
    return decision;
}

} // namespace RetryPolicy
