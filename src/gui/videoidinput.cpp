#include "videoidinput.h"

#include "api/videoidextractor.h"

#include <QLineEdit>

VideoIdInput::VideoIdInput(QLineEdit* lineEdit)
    : QObject(lineEdit)
    , m_lineEdit(lineEdit) {
    connect(m_lineEdit, &QLineEdit::textEdited, this, &VideoIdInput::onTextEdited);
}

QString VideoIdInput::videoId() const {
    return VideoIdExtractor::extract(m_lineEdit->text());
}

void VideoIdInput::onTextEdited(const QString& text) {
    const QString id = VideoIdExtractor::extract(text);
    // Only a paste or a stray space changes the text; typing inside an ID does not.
    if (id != text && !id.isEmpty())
        m_lineEdit->setText(id);
}
