#pragma once

#include "jobs/submission.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>

class QWidget;

// Catches the accidental repeat of a paid click: the same request again
// within a few seconds (a double Ctrl+Enter) asks first. Versions on purpose
// come from the Versions field, not from pressing twice.
class RepeatGuard final {
    Q_DECLARE_TR_FUNCTIONS(RepeatGuard)

public:
    static constexpr int WindowMs = 10'000;

    // True when `submission` may go: it is not a repeat, or the user said so.
    bool confirm(QWidget* parent, const QString& profileId, const Submission& submission);
    // It went out: a repeat of it is caught from now on.
    void remember(const QString& profileId, const Submission& submission);

    static QByteArray fingerprint(const QString& profileId, const Submission& submission);

private:
    QByteArray m_last;
    QElapsedTimer m_since;
};
