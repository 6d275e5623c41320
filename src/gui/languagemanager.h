#pragma once

#include "api/uilanguage.h"

#include <QObject>
#include <QTranslator>

// Which of the two UI languages is active. Switching installs the matching
// translator when one is found and always tells every widget (LanguageChange),
// so the order of bilingual server messages follows the setting even where no
// translation file is installed.
class LanguageManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject* parent = nullptr);

    UiLanguage language() const { return m_language; }
    void setLanguage(UiLanguage language);

    // The language of the system locale, the default before the user chooses.
    static UiLanguage systemLanguage();
    // Where translation files are looked for, first match wins.
    static QStringList translationDirectories();

signals:
    void languageChanged(UiLanguage language);

private:
    void loadTranslator(UiLanguage language);

    UiLanguage m_language = UiLanguage::English;
    QTranslator m_translator;
    bool m_translatorInstalled = false;
};
