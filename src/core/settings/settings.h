#pragma once

#include "api/uilanguage.h"
#include "gatewayprofile.h"

#include <QByteArray>
#include <QObject>
#include <QSize>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

// The one owner of every persisted setting: each key is declared here with its
// default and its validation, the file carries a schema version and older
// layouts are migrated on open. Nothing else in the code base touches QSettings.
// Secrets never pass through here: only where a key is kept (KeyLocation).
class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    // 1: a single gateway under gateway/*; 2: gateway profiles.
    static constexpr int SchemaVersion = 2;

    enum class LanguageChoice { System, Chinese, English };

    // Declared keys, for generic access (value/setValue) and change signals.
    static inline const QString LanguageKey = QStringLiteral("ui/language");
    static inline const QString DownloadFolderKey = QStringLiteral("downloads/folder");
    static inline const QString AutoDownloadKey = QStringLiteral("downloads/auto");
    static inline const QString NotificationsKey = QStringLiteral("notifications/enabled");
    static inline const QString SettingsDialogSizeKey = QStringLiteral("settingsDialog/size");
    static inline const QString SettingsDialogPageKey = QStringLiteral("settingsDialog/page");
    static inline const QString ProfilesKey = QStringLiteral("profiles/list");
    static inline const QString ActiveProfileKey = QStringLiteral("profiles/active");

    // The file in the standard config location shared by the app and the CLI.
    explicit Settings(QObject* parent = nullptr);
    // A specific file (tests, portable setups).
    explicit Settings(const QString& filePath, QObject* parent = nullptr);
    ~Settings() override;

    // <GenericConfigLocation>/videoremix: one folder whatever the program's name.
    static QString defaultConfigDirectory();
    static QString defaultFilePath();
    QString filePath() const;
    // Where the settings file lives; also home of the opt-in key file.
    QString configDirectory() const;

    // The version stored in the file: SchemaVersion after a successful migration,
    // higher when a newer VideoRemix wrote it (then nothing is migrated).
    int storedSchemaVersion() const;

    // Generic access to the simple declared keys (not profiles).
    static QStringList keys();
    static QVariant defaultValue(const QString& key);
    // The stored value when valid, otherwise the default: a hand-edited typo
    // never reaches the program.
    QVariant value(const QString& key) const;
    // Validates and stores; returns false (and changes nothing) for an unknown
    // key or a value that fails validation.
    bool setValue(const QString& key, const QVariant& value, QString* error = nullptr);
    void resetValue(const QString& key);

    LanguageChoice languageChoice() const;
    void setLanguageChoice(LanguageChoice choice);
    // The language to show, resolving "follow the system" against `system`.
    UiLanguage uiLanguage(const QLocale& system = QLocale::system()) const;
    static QString languageChoiceKey(LanguageChoice choice);
    static std::optional<LanguageChoice> languageChoiceFromKey(const QString& key);

    // Empty in storage means the default: <Movies>/VideoRemix.
    QString downloadFolder() const;
    static QString defaultDownloadFolder();
    bool setDownloadFolder(const QString& folder, QString* error = nullptr);
    bool autoDownload() const;
    void setAutoDownload(bool enabled);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);

    // Opaque saved geometry or state of any window, by a name such as
    // "mainWindow" (letters, digits, '_' and '-'). Stored under windows/<name>.
    QByteArray windowState(const QString& name) const;
    bool setWindowState(const QString& name, const QByteArray& state);

    QSize settingsDialogSize() const;
    void setSettingsDialogSize(const QSize& size);
    int settingsDialogPage() const;
    void setSettingsDialogPage(int page);

    // Never empty: a missing or unreadable list yields the defaults.
    QList<GatewayProfile> profiles() const;
    // Replaces the whole list after validateProfiles(); the active profile moves
    // to the first one when it no longer exists.
    bool setProfiles(const QList<GatewayProfile>& profiles, QString* error = nullptr);
    std::optional<GatewayProfile> profile(const QString& id) const;
    // For `--profile NAME`: the name case-insensitively, or the id.
    std::optional<GatewayProfile> findProfile(const QString& nameOrId) const;
    QString activeProfileId() const;
    bool setActiveProfileId(const QString& id);
    GatewayProfile activeProfile() const;

    // Writes pending changes; false when the file cannot be written.
    bool sync();

signals:
    void valueChanged(const QString& key);
    void languageChanged();
    void profilesChanged();
    void activeProfileChanged(const QString& id);

private:
    void open();
    void migrate();
    void migrateFromVersion1();
    void writeProfiles(const QList<GatewayProfile>& profiles);
    QList<GatewayProfile> readProfiles() const;

    std::unique_ptr<QSettings> m_settings;
};
