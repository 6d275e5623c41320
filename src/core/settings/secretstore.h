#pragma once

#include "gatewayprofile.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

// Where the key a profile uses came from; the UI says so ("from environment").
enum class KeySource { None, Environment, Session, Keychain, File };

// VIDEOREMIX_API_KEY, else OPENAI_API_KEY; an empty variable counts as unset.
struct EnvironmentKey final {
    QString variable;
    QString value;
};
std::optional<EnvironmentKey> environmentApiKey();

// Passing this is the only way to store a key in plaintext: the caller states
// that the user confirmed a dialog naming the risk.
struct UserAcceptedPlaintextRisk final {
    explicit UserAcceptedPlaintextRisk() = default;
};

struct SecretResult final {
    enum class Status {
        Pending,
        Ok,
        NotFound,    // nothing stored for this profile
        Unavailable, // no secret service, locked, broken, or too slow to answer
        Failed,      // the store answered but did not do it (read-back mismatch, I/O error)
    };

    Status status = Status::Pending;
    QString secret;
    KeySource source = KeySource::None;
    QString errorString; // plain words for the user; never contains the secret
    // The same words again, in the UI language of the moment they are asked for
    // (the language may switch while they are shown); empty when they cannot be.
    std::function<QString()> wording;
    // The system's own words (an OS or D-Bus error, often English), for a Details view.
    QString detail;
    // The words without them, in the UI language only; empty when there is no detail.
    std::function<QString()> summary;

    bool ok() const { return status == Status::Ok; }
    QString errorText() const { return wording ? wording() : errorString; }
    QString summaryText() const { return summary ? summary() : errorText(); }
};

// One asynchronous keychain or file operation. Emits finished() once, then
// deletes itself: read result() in the slot.
class SecretOperation final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretOperation)

public:
    explicit SecretOperation(int timeoutMs, QObject* parent = nullptr);

    const SecretResult& result() const { return m_result; }
    bool isFinished() const { return m_result.status != SecretResult::Status::Pending; }

    // Used by SecretStore; a second call is ignored.
    void finish(SecretResult result);
    // Finishes on the next event-loop turn, so callers always connect first.
    void finishLater(SecretResult result);

signals:
    void finished();

private:
    SecretResult m_result;
    QTimer m_timeout;
};

// API keys per profile: the OS keychain through QtKeychain (never its insecure
// fallback), memory for "this run only", and an opt-in 0600 file. Every call is
// asynchronous: a broken keyring daemon can take half a minute to fail.
class SecretStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    static constexpr int DefaultTimeoutMs = 30'000;
    static QString defaultService();
    static QString keyFileName();

    // `configDirectory` is where the opt-in key file goes (Settings::configDirectory()).
    explicit SecretStore(const QString& configDirectory, const QString& service = defaultService(),
                         QObject* parent = nullptr);

    QString service() const { return m_service; }
    QString keyFilePath() const { return m_keyFilePath; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // The key a profile uses right now: environment, then this run's memory,
    // then its KeyLocation. NotFound when there is none.
    SecretOperation* lookup(const GatewayProfile& profile);

    SecretOperation* read(const QString& account, KeyLocation location);
    // Keychain only; succeeds only once reading it back returned the same key.
    // A copy in the key file is removed afterwards.
    SecretOperation* write(const QString& account, const QString& secret);
    // The plaintext fallback: a file readable by the user only (0600).
    SecretOperation* writeToFile(const QString& account, const QString& secret,
                                 UserAcceptedPlaintextRisk);
    // From the keychain, the file and memory; "nothing there" counts as success.
    SecretOperation* remove(const QString& account);

    // "For this run only": kept in memory, never persisted.
    void setSessionSecret(const QString& account, const QString& secret);
    void clearSessionSecret(const QString& account);
    std::optional<QString> sessionSecret(const QString& account) const;

    // Runs an event loop until `operation` finishes (for the CLI and tests);
    // the operation is gone afterwards.
    static SecretResult waitFor(SecretOperation* operation);

    static QString keySourceText(KeySource source);

private:
    SecretOperation* newOperation();
    void startKeychainRead(SecretOperation* operation, const QString& account, KeySource source,
                           const QString& expected, bool confirmingWrite);
    QString readFileSecret(const QString& account, QString* error) const;
    bool writeFileSecret(const QString& account, const std::optional<QString>& secret,
                         QString* error);

    QString m_service;
    QString m_keyFilePath;
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<QString, QString> m_session;
};
