#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPanel;
}

class JobHistoryModel;

// Every job of the library, newest first, with a search box and a status
// filter. Both are applied by the model (in SQL), so they stay fast however
// long the history grows.
class HistoryPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    // Typing pauses this long before the history is searched again.
    static constexpr int SearchDelayMs = 150;
    // Rows the list keeps on screen however small the window or tall the banner.
    static constexpr int MinimumVisibleRows = 3;

    explicit HistoryPanel(QWidget* parent = nullptr);
    ~HistoryPanel() override;

    void setModel(JobHistoryModel* model);
    JobHistoryModel* model() const { return m_model; }

    // 0 when nothing is selected.
    qint64 currentJobId() const;
    // Selects the job when the list shows it; false otherwise.
    bool selectJob(qint64 id);

signals:
    void currentJobChanged(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillStateFilter();
    void applyFilter();
    void updateCount();
    void keepRowsVisible();

    std::unique_ptr<Ui::HistoryPanel> m_ui;
    JobHistoryModel* m_model = nullptr;
    QTimer m_searchDelay;
};
