#pragma once

#include "api/apierror.h"
#include "api/clientconfig.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class ApiClient;
class ApiCall;

struct ConnectionTestResult final {
    Q_DECLARE_TR_FUNCTIONS(ConnectionTestResult)

public:
    enum class Outcome {
        Accepted,       // the gateway answered as the video API and took the key
        KeyRejected,    // 401 or 403
        NotAnApi,       // HTML, a non-JSON 404, a redirect, or JSON that is not the API
        ServerError,    // the API answered but reports its own failure (5xx)
        NetworkFailure, // refused, unknown host, reset, proxy
        TlsFailure,     // certificate not trusted, handshake failed
        Timeout,
    };

    Outcome outcome = Outcome::NetworkFailure;
    ApiError error; // empty for a clean 200
    QUrl gateway;   // the base URL asked, named in the verdict

    // One line for the user, in the current UI language.
    QString headline() const;
    // The server's own words (both languages for a 401) or the transport's; for an
    // accepted key, what was checked and what it proves, never the probe's "not found".
    QStringList details(UiLanguage language) const;

    static QString outcomeKey(Outcome outcome);
    // The pure decision, for tests and for the CLI.
    static ConnectionTestResult classify(bool succeeded, const ApiError& error);
};

// "Test connection": one GET of a video that cannot exist. A JSON 404 envelope
// (or 200) proves both that this is the API and that the key was accepted; the
// request has no side effect and costs nothing.
class ConnectionTester final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    static constexpr int MaxProbeMs = 20'000;

    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    static QString probeVideoId();

    // Starts a probe, abandoning one that is still running.
    void start(const ClientConfig& config);
    void cancel();
    bool isRunning() const { return m_call != nullptr; }

signals:
    void finished(const ConnectionTestResult& result);

private:
    std::unique_ptr<ApiClient> m_client;
    ApiCall* m_call = nullptr;
};
