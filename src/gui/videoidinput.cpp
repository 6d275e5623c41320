#include "videoidinput.h"

#include "api/videoidextractor.h"

#include <QLineEdit>

VideoIdInput::VideoIdInput(QLineEdit* lineEdit)
    : QObject(lineEdit)
    , m_lineEdit(lineEdit) {
    connect(m_lineEdit, &QLineEdit::editingFinished, this, &VideoIdInput::tidy);
}

QString VideoIdInput::videoId() const {
    return VideoIdExtractor::extract(m_lineEdit->text());
}

FieldProblem VideoIdInput::problem() const {
    return VideoIdExtractor::problem(m_lineEdit->text());
}

void VideoIdInput::tidy() {
    if (problem() != FieldProblem::None)
        return; // the text stays as entered, beside the reason it cannot be sent
    if (const QString id = videoId(); id != m_lineEdit->text())
        m_lineEdit->setText(id);
}
