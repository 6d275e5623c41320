#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPanel;
}

class JobGalleryDelegate;
class JobHistoryDelegate;
class JobHistoryModel;
class QAction;
class QMenu;
class QModelIndex;
class WindowStateStore;

// Every job of the library, newest first, with a search box and a status
// filter. Both are applied by the model (in SQL), so they stay fast however
// long the history grows. Shown as a list of rows or a grid of thumbnails (the
// same view, model and selection, so switching keeps the job and the filter).
class HistoryPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    // Typing pauses this long before the history is searched again.
    static constexpr int SearchDelayMs = 150;
    // Rows the list keeps on screen however small the window or tall the banner.
    static constexpr int MinimumVisibleRows = 3;
    // Where the choice of list or grid is kept between runs.
    static inline const QString ViewModeStateKey = QStringLiteral("historyView");

    enum class ViewMode { List, Grid };

    explicit HistoryPanel(QWidget* parent = nullptr);
    ~HistoryPanel() override;

    void setModel(JobHistoryModel* model);
    JobHistoryModel* model() const { return m_model; }

    // 0 when nothing is selected.
    qint64 currentJobId() const;
    // Selects the job when the list shows it; false otherwise.
    bool selectJob(qint64 id);

    ViewMode viewMode() const { return m_viewMode; }
    void setViewMode(ViewMode mode);
    // Shows the view mode kept in `store` and keeps every change there; none: not kept.
    void setStateStore(WindowStateStore* store);

    // What a job's context menu offers, after the job is selected (so actions that
    // work on the current job, such as the window's Remix This, work on it).
    void setContextActions(const QList<QAction*>& actions);
    QMenu* contextMenu() const { return m_contextMenu; }
    JobGalleryDelegate* galleryDelegate() const { return m_galleryDelegate; }

signals:
    void currentJobChanged(qint64 id);
    // Enter or a double click on a job.
    void jobActivated(qint64 id);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void applyViewMode();
    void showContextMenu(const QModelIndex& index, const QPoint& globalPos);
    void fillStateFilter();
    void applyFilter();
    void updateCount();
    void keepRowsVisible();

    std::unique_ptr<Ui::HistoryPanel> m_ui;
    JobHistoryModel* m_model = nullptr;
    JobHistoryDelegate* m_listDelegate = nullptr;
    JobGalleryDelegate* m_galleryDelegate = nullptr;
    ViewMode m_viewMode = ViewMode::List;
    WindowStateStore* m_stateStore = nullptr;
    QMenu* m_contextMenu = nullptr;
    QAction* m_copyIdAction = nullptr;
    QList<QAction*> m_contextActions;
    QTimer m_searchDelay;
};
