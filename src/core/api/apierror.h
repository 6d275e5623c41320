#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include "uilanguage.h"

#include <optional>

// Everything that can go wrong with a call, in one value: where it went wrong
// (kind), what the server said (any envelope dialect), and what the user can do.
struct ApiError final {
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind { None, Validation, Network, Timeout, Tls, Http, Protocol, Cancelled };

    static constexpr qsizetype MaxRawBodyBytes = 64 * 1024;

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString type;
    QString code;
    QString param;
    QString message;
    QString messageZh;
    std::optional<qint64> retryAfterMs;
    QString requestId;
    QByteArray rawBody; // bounded; shown as plain text only
    QByteArray contentType;
    QString technicalDetail; // the transport's own words (Qt's errorString)
    QUrl url;                // what failed, without query or credentials
    // A remix POST that may or may not have reached the server: never re-sent by itself.
    bool outcomeUnknown = false;

    bool isError() const { return kind != Kind::None; }
    bool isHtml() const;
    // The title of an HTML error page, which says more than its markup.
    QString htmlTitle() const;

    // Already redacted (see redacted()): a gateway may echo the key in its error.
    static ApiError fromHttp(int status, const QByteArray& body, const QByteArray& contentType);
    static ApiError validation(const QString& text);
    // What toJson() wrote, read back (the body aside): the words VideoRemix adds
    // (summary) come out in the UI language of the moment they are asked for.
    static ApiError fromJson(const QJsonObject& object);

    // The same error with every text a server or the transport supplied (the
    // messages, codes, request ID, details and body) passed through
    // LogRedaction::redact, so no key it echoed reaches a screen, a file or a log.
    ApiError redacted() const;

    // The server's message in `language` first, the other beneath it, whichever
    // exist; when the server said nothing usable, our own description of the failure.
    // When none of the server's lines is in `language`, our own words for the
    // situation (SituationWords) come first.
    QStringList messagesFor(UiLanguage language) const;
    // What happened, in the current UI language, independent of what the server said.
    QString summary() const;
    // For --json output, logs and the job library: every field, redacted.
    QJsonObject toJson() const;

    static QString kindKey(Kind kind);
};

// Reads every error envelope seen on gateways into `error`: OpenAI's {"error":{...}},
// new-api's {"code","message","data"}, {"detail": ...}, JSON nested in a string,
// and plain text. Returns false when the body held no message at all.
bool parseErrorEnvelope(const QByteArray& body, ApiError& error);
