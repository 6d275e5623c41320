#pragma once

#include "api/uilanguage.h"

#include <QStringList>
#include <QTranslator>

// Installs the catalogues of one UI language into the application: VideoRemix's
// own (embedded under :/i18n, else found next to the program) and, for Chinese,
// Qt's standard texts (OK / Cancel, context menus, command-line errors) from the
// system's qtbase translations. English needs no Qt catalogue: it is Qt's own.
// What one install() put in place, the next one (or the destructor) takes out.
class TranslationLoader final {
    Q_DISABLE_COPY_MOVE(TranslationLoader)

public:
    TranslationLoader() = default;
    ~TranslationLoader();

    // False when VideoRemix's own catalogue for `language` was not found (the
    // source texts, English, are shown then).
    bool install(UiLanguage language);
    void remove();

    bool hasAppCatalogue() const { return m_appInstalled; }
    bool hasQtCatalogue() const { return m_qtInstalled; }

    // Where VideoRemix's catalogues are looked for, first match wins.
    static QStringList appDirectories();
    // Where Qt's catalogues come from (the Qt installation's translations).
    static QString qtDirectory();

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};
