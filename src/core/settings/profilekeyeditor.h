#pragma once

#include "gatewayprofile.h"
#include "secretstore.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

// The API keys of a working copy of profiles, as the settings edit them: what
// the store holds, what was typed and not yet applied, and each write on its
// way. store() writes every changed key to the keychain; where the keychain is
// unavailable the key waits for the user's choice: this run only, or the file.
// Holds no widget: the dialog shows its states and forwards the user's moves.
class ProfileKeyEditor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileKeyEditor)

public:
    struct State final {
        QString stored; // what the store holds (or this run's memory)
        KeySource source = KeySource::None;
        std::optional<QString> edited; // typed, not yet stored
        bool loading = false;
        bool writing = false;             // applied, the keychain has not answered yet
        bool keychainUnavailable = false; // a write failed: waiting for the user's choice
        bool writeFailed = false;
        std::optional<SecretResult> problem; // worded again when the language changes

        // Typed and not yet handed to the store by an apply.
        bool changedSinceApply() const { return edited && !writing && !keychainUnavailable; }
    };

    explicit ProfileKeyEditor(SecretStore* secrets, QObject* parent = nullptr);

    // Reads the profile's key (this run's memory first, else its location).
    void load(const GatewayProfile& profile);
    // A profile new to the working copy, with a key to store or none.
    void add(const QString& profileId, const std::optional<QString>& key = std::nullopt);
    void remove(const QString& profileId);
    void clear();

    State state(const QString& profileId) const { return m_keys.value(profileId); }
    // What the field shows: the typed key, else the stored one.
    QString effectiveKey(const QString& profileId) const;
    void edit(const QString& profileId, const QString& text);

    // Applies: each changed key of `profileIds` goes to the keychain (an emptied one is removed).
    void store(const QStringList& profileIds);
    int pendingWrites() const { return m_pendingWrites; }
    // A key has nowhere to go yet: the user must choose, or the write failed.
    bool waitingForChoice() const;
    // The fallbacks the user chooses when the keychain is unavailable.
    bool keepForThisRun(const QString& profileId);
    void storeInFile(const QString& profileId, UserAcceptedPlaintextRisk risk);

signals:
    // That profile's state changed: the dialog shows it again.
    void changed(const QString& profileId);
    // The key is stored (keychain, file), kept for this run (Session) or removed (None).
    void stored(const QString& profileId, KeySource source);
    // The keychain refused: the key waits for the user's choice.
    void choiceNeeded(const QString& profileId);
    // The last write in flight answered.
    void writesSettled();

private:
    void onWritten(const QString& profileId, const QString& key, const SecretResult& result);

    SecretStore* m_secrets = nullptr;
    QHash<QString, State> m_keys;
    int m_pendingWrites = 0;
};
