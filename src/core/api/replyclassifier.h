#pragma once

#include "apierror.h"
#include "retrypolicy.h"

#include <QCoreApplication>

class QNetworkReply;

// The one place that reads what happened to a finished reply on the wire, for
// JSON calls (ApiCall) and downloads (Downloader) alike: status first, then the
// transport's error, then a body shorter than declared. What the body means is
// the caller's business; a reply that passes here has arrived whole.
class ReplyClassifier final {
    Q_DECLARE_TR_FUNCTIONS(ReplyClassifier)

public:
    // What the caller knows about the attempt beyond the reply itself.
    struct Facts final {
        bool cancelled = false;      // the caller aborted it
        bool deadlinePassed = false; // the caller's overall deadline aborted it
        int deadlineMs = 0;
        bool tooLarge = false; // the caller aborted it at its size cap
        qsizetype maxBodyBytes = 0;
        qint64 bodyBytes = 0; // body bytes received in this attempt
    };

    struct Verdict final {
        ApiError error; // none: a complete answer with a success status
        RetryPolicy::Failure failure = RetryPolicy::Failure::HttpStatus;
        // The body stopped before its end after a success status: for a GET, the
        // request arrived and the rest can be asked for again.
        bool cutShort = false;
    };

    // `errorBody` is the body read so far, used for the error envelope of a 3xx-5xx.
    static Verdict classify(QNetworkReply* reply, const QByteArray& errorBody, const Facts& facts);

    // Fills what every error of `reply` carries: kind, status, content type,
    // body, request ID and URL.
    static void describe(ApiError& error, RetryPolicy::Failure failure, QNetworkReply* reply,
                         const QByteArray& body, const QUrl& url);

    // Whether and when to try again, from the failure and the reply's retry
    // headers (retry-after-ms, Retry-After, x-should-retry). Also sets the
    // error's retryAfterMs and outcomeUnknown.
    static RetryPolicy::Decision decideRetry(QNetworkReply* reply, RetryPolicy::Method method,
                                             RetryPolicy::Failure failure, int retriesDone,
                                             int maxRetries, ApiError& error);

    static ApiError::Kind kindOf(RetryPolicy::Failure failure);
    static RetryPolicy::Failure transportFailure(int networkError);
};
