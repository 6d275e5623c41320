#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

// Decides whether a failed call is tried again, and when. A pure function, so
// that every rule is pinned by a table test.
namespace RetryPolicy {

// PaidPost: a remix or a create, which may charge the user: never sent twice blindly.
enum class Method { Get, Delete, PaidPost };

// What happened to one attempt, as far as retrying cares.
enum class Failure {
    ConnectionRefused, // never reached the server
    HostNotFound,      // never reached the server
    TlsHandshake,      // never reached the server's application
    Timeout,
    ConnectionLost, // reset or closed after the request went out
    HttpStatus,
    Protocol, // an answer we could not read
    Cancelled,
};

struct Attempt {
    Method method = Method::Get;
    Failure failure = Failure::HttpStatus;
    int httpStatus = 0;
    int retriesDone = 0;
    int maxRetries = 2;
    QByteArray retryAfterMsHeader;
    QByteArray retryAfterHeader;
    QByteArray shouldRetryHeader;
    QDateTime now;
    double jitter = 0.0; // 0..1, drawn by the caller
};

struct Decision {
    bool retry = false;
    qint64 delayMs = 0;
    // The server asked for a wait above MaxServerDelayMs: give up and report it.
    bool serverDelayTooLong = false;
    // A paid POST that failed after it may have reached the server.
    bool outcomeUnknown = false;
};

inline constexpr qint64 MaxServerDelayMs = 120'000;

Decision decide(const Attempt& attempt);

// retry-after-ms first, then Retry-After as seconds or an HTTP date.
std::optional<qint64> serverDelayMs(const QByteArray& retryAfterMs, const QByteArray& retryAfter,
                                    const QDateTime& now);

// min(0.5 * 2^n, 8) s, less up to 25 % jitter.
qint64 backoffMs(int retriesDone, double jitter);

bool isRetryableStatus(int httpStatus);

} // namespace RetryPolicy
