#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

TranslationLoader::~TranslationLoader() {
    remove();
}

QStringList TranslationLoader::appDirectories() {
    const QString appDir = QCoreApplication::applicationDirPath();
    return {u":/i18n"_s, appDir + u"/translations"_s,
            QDir(appDir).absoluteFilePath(u"../share/videoremix/translations"_s)};
}

QString TranslationLoader::qtDirectory() {
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

void TranslationLoader::remove() {
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = false;
    m_qtInstalled = false;
}

bool TranslationLoader::install(UiLanguage language) {
    remove();
    const QLocale locale(uiLanguageCode(language));
    if (language == UiLanguage::Chinese && m_qt.load(locale, u"qtbase"_s, u"_"_s, qtDirectory()))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    // Installed last, so it is asked first: our wording wins over Qt's.
    for (const QString& directory : appDirectories()) {
        if (m_app.load(locale, u"videoremix"_s, u"_"_s, directory)) {
            m_appInstalled = QCoreApplication::installTranslator(&m_app);
            break;
        }
    }
    return m_appInstalled;
}
