#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QPalette;

// Keeps a widget's palette-derived colours true when the theme changes: calls
// `apply` once now and again on every palette or style change of the widget
// (the desktop switching to dark, a high-contrast theme, another style).
class ThemeFollower final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeFollower)

public:
    // One follower per widget and `name`: following again replaces `apply`.
    static void follow(QWidget* widget, const QString& name, std::function<void()> apply);
    // The widget's style sheet, made by `sheet` from the palette around it.
    static void followStyleSheet(QWidget* widget, std::function<QString(const QPalette&)> sheet);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ThemeFollower(QWidget* widget);
    void watchParent();
    void apply();

    QWidget* m_widget;
    QPointer<QWidget> m_parent;
    std::function<void()> m_apply;
    bool m_applying = false;
};
