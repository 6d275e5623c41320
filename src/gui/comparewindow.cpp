#include "comparewindow.h"

#include "jobs/joblibrary.h"
#include "jobs/joblineage.h"
#include "jobs/jobstore.h"
#include "syncedplayback.h"
#include "themecolors.h"
#include "themefollower.h"
#include "videoplayerloader.h"

#include <QEvent>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCompare, "videoremix.compare")

namespace {

bool onDisk(const JobRecord& record) {
    return record.downloaded && QFile::exists(record.filePath);
}

// 1:05, or 1:02:05 past the hour.
QString clock(qint64 ms) {
    const qint64 seconds = std::max<qint64>(ms, 0) / 1000;
    const QString minutesSeconds =
        u"%1:%2"_s.arg((seconds / 60) % 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return seconds >= 3600 ? u"%1:%2"_s.arg(seconds / 3600).arg(minutesSeconds, 5, QChar(u'0'))
                           : minutesSeconds;
}

// The labels of the screen a video is shown on, in the palette's own colours.
void followScreenColours(QLabel* label) {
    ThemeFollower::followStyleSheet(label, [](const QPalette& palette) {
        const ThemeColors::Colors colors = ThemeColors::screen(palette);
        return u"QLabel{background:%1;color:%2;border-radius:4px;padding:8px;}"_s.arg(
            colors.background.name(), colors.text.name());
    });
}

} // namespace

QString CompareWindow::keyFor(JobLibrary* library, qint64 id) {
    JobStore* store = library->store();
    const std::optional<JobRecord> record = id ? store->job(id) : std::nullopt;
    if (!record)
        return {};
    const JobLineage lineage(*store);
    if (record->groupSize > 1 && !record->groupId.isEmpty()) {
        const QList<JobRecord> versions = lineage.versionsOf(record->groupId);
        if (std::count_if(versions.cbegin(), versions.cend(), onDisk) >= 2)
            return u"versions:"_s + record->groupId;
    }
    if (record->kind != JobKind::Remix || !onDisk(*record))
        return {};
    const std::optional<JobRecord> source = lineage.remixedFrom(id);
    return source && onDisk(*source) ? u"remix:%1"_s.arg(id) : QString();
}

CompareWindow* CompareWindow::showFor(JobLibrary* library, qint64 id, QWidget* owner) {
    const QString key = keyFor(library, id);
    if (key.isEmpty())
        return nullptr;
    CompareWindow* window = nullptr;
    const QList<CompareWindow*> open =
        owner ? owner->findChildren<CompareWindow*>(Qt::FindDirectChildrenOnly)
              : QList<CompareWindow*>{};
    for (CompareWindow* candidate : open) {
        if (candidate->key() == key)
            window = candidate;
    }
    if (!window) {
        window = new CompareWindow(library, id, owner);
        window->show();
    }
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->raise();
    window->activateWindow();
    return window;
}

CompareWindow::CompareWindow(JobLibrary* library, qint64 id, QWidget* owner)
    : QWidget(owner, Qt::Window)
    , m_library(library)
    , m_key(keyFor(library, id))
    , m_playback(new SyncedPlayback(this)) {
    setObjectName(u"compareWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    collect(id);

    m_header = new QLabel(this);
    m_header->setObjectName(u"compareHeaderLabel"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_grid = new QGridLayout;
    m_grid->setSpacing(8);
    m_message = new QLabel(this);
    m_message->setObjectName(u"compareMessageLabel"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(180);
    m_message->hide();
    followScreenColours(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(m_grid, 1);
    layout->addWidget(m_message, 1);

    buildCells();
    createPlayers();
    buildTransport();
    layout->addLayout(m_transport);
    addShortcuts();
    retranslateUi();

    const int columns = m_cells.size() <= 2 ? int(m_cells.size()) : (m_cells.size() + 1) / 2;
    const int rows = m_cells.size() <= 2 ? 1 : 2;
    resize(std::min(1400, 40 + columns * 460), std::min(960, 140 + rows * 320));
}

CompareWindow::~CompareWindow() {
    m_playback->clear(); // no handler may reach this window while the players go
    m_players.clear();
}

void CompareWindow::collect(qint64 id) {
    JobStore* store = m_library->store();
    const std::optional<JobRecord> record = store->job(id);
    if (!record)
        return;
    const JobLineage lineage(*store);
    if (m_key.startsWith(u"versions:"_s)) {
        m_mode = Mode::Versions;
        for (const JobRecord& version : lineage.versionsOf(record->groupId)) {
            if (onDisk(version) && m_cells.size() < MaxVersions)
                m_cells.append(Cell{version});
        }
        return;
    }
    m_mode = Mode::RemixAndSource;
    if (const std::optional<JobRecord> source = lineage.remixedFrom(id))
        m_cells.append(Cell{*source});
    m_cells.append(Cell{*record});
}

QList<qint64> CompareWindow::jobIds() const {
    QList<qint64> ids;
    for (const Cell& cell : m_cells)
        ids.append(cell.record.id);
    return ids;
}

VideoPlayer* CompareWindow::player(int index) const {
    return index >= 0 && index < int(m_players.size()) ? m_players[size_t(index)].get() : nullptr;
}

void CompareWindow::buildCells() {
    // 2: side by side; 3-4: 2x2; 5-8: two rows.
    const int columns = m_cells.size() <= 2 ? int(m_cells.size()) : int(m_cells.size() + 1) / 2;
    for (int i = 0; i < m_cells.size(); ++i) {
        Cell& cell = m_cells[i];
        cell.frame = new QWidget(this);
        cell.frame->setObjectName(u"compareCell%1"_s.arg(i + 1));
        cell.layout = new QVBoxLayout(cell.frame);
        cell.layout->setContentsMargins(0, 0, 0, 0);
        cell.caption = new QLabel(cell.frame);
        cell.caption->setObjectName(u"compareCaptionLabel%1"_s.arg(i + 1));
        cell.caption->setTextFormat(Qt::PlainText);
        QFont bold = cell.caption->font();
        bold.setBold(true);
        cell.caption->setFont(bold);
        cell.detail = new QLabel(cell.frame);
        cell.detail->setObjectName(u"compareDetailLabel%1"_s.arg(i + 1));
        cell.detail->setTextFormat(Qt::PlainText);
        cell.detail->setWordWrap(true);
        cell.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        cell.problem = new QLabel(cell.frame);
        cell.problem->setObjectName(u"compareProblemLabel%1"_s.arg(i + 1));
        cell.problem->setTextFormat(Qt::PlainText);
        cell.problem->setWordWrap(true);
        cell.problem->setAlignment(Qt::AlignCenter);
        cell.problem->setMinimumSize(240, 135);
        cell.problem->hide();
        followScreenColours(cell.problem);
        cell.layout->addWidget(cell.caption);
        cell.layout->addWidget(cell.detail);
        cell.layout->addWidget(cell.problem, 1);
        m_grid->addWidget(cell.frame, i / columns, i % columns);
    }
}

void CompareWindow::createPlayers() {
    for (Cell& cell : m_cells) {
        std::unique_ptr<VideoPlayer> player =
            VideoPlayerLoader::createPlayer(cell.frame, &m_playerError);
        if (!player) {
            qCWarning(lcCompare, "No players to compare with: %s", qUtf8Printable(m_playerError));
            m_playback->clear();
            m_players.clear();
            break;
        }
        QWidget* surface = player->widget();
        surface->setObjectName(u"compareVideoWidget%1"_s.arg(m_players.size() + 1));
        surface->setMinimumSize(240, 135);
        cell.layout->insertWidget(2, surface, 1);
        m_playback->add(player.get(), cell.record.filePath);
        m_players.push_back(std::move(player));
    }
    const bool playable = !m_players.empty();
    for (const Cell& cell : std::as_const(m_cells))
        cell.frame->setVisible(playable);
    m_message->setVisible(!playable);

    connect(m_playback, &SyncedPlayback::failed, this, [this](int index) {
        if (index < 0 || index >= m_cells.size() || index >= int(m_players.size()))
            return;
        m_players[size_t(index)]->widget()->hide();
        m_cells[index].problem->show();
        updateTransport();
    });
}

void CompareWindow::buildTransport() {
    m_playButton = new QPushButton(this);
    m_playButton->setObjectName(u"comparePlayButton"_s);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(u"comparePositionSlider"_s);
    m_slider->setSingleStep(int(SeekStepMs));
    m_slider->setPageStep(int(5 * SeekStepMs));
    m_timeLabel = new QLabel(this);
    m_timeLabel->setObjectName(u"compareTimeLabel"_s);
    m_timeLabel->setTextFormat(Qt::PlainText);
    m_closeButton = new QPushButton(this);
    m_closeButton->setObjectName(u"compareCloseButton"_s);

    m_transport = new QHBoxLayout;
    m_transport->addWidget(m_playButton);
    m_transport->addWidget(m_slider, 1);
    m_transport->addWidget(m_timeLabel);
    m_transport->addWidget(m_closeButton);

    connect(m_playButton, &QPushButton::clicked, m_playback, &SyncedPlayback::toggle);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    // Dragged or stepped by the user; the playback's own moves are set with signals blocked.
    connect(m_slider, &QSlider::valueChanged, m_playback, &SyncedPlayback::seek);
    connect(m_playback, &SyncedPlayback::playingChanged, this, &CompareWindow::updateTransport);
    connect(m_playback, &SyncedPlayback::positionChanged, this, &CompareWindow::showPosition);
    // The players may know their durations already (a backend that opens files at once).
    connect(m_playback, &SyncedPlayback::durationChanged, this, &CompareWindow::updateTransport);
    m_slider->setFocus();
}

void CompareWindow::addShortcuts() {
    const auto add = [this](const QKeySequence& keys, auto action) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, action);
    };
    add(QKeySequence(Qt::Key_Space), [this] {
        if (m_playButton->isEnabled())
            m_playback->toggle();
    });
    add(QKeySequence(Qt::Key_Left), [this] { seekBy(-SeekStepMs); });
    add(QKeySequence(Qt::Key_Right), [this] { seekBy(SeekStepMs); });
    add(QKeySequence(Qt::Key_Home), [this] { seekBy(-m_playback->duration()); });
    add(QKeySequence(Qt::Key_End), [this] { seekBy(m_playback->duration()); });
    add(QKeySequence(Qt::Key_Escape), [this] { close(); });
}

void CompareWindow::seekBy(qint64 deltaMs) {
    if (!m_slider->isEnabled())
        return;
    m_playback->seek(m_playback->position() + deltaMs);
}

void CompareWindow::showPosition(qint64 ms) {
    if (!m_slider->isSliderDown()) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(int(ms));
    }
    m_timeLabel->setText(
        tr("%1 / %2", "position / duration").arg(clock(ms), clock(m_playback->duration())));
}

void CompareWindow::updateTransport() {
    bool playable = false;
    for (int i = 0; i < playerCount(); ++i)
        playable = playable || !m_playback->hasFailed(i);
    m_playButton->setEnabled(playable);
    m_slider->setEnabled(playable && m_playback->duration() > 0);
    if (m_slider->maximum() != int(m_playback->duration())) {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, int(m_playback->duration()));
    }
    m_playButton->setText(m_playback->isPlaying() ? tr("P&ause") : tr("Pl&ay"));
    m_playButton->setToolTip(m_playback->isPlaying() ? tr("Pause all videos (Space)")
                                                     : tr("Play all videos together (Space)"));
    showPosition(m_playback->position());
}

void CompareWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CompareWindow::retranslateUi() {
    const auto quoted = [](const QString& prompt) {
        return prompt.isEmpty() ? QString() : tr("“%1”").arg(prompt);
    };
    const auto shortened = [](const QString& text) {
        return text.size() > 60 ? text.left(59) + u'…' : text;
    };
    if (m_mode == Mode::Versions) {
        const QString prompt = m_cells.isEmpty() ? QString() : m_cells.first().record.prompt;
        setWindowTitle(tr("Versions: %1").arg(shortened(prompt)));
        m_header->setText(prompt.isEmpty()
                              ? tr("The versions of one submit, played together.")
                              : tr("The versions of %1, played together.").arg(quoted(prompt)));
        for (int i = 0; i < m_cells.size(); ++i) {
            const JobRecord& record = m_cells[i].record;
            m_cells[i].caption->setText(
                tr("Version %1 of %2").arg(record.groupIndex).arg(record.groupSize));
            m_cells[i].detail->setText(record.videoId);
        }
    } else {
        const JobRecord remix = m_cells.isEmpty() ? JobRecord{} : m_cells.last().record;
        setWindowTitle(tr("Compare: %1").arg(shortened(remix.prompt)));
        m_header->setText(tr("The remix beside its source, played together."));
        for (int i = 0; i < m_cells.size(); ++i) {
            const JobRecord& record = m_cells[i].record;
            const bool isRemix = i == m_cells.size() - 1;
            m_cells[i].caption->setText(isRemix ? tr("Remix") : tr("Source"));
            const QString prompt = quoted(record.prompt);
            m_cells[i].detail->setText(prompt.isEmpty() ? record.videoId
                                                        : record.videoId + u"  "_s + prompt);
        }
    }
    for (int i = 0; i < m_cells.size(); ++i) {
        m_cells[i].problem->setText(
            tr("This video cannot be played here. Open it from the main window."));
        if (i < playerCount())
            m_players[size_t(i)]->widget()->setAccessibleName(m_cells[i].caption->text());
    }
    m_message->setText(tr("The videos cannot be played here: the playback component is not "
                          "available on this system."));
    m_slider->setAccessibleName(tr("Position"));
    m_slider->setToolTip(tr("Left and Right arrows: a second back or on"));
    m_timeLabel->setAccessibleName(tr("Time"));
    m_closeButton->setText(tr("&Close"));
    m_closeButton->setToolTip(tr("Close the comparison (Esc)"));
    updateTransport();
}
