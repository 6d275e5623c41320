#pragma once

#include "themecolors.h"

#include <QLabel>

struct JobRecord;

// A job's state as a small coloured label: queued, in progress, completed,
// failed, outcome unknown, and the states of our side of it.
class StatusBadge final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadge)

public:
    enum class State {
        None,
        Sending,
        Queued,
        InProgress,
        Completed,
        Failed,
        OutcomeUnknown,
        NotSent,
        Stopped,
        LostTrack,
        Expired,
        Deleted
    };

    explicit StatusBadge(QWidget* parent = nullptr);

    State state() const { return m_state; }
    void setState(State state);

    // `following`: the library polls it now; `stoppedByUser`: the user asked it not to.
    static State stateOf(const JobRecord& record, bool following, bool stoppedByUser);
    static QString textFor(State state);
    static ThemeColors::Tone toneFor(State state);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void applyColors();

    State m_state = State::None;
};
