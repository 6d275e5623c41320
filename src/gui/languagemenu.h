#pragma once

#include "settings/settings.h"

#include <QMenu>

class LanguageManager;
class QActionGroup;

// View > Language: follow the system, 中文, English. The languages are named in
// their own words, never translated, so a user who cannot read the current one
// still finds theirs. A choice is stored through the LanguageManager and shows
// at once, in every open window.
class LanguageMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(LanguageManager* languages, QWidget* parent = nullptr);

    QAction* actionFor(Settings::LanguageChoice choice) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateChecks();

    LanguageManager* m_languages = nullptr;
    QActionGroup* m_group = nullptr;
    QAction* m_systemAction = nullptr;
    QAction* m_chineseAction = nullptr;
    QAction* m_englishAction = nullptr;
};
