#pragma once

#include <QJsonObject>
#include <QString>

// Gateway dialects the mock can imitate; see the API contract, section 4.
enum class Dialect { OpenAi, Seed, NewApi, Numeric };

// How /content answers: the bytes, a JSON pointer to the CDN, or a redirect.
enum class ContentMode { Bytes, JsonUrl, Redirect };

// Everything a test may change at run time through POST /__mock/config.
struct MockConfig final {
    Dialect dialect = Dialect::OpenAi;
    qint64 jobDurationMs = 8000;
    ContentMode contentMode = ContentMode::Bytes;
    int redirectStatus = 302;
    bool listEndpoint = true;
    qint64 pollAfterMs = -1; // negative: header absent
    QString apiKey = QStringLiteral("demo-key");
    qint64 contentBytes = 0; // > 0: synthetic video body of this size
    // Media answers Range requests with 206 and advertises Accept-Ranges: bytes.
    bool acceptRanges = true;
    // /content ignores ?variant= and always sends the video, as new-api does
    // (it drops the query string on the way to its upstream).
    bool contentIgnoresVariant = false;

    // Applies the fields present in `patch`; on a bad value nothing changes
    // and `error` says why.
    bool apply(const QJsonObject& patch, QString* error);
    [[nodiscard]] QJsonObject toJson() const;

    static bool parseDialect(const QString& name, Dialect* out);
    static bool parseContentMode(const QString& name, ContentMode* out);
    static QString dialectName(Dialect dialect);
    static QString contentModeName(ContentMode mode);
};
