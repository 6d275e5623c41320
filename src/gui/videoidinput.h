#pragma once

#include <QObject>

class QLineEdit;

// Makes a line edit accept what people paste for a video ID: the gateway's JSON
// answer, a .../videos/<id> URL, or the ID with stray whitespace around it.
class VideoIdInput final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoIdInput)

public:
    explicit VideoIdInput(QLineEdit* lineEdit);

    QString videoId() const;

private:
    void onTextEdited(const QString& text);

    QLineEdit* m_lineEdit = nullptr;
};
