#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent) {}

UiLanguage LanguageManager::systemLanguage() {
    return uiLanguageForLocale(QLocale::system());
}

QStringList LanguageManager::translationDirectories() {
    const QString appDir = QCoreApplication::applicationDirPath();
    return {u":/i18n"_s, appDir + u"/translations"_s,
            QDir(appDir).absoluteFilePath(u"../share/videoremix/translations"_s)};
}

void LanguageManager::loadTranslator(UiLanguage language) {
    if (m_translatorInstalled) {
        QCoreApplication::removeTranslator(&m_translator);
        m_translatorInstalled = false;
    }
    const QLocale locale(uiLanguageCode(language));
    for (const QString& directory : translationDirectories()) {
        if (m_translator.load(locale, u"videoremix"_s, u"_"_s, directory)) {
            m_translatorInstalled = QCoreApplication::installTranslator(&m_translator);
            return;
        }
    }
}

void LanguageManager::setLanguage(UiLanguage language) {
    const bool changed = language != m_language;
    m_language = language;
    QLocale::setDefault(QLocale(uiLanguageCode(language)));
    loadTranslator(language);
    // installTranslator announces itself; without a file the widgets still need
    // to hear about it (window title, order of server messages).
    if (!m_translatorInstalled && QCoreApplication::instance()) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    if (changed)
        emit languageChanged(language);
}
