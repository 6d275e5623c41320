#pragma once

#include "api/remixrequest.h"

#include <QObject>

class QLineEdit;

// Makes a line edit accept what people type or paste for a video ID: the
// gateway's JSON answer, a .../videos/<id> URL, or the ID with whitespace
// around it. One rule for typing and pasting: on every edit the whole text
// goes through VideoIdExtractor, and the ID it finds is what is checked and
// sent. The text is never changed under the cursor; once the user leaves the
// field (or submits), it shows the ID that was found in it.
class VideoIdInput final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoIdInput)

public:
    explicit VideoIdInput(QLineEdit* lineEdit);

    // The ID the text names, whether valid or not.
    QString videoId() const;
    // Why the text names no video ID that can be sent; None when it does.
    FieldProblem problem() const;
    // Shows the ID found in place of the text it was found in.
    void tidy();

private:
    QLineEdit* m_lineEdit = nullptr;
};
