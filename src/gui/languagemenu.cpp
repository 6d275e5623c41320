#include "languagemenu.h"

#include "languagemanager.h"

#include <QActionGroup>
#include <QEvent>

using namespace Qt::StringLiterals;

LanguageMenu::LanguageMenu(LanguageManager* languages, QWidget* parent)
    : QMenu(parent)
    , m_languages(languages) {
    setObjectName(u"languageMenu"_s);
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    const auto add = [this](const QString& objectName, Settings::LanguageChoice choice) {
        QAction* action = addAction(QString());
        action->setObjectName(objectName);
        action->setCheckable(true);
        action->setData(Settings::languageChoiceKey(choice));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            if (m_languages)
                m_languages->setChoice(choice);
        });
        return action;
    };
    m_systemAction = add(u"followSystemLanguageAction"_s, Settings::LanguageChoice::System);
    addSeparator();
    m_chineseAction = add(u"chineseLanguageAction"_s, Settings::LanguageChoice::Chinese);
    m_englishAction = add(u"englishLanguageAction"_s, Settings::LanguageChoice::English);
    // Written in their own language, whatever the UI speaks.
    m_chineseAction->setText(u"中文（简体）"_s);
    m_englishAction->setText(u"English"_s);

    if (m_languages)
        connect(m_languages, &LanguageManager::choiceChanged, this, &LanguageMenu::updateChecks);
    retranslateUi();
    updateChecks();
}

QAction* LanguageMenu::actionFor(Settings::LanguageChoice choice) const {
    switch (choice) {
    case Settings::LanguageChoice::System:
        return m_systemAction;
    case Settings::LanguageChoice::Chinese:
        return m_chineseAction;
    case Settings::LanguageChoice::English:
        return m_englishAction;
    }
    return nullptr;
}

void LanguageMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi() {
    setTitle(tr("&Language"));
    m_systemAction->setText(tr("Follow the &System"));
    m_systemAction->setToolTip(tr("Chinese when the system's language is Chinese, else English"));
}

void LanguageMenu::updateChecks() {
    const Settings::LanguageChoice choice =
        m_languages ? m_languages->choice() : Settings::LanguageChoice::System;
    if (QAction* action = actionFor(choice))
        action->setChecked(true);
}
