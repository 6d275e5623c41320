#include "paidclickquestion.h"

#include <QPushButton>

bool PaidClickQuestion::ask(QWidget* parent) const {
    QMessageBox question(icon, title, text, QMessageBox::NoButton, parent);
    question.setObjectName(objectName);
    question.setInformativeText(informativeText);
    QPushButton* goOn = question.addButton(goOnText, QMessageBox::AcceptRole);
    question.addButton(QMessageBox::Cancel);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    return question.clickedButton() == goOn;
}
