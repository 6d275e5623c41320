#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// Runs the real videoremix-mock binary for a test and steers it through its
// /__mock control endpoints. The control calls block (with a 5 s limit) for
// convenience; that is safe because the mock lives in another process.
class MockServerProcess final {
public:
    MockServerProcess();
    ~MockServerProcess();
    Q_DISABLE_COPY_MOVE(MockServerProcess)

    // Starts the mock on an ephemeral port with apiKey(); extraArgs are
    // appended, so they can override the defaults.
    bool start(const QStringList& extraArgs = {});
    void stop();
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QUrl cdnBaseUrl() const { return m_cdnBaseUrl; }
    // baseUrl() joined with a path such as "/v1/videos/x" (kept encoded).
    [[nodiscard]] QUrl url(const QString& pathAndQuery) const;
    [[nodiscard]] QString apiKey() const { return m_apiKey; }
    [[nodiscard]] static QString defaultApiKey();

    // Logged requests; each has method, path, query, headers (lower-case
    // names, full values), body, origin and time; a multipart request has an
    // empty body and `parts` instead (see RequestLog).
    [[nodiscard]] QJsonArray requests();
    [[nodiscard]] QJsonArray cdnRequests();
    // API requests whose method matches (empty: any) and whose raw path
    // matches the glob (`*` within a segment, `**` across) or, without
    // wildcards, starts with the given prefix.
    [[nodiscard]] int countRequests(const QByteArray& method, const QString& pathGlobOrPrefix);

    bool addFault(const QJsonObject& rule);
    bool configure(const QJsonObject& patch);
    bool reset();
    bool addVideo(const QJsonObject& video);

private:
    struct Reply final {
        int status = 0;
        QByteArray body;
    };
    Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {});
    QJsonArray allRequests();

    QProcess m_process;
    QNetworkAccessManager* m_network = nullptr;
    QUrl m_baseUrl;
    QUrl m_cdnBaseUrl;
    QString m_apiKey;
};
