#pragma once

#include <QMessageBox>
#include <QString>

// The question before a click that costs money: Cancel is the default, and
// only the named button goes on. Shared by the budget and the repeat checks.
struct PaidClickQuestion final {
    QMessageBox::Icon icon = QMessageBox::Question;
    QString objectName; // for tests and accessibility tools
    QString title;
    QString text;
    QString informativeText;
    QString goOnText; // the button that sends anyway

    // True when the user chose to go on.
    bool ask(QWidget* parent) const;
};
