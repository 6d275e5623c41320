#pragma once

#include "settings/connectiontester.h"
#include "settings/gatewayprofile.h"
#include "settings/profilekeyeditor.h"
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
    int pendingKeyWrites() const { return m_keys.pendingWrites(); }

    // The Gateways page on that profile, its key field focused (the key in use was rejected).
    void showProfileKey(const QString& profileId);

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
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void fillComboBoxes();
    void loadWorkingCopy();
    void rebuildProfileList();
    void updateProfileItem(int row);
    void showProfile(int row);
    void updateKeyWidgets();
    void updateCleartextWarning();
    void updateProxyWidgets();
    void updateButtons();
    // Word-wrapped explanations get the height their text needs at their width:
    // a layout squeezes them otherwise, and a sentence stops in the middle.
    void fitWrappedLabels();
    void showProblems(const QStringList& problems);
    QStringList validationProblems() const;
    GatewayProfile* currentProfile();
    QString uniqueName(const QString& base) const;

    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void testConnection();
    void showTestResult(const ConnectionTestResult& result);
    void onKeyChoiceNeeded(const QString& profileId);
    void onKeyStored(const QString& profileId, KeySource source);
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
    ProfileKeyEditor m_keys;
    int m_current = -1;
    bool m_updating = false;
    bool m_closeWhenStored = false;
    std::optional<ConnectionTestResult> m_lastTest;
};
