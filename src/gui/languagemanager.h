#pragma once

#include "api/uilanguage.h"
#include "settings/settings.h"
#include "translationloader.h"

#include <QObject>
#include <QPointer>

// Which of the two UI languages is active. Switching installs the matching
// catalogues (VideoRemix's own and, for Chinese, Qt's standard texts) and always
// tells every widget (LanguageChange), so the order of bilingual server messages
// follows the setting even where no translation file is installed.
//
// Bound to Settings (setSettings), it follows the stored choice live: the View >
// Language menu and the settings dialog both write the choice there, and the
// first run follows the system (Chinese for any zh* locale, else English).
class LanguageManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject* parent = nullptr);

    UiLanguage language() const { return m_language; }
    // Shows `language` now, whatever the stored choice (--language, tests).
    void setLanguage(UiLanguage language);

    // What the user chose: follow the system, or one language.
    Settings::LanguageChoice choice() const;
    // Stores the choice (when bound to Settings) and applies it at once.
    void setChoice(Settings::LanguageChoice choice);
    // Applies the stored choice now and follows its changes from then on.
    void setSettings(Settings* settings);
    Settings* settings() const { return m_settings; }

    bool hasQtTranslations() const { return m_loader.hasQtCatalogue(); }

    // The language of the system locale, the default before the user chooses.
    static UiLanguage systemLanguage();
    static UiLanguage languageFor(Settings::LanguageChoice choice);
    // Where translation files are looked for, first match wins.
    static QStringList translationDirectories();

signals:
    void languageChanged(UiLanguage language);
    void choiceChanged(Settings::LanguageChoice choice);

private:
    void applyStoredChoice();

    UiLanguage m_language = UiLanguage::English;
    Settings::LanguageChoice m_choice = Settings::LanguageChoice::System;
    QPointer<Settings> m_settings;
    TranslationLoader m_loader;
};
