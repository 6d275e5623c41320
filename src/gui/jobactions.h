#pragma once

#include <QObject>

class JobLibrary;
class QAction;
class QMenu;
class QWidget;

// What can be done with one job of the history, as actions: Remix This
// (Ctrl+R) and Compare (Ctrl+K). The window's Job menu, the history's
// context menu and the details share them, so the keys, the words and
// whether they are enabled are the same everywhere. They act on the current
// job (setCurrentJob) and are enabled only when it makes sense for it.
class JobActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobActions)

public:
    // `shortcutScope`: the window whose keys trigger the actions.
    JobActions(JobLibrary* library, QWidget* shortcutScope);

    QAction* remixThisAction() const { return m_remixThis; }
    QAction* compareAction() const { return m_compare; }
    QList<QAction*> actions() const;

    // 0 for none: every action disabled.
    void setCurrentJob(qint64 id);
    qint64 currentJob() const { return m_current; }
    // Enables what the current job allows now (after its state changed).
    void update();

    // Remix This: a job with a video ID on the gateway that is not gone.
    bool canRemix(qint64 id) const;
    // Compare: a remix whose result and source are both on disk, or a
    // submit of several versions of which at least two are on disk.
    bool canCompare(qint64 id) const;

    void retranslate();

signals:
    void remixRequested(const QString& videoId);
    void compareRequested(qint64 id);

private:
    JobLibrary* m_library = nullptr;
    QAction* m_remixThis = nullptr;
    QAction* m_compare = nullptr;
    qint64 m_current = 0;
};
