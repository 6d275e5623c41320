#include "statusbadge.h"

#include "jobs/jobrecord.h"

#include <QEvent>

using namespace Qt::StringLiterals;

StatusBadge::StatusBadge(QWidget* parent)
    : QLabel(parent) {
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setState(State::None);
}

StatusBadge::State StatusBadge::stateOf(const JobRecord& record, bool following,
                                        bool stoppedByUser) {
    if (record.isFollowable() && !following) {
        if (stoppedByUser)
            return State::Stopped;
        if (!record.error.isEmpty())
            return State::LostTrack;
    }
    switch (record.state) {
    case JobState::Submitting:
        return State::Sending;
    case JobState::OutcomeUnknown:
        return State::OutcomeUnknown;
    case JobState::Rejected:
        return State::NotSent;
    case JobState::Queued:
    case JobState::Unknown:
        return State::Queued;
    case JobState::InProgress:
        return State::InProgress;
    case JobState::Completed:
        return State::Completed;
    case JobState::Failed:
        return State::Failed;
    case JobState::Expired:
        return State::Expired;
    case JobState::Deleted:
        return State::Deleted;
    }
    return State::Queued;
}

QString StatusBadge::textFor(State state) {
    switch (state) {
    case State::None:
        return {};
    case State::Sending:
        return tr("Sending");
    case State::Queued:
        return videoStatusDisplayName(VideoStatus::Queued);
    case State::InProgress:
        return videoStatusDisplayName(VideoStatus::InProgress);
    case State::Completed:
        return videoStatusDisplayName(VideoStatus::Completed);
    case State::Failed:
        return videoStatusDisplayName(VideoStatus::Failed);
    case State::OutcomeUnknown:
        return tr("Outcome unknown");
    case State::NotSent:
        return tr("Not created");
    case State::Stopped:
        return tr("Not followed");
    case State::LostTrack:
        return tr("Lost track");
    case State::Expired:
        return jobStateDisplayName(JobState::Expired);
    case State::Deleted:
        return jobStateDisplayName(JobState::Deleted);
    }
    return {};
}

void StatusBadge::setState(State state) {
    m_state = state;
    applyColors();
    setVisible(state != State::None);
    retranslateUi();
}

ThemeColors::Tone StatusBadge::toneFor(State state) {
    // Colours carry meaning only together with the text, never alone.
    switch (state) {
    case State::Completed:
        return ThemeColors::Tone::Success;
    case State::Failed:
    case State::NotSent:
    case State::Expired:
        return ThemeColors::Tone::Danger;
    case State::OutcomeUnknown:
    case State::LostTrack:
        return ThemeColors::Tone::Warning;
    case State::InProgress:
    case State::Sending:
        return ThemeColors::Tone::Info;
    case State::None:
    case State::Queued:
    case State::Stopped:
    case State::Deleted:
        break;
    }
    return ThemeColors::Tone::Neutral;
}

void StatusBadge::applyColors() {
    const ThemeColors::Colors colors =
        ThemeColors::badge(ThemeColors::surroundings(this), toneFor(m_state));
    const QString styleSheet =
        u"QLabel{background:%1;color:%2;border-radius:8px;padding:2px 10px;"
        "font-weight:600;}"_s.arg(colors.background.name(), colors.text.name());
    // A new sheet re-polishes the label, which changes its palette and style again.
    if (styleSheet != this->styleSheet())
        setStyleSheet(styleSheet);
}

void StatusBadge::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
    QLabel::changeEvent(event);
}

void StatusBadge::retranslateUi() {
    setText(textFor(m_state));
    setAccessibleName(tr("Status"));
    setAccessibleDescription(text());
}
