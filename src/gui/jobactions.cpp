#include "jobactions.h"

#include "comparewindow.h"
#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

JobActions::JobActions(JobLibrary* library, QWidget* shortcutScope)
    : QObject(shortcutScope)
    , m_library(library)
    , m_remixThis(new QAction(shortcutScope))
    , m_compare(new QAction(shortcutScope)) {
    m_remixThis->setObjectName(u"remixThisAction"_s);
    m_remixThis->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_compare->setObjectName(u"compareAction"_s);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    for (QAction* action : actions()) {
        action->setShortcutContext(Qt::WindowShortcut);
        shortcutScope->addAction(action);
    }
    connect(m_remixThis, &QAction::triggered, this, [this] {
        const std::optional<JobRecord> record = m_library->store()->job(m_current);
        if (record && canRemix(m_current))
            emit remixRequested(record->videoId);
    });
    connect(m_compare, &QAction::triggered, this, [this] {
        if (canCompare(m_current))
            emit compareRequested(m_current);
    });
    connect(m_library, &JobLibrary::jobChanged, this, [this](qint64 id) {
        if (id == m_current)
            update();
    });
    retranslate();
    update();
}

QList<QAction*> JobActions::actions() const {
    return {m_remixThis, m_compare};
}

void JobActions::setCurrentJob(qint64 id) {
    m_current = id;
    update();
}

void JobActions::update() {
    m_remixThis->setEnabled(canRemix(m_current));
    m_compare->setEnabled(canCompare(m_current));
}

bool JobActions::canRemix(qint64 id) const {
    const std::optional<JobRecord> record = id ? m_library->store()->job(id) : std::nullopt;
    return record && !record->videoId.isEmpty() && record->state != JobState::Deleted &&
           record->state != JobState::Rejected;
}

bool JobActions::canCompare(qint64 id) const {
    // Exactly when the window would have something to show.
    return !CompareWindow::keyFor(m_library, id).isEmpty();
}

void JobActions::retranslate() {
    m_remixThis->setText(tr("&Remix This"));
    m_remixThis->setStatusTip(tr("Use the selected video as the source of a new remix"));
    m_compare->setText(tr("&Compare"));
    m_compare->setStatusTip(
        tr("Play the selected remix beside its source, or the versions of one submit together"));
}
