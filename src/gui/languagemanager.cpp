#include "languagemanager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent) {}

UiLanguage LanguageManager::systemLanguage() {
    return uiLanguageForLocale(QLocale::system());
}

UiLanguage LanguageManager::languageFor(Settings::LanguageChoice choice) {
    switch (choice) {
    case Settings::LanguageChoice::Chinese:
        return UiLanguage::Chinese;
    case Settings::LanguageChoice::English:
        return UiLanguage::English;
    case Settings::LanguageChoice::System:
        break;
    }
    return systemLanguage();
}

QStringList LanguageManager::translationDirectories() {
    return TranslationLoader::appDirectories();
}

void LanguageManager::setLanguage(UiLanguage language) {
    const bool changed = language != m_language;
    m_language = language;
    QLocale::setDefault(QLocale(uiLanguageCode(language)));
    const bool installed = m_loader.install(language);
    // installTranslator announces itself; without a file the widgets still need
    // to hear about it (window title, order of server messages).
    if (!installed && QCoreApplication::instance()) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    if (changed)
        emit languageChanged(language);
}

Settings::LanguageChoice LanguageManager::choice() const {
    return m_settings ? m_settings->languageChoice() : m_choice;
}

void LanguageManager::setChoice(Settings::LanguageChoice choice) {
    if (m_settings) {
        m_settings->setLanguageChoice(choice);
        m_settings->sync();
        // Also when the stored choice was this one already: a --language override ends.
        applyStoredChoice();
        return;
    }
    const bool changed = choice != m_choice;
    m_choice = choice;
    setLanguage(languageFor(choice));
    if (changed)
        emit choiceChanged(choice);
}

void LanguageManager::setSettings(Settings* settings) {
    if (m_settings)
        m_settings->disconnect(this);
    m_settings = settings;
    if (!m_settings)
        return;
    connect(m_settings, &Settings::languageChanged, this, &LanguageManager::applyStoredChoice);
    applyStoredChoice();
}

void LanguageManager::applyStoredChoice() {
    const Settings::LanguageChoice stored = m_settings->languageChoice();
    const bool changed = stored != m_choice;
    m_choice = stored;
    const UiLanguage language = m_settings->uiLanguage();
    if (language != m_language || !m_loader.hasAppCatalogue())
        setLanguage(language);
    if (changed)
        emit choiceChanged(stored);
}
