#pragma once

#include "jobs/jobrecord.h"
#include "videoplayer.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

class JobLibrary;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSlider;
class QVBoxLayout;
class SyncedPlayback;

// A completed remix beside its source, or the versions of one submit as a grid
// (2: side by side, 3-4: 2x2, up to 8: two rows), played on one timeline with
// one transport: Play/Pause (Space), a position slider (Left/Right seek a
// second, Home goes to the start), the time, and Escape to close. Non-modal,
// one per remix or per submit: asking again raises the one open.
//
// The players come from the playback plugin; without it the window says why
// instead of showing them.
class CompareWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareWindow)

public:
    enum class Mode { RemixAndSource, Versions };
    static constexpr int MaxVersions = 8;
    static constexpr qint64 SeekStepMs = 1000;

    // Shows the window for job `id` (its remix and source, or its submit's
    // versions), a new one or the one open already; null when there is nothing
    // to compare. `owner`: the main window, which the window closes with.
    static CompareWindow* showFor(JobLibrary* library, qint64 id, QWidget* owner);
    // What a window compares: one key per remix or per submit; empty: nothing.
    static QString keyFor(JobLibrary* library, qint64 id);

    CompareWindow(JobLibrary* library, qint64 id, QWidget* owner);
    ~CompareWindow() override;

    QString key() const { return m_key; }
    Mode mode() const { return m_mode; }
    // The jobs shown, in the order of the grid.
    QList<qint64> jobIds() const;
    // The players on show; 0 when the plugin could not load.
    int playerCount() const { return int(m_players.size()); }
    VideoPlayer* player(int index) const;
    SyncedPlayback* playback() const { return m_playback; }

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Cell {
        JobRecord record;
        QWidget* frame = nullptr;
        QVBoxLayout* layout = nullptr;
        QLabel* caption = nullptr;
        QLabel* detail = nullptr;
        QLabel* problem = nullptr;
    };

    void collect(qint64 id);
    void buildCells();
    void createPlayers();
    void buildTransport();
    void addShortcuts();
    void retranslateUi();
    void updateTransport();
    void showPosition(qint64 ms);
    void seekBy(qint64 deltaMs);

    JobLibrary* m_library = nullptr;
    QString m_key;
    Mode m_mode = Mode::RemixAndSource;
    QList<Cell> m_cells;
    std::vector<std::unique_ptr<VideoPlayer>> m_players;
    SyncedPlayback* m_playback = nullptr;
    QString m_playerError;

    QLabel* m_header = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_message = nullptr;
    QHBoxLayout* m_transport = nullptr;
    QPushButton* m_playButton = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_timeLabel = nullptr;
    QPushButton* m_closeButton = nullptr;
};
