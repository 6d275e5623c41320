#pragma once

#include "settings/connectiontester.h"
#include "settings/gatewayprofile.h"
#include "settings/secretstore.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

namespace Ui {
class SettingsDialog;
}

class Settings;

// Gateway profiles, their API keys and the general settings. Every edit goes
// to a working copy: Apply writes it (keys asynchronously, to the keychain),
// OK applies and closes once the keys are safely stored, Cancel drops it.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(Settings* settings, SecretStore* secrets, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Writes the working copy. False (and nothing written) when a field is
    // invalid; the problems are shown in the dialog.
    bool apply();
    // Key writes started by apply() that have not answered yet.
    int pendingKeyWrites() const { return m_pendingWrites; }

    // The working copy, for the window's tests and the caller's curiosity.
    const QList<GatewayProfile>& workingProfiles() const { return m_profiles; }

signals:
    // Settings were written; keys may still be on their way (keyStored follows).
    void applied();
    void keyStored(const QString& profileId, KeySource source);

public slots:
    void accept() override;
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct KeyState final {
        QString stored; // what the store holds (or this run's memory)
        KeySource source = KeySource::None;
        std::optional<QString> edited; // typed here, not yet applied
        bool loading = false;
        bool keychainUnavailable = false; // a write failed: waiting for the user's choice
        bool writeFailed = false;
        std::optional<SecretResult> problem; // worded again when the language changes
    };

    void retranslateUi();
    void fillComboBoxes();
    void loadWorkingCopy();
    void loadKey(const GatewayProfile& profile);
    void rebuildProfileList();
    void updateProfileItem(int row);
    void showProfile(int row);
    void updateKeyWidgets();
    void updateCleartextWarning();
    void updateProxyWidgets();
    void updateButtons();
    void showProblems(const QStringList& problems);
    QStringList validationProblems() const;
    GatewayProfile* currentProfile();
    QString effectiveKey(const QString& profileId) const;
    QString uniqueName(const QString& base) const;

    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void testConnection();
    void showTestResult(const ConnectionTestResult& result);
    void storeKeys();
    void onKeyWritten(const QString& profileId, const QString& key, const SecretResult& result);
    void keepKeyForThisRun();
    void storeKeyInFile();
    void setKeyLocation(const QString& profileId, KeyLocation location);
    void finishIfDone();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings* m_settings = nullptr;
    SecretStore* m_secrets = nullptr;
    ConnectionTester m_tester;
    std::optional<EnvironmentKey> m_environmentKey;

    QList<GatewayProfile> m_profiles;
    QString m_activeId;
    QSet<QString> m_removedIds;
    QHash<QString, KeyState> m_keys;
    int m_current = -1;
    bool m_updating = false;
    int m_pendingWrites = 0;
    bool m_closeWhenStored = false;
    std::optional<ConnectionTestResult> m_lastTest;
};
