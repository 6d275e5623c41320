#include "themefollower.h"

#include "themecolors.h"

#include <QEvent>
#include <QWidget>

using namespace Qt::StringLiterals;

ThemeFollower::ThemeFollower(QWidget* widget)
    : QObject(widget)
    , m_widget(widget) {
    widget->installEventFilter(this);
    watchParent();
}

void ThemeFollower::watchParent() {
    // The colours come from the parent's palette, which a widget with a style sheet
    // does not always hear of (its own palette is the sheet's): watch the parent too.
    if (m_parent)
        m_parent->removeEventFilter(this);
    m_parent = m_widget->parentWidget();
    if (m_parent)
        m_parent->installEventFilter(this);
}

void ThemeFollower::follow(QWidget* widget, const QString& name, std::function<void()> apply) {
    auto* follower = widget->findChild<ThemeFollower*>(name, Qt::FindDirectChildrenOnly);
    if (!follower) {
        follower = new ThemeFollower(widget);
        follower->setObjectName(name);
    }
    follower->m_apply = std::move(apply);
    follower->apply();
}

void ThemeFollower::followStyleSheet(QWidget* widget,
                                     std::function<QString(const QPalette&)> sheet) {
    follow(widget, u"themeStyleSheet"_s, [widget, sheet = std::move(sheet)] {
        // Setting a style sheet re-polishes the widget, which changes its palette
        // and style again: only a different sheet is set.
        const QString styleSheet = sheet(ThemeColors::surroundings(widget));
        if (widget->styleSheet() != styleSheet)
            widget->setStyleSheet(styleSheet);
    });
}

bool ThemeFollower::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_widget && event->type() == QEvent::ParentChange) {
        watchParent();
        apply();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        apply();
    }
    return QObject::eventFilter(watched, event);
}

void ThemeFollower::apply() {
    if (m_applying || !m_apply)
        return; // the change our own colours just made
    m_applying = true;
    m_apply();
    m_applying = false;
}
