#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <functional>

// The offline demo's gateway: the bundled videoremix-mock, started as a child
// on a free loopback port. It exits by itself when our end of its stdin closes,
// so it never outlives the application, even after a crash.
class DemoServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    static constexpr int StartTimeoutMs = 10'000;
    // Long enough to watch the progress bar move, short enough to wait for.
    static constexpr int DefaultJobDurationMs = 15'000;

    explicit DemoServer(QObject* parent = nullptr);
    ~DemoServer() override;

    static QString apiKey();
    // videoremix-mock next to this executable, else on PATH; empty when missing.
    static QString findProgram();

    void setJobDurationMs(int durationMs) { m_jobDurationMs = durationMs; }
    void start();
    void stop();

    bool isReady() const { return m_baseUrl.isValid(); }
    QUrl baseUrl() const { return m_baseUrl; }
    // Why the last start failed, in the UI language of the moment it is asked.
    QString failureText() const { return m_failure ? m_failure() : QString(); }

signals:
    void ready(const QUrl& baseUrl);
    void failed(const QString& reason);

private:
    void onStandardOutput();
    void fail(const std::function<QString()>& reason);

    QProcess m_process;
    QTimer m_startTimeout;
    QByteArray m_pending;
    QUrl m_baseUrl;
    int m_jobDurationMs = DefaultJobDurationMs;
    bool m_stopping = false;
    std::function<QString()> m_failure;
};
