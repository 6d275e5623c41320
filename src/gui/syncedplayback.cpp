#include "syncedplayback.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

namespace {

// Counts this object's own calls into the players, so what they report then
// is not taken for a change from outside.
class Commanding final {
public:
    explicit Commanding(int& depth)
        : m_depth(depth) {
        ++m_depth;
    }
    ~Commanding() { --m_depth; }
    Q_DISABLE_COPY_MOVE(Commanding)

private:
    int& m_depth;
};

} // namespace

SyncedPlayback::SyncedPlayback(QObject* parent)
    : QObject(parent) {}

SyncedPlayback::~SyncedPlayback() {
    clear();
}

void SyncedPlayback::add(VideoPlayer* player, const QString& localPath) {
    const int index = int(m_players.size());
    m_players.append(Entry{player});
    player->setLooping(false);
    player->setStateHandler(
        [this, index](VideoPlayer::State state) { stateChanged(index, state); });
    player->setPositionHandler([this, index](qint64 position, qint64 duration) {
        positionReported(index, position, duration);
    });
    const Commanding commanding(m_commanding);
    player->open(localPath);
}

void SyncedPlayback::clear() {
    for (const Entry& entry : std::as_const(m_players)) {
        entry.player->setStateHandler({});
        entry.player->setPositionHandler({});
    }
    m_players.clear();
    m_playing = false;
    m_position = 0;
    m_duration = 0;
}

void SyncedPlayback::play() {
    if (m_players.isEmpty())
        return;
    // At the end of the timeline, Play starts it again.
    if (m_duration > 0 && m_position >= m_duration)
        seek(0);
    const Commanding commanding(m_commanding);
    for (const Entry& entry : std::as_const(m_players)) {
        // A shorter video that is over already keeps its last frame.
        if (!entry.failed && entry.player->state() != VideoPlayer::State::Ended)
            entry.player->resume();
    }
    setPlaying(true);
}

void SyncedPlayback::pause() {
    const Commanding commanding(m_commanding);
    for (const Entry& entry : std::as_const(m_players)) {
        if (!entry.failed)
            entry.player->pause();
    }
    setPlaying(false);
}

void SyncedPlayback::toggle() {
    if (m_playing)
        pause();
    else
        play();
}

void SyncedPlayback::seek(qint64 ms) {
    ms = std::clamp<qint64>(ms, 0, std::max<qint64>(m_duration, 0));
    const Commanding commanding(m_commanding);
    for (Entry& entry : m_players) {
        if (entry.failed)
            continue;
        const qint64 own = entry.duration > 0 ? std::min(ms, entry.duration) : ms;
        entry.player->seek(own);
        // Back inside a shorter video that was over: it plays on with the others.
        if (m_playing && own < entry.duration &&
            entry.player->state() != VideoPlayer::State::Playing)
            entry.player->resume();
    }
    if (m_position != ms) {
        m_position = ms;
        emit positionChanged(ms);
    }
}

void SyncedPlayback::stateChanged(int index, VideoPlayer::State state) {
    if (index >= m_players.size())
        return;
    Entry& entry = m_players[index];
    switch (state) {
    case VideoPlayer::State::Failed:
        if (!entry.failed) {
            entry.failed = true;
            emit failed(index);
            if (std::all_of(m_players.cbegin(), m_players.cend(),
                            [](const Entry& e) { return e.failed; }))
                setPlaying(false);
        }
        return;
    case VideoPlayer::State::Ended:
        if (index == longest() && m_playing && !m_commanding)
            QTimer::singleShot(0, this, &SyncedPlayback::startAgain);
        return;
    case VideoPlayer::State::Paused:
    case VideoPlayer::State::Playing:
        if (!m_commanding)
            followOutsideChange(index);
        return;
    case VideoPlayer::State::Stopped:
        return;
    }
}

// Looked at once the player has settled: a backend may report a passing state
// on its way to the one asked for.
void SyncedPlayback::followOutsideChange(int index) {
    QTimer::singleShot(0, this, [this, index] {
        if (index >= m_players.size() || m_players[index].failed)
            return;
        const VideoPlayer::State state = m_players[index].player->state();
        if (state == VideoPlayer::State::Paused && m_playing)
            pause();
        else if (state == VideoPlayer::State::Playing && !m_playing)
            play();
    });
}

void SyncedPlayback::startAgain() {
    if (!m_playing)
        return;
    seek(0);
    play();
}

void SyncedPlayback::positionReported(int index, qint64 position, qint64 duration) {
    if (index >= m_players.size())
        return;
    Entry& entry = m_players[index];
    if (duration != entry.duration) {
        entry.duration = duration;
        qint64 longestDuration = 0;
        for (const Entry& e : std::as_const(m_players))
            longestDuration = std::max(longestDuration, e.duration);
        if (longestDuration != m_duration) {
            m_duration = longestDuration;
            emit durationChanged(m_duration);
        }
    }
    if (index != longest())
        return;
    if (position != m_position) {
        m_position = position;
        emit positionChanged(position);
    }
    if (m_playing && !m_commanding)
        correctDrift(position);
}

void SyncedPlayback::correctDrift(qint64 position) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int leader = longest();
    const Commanding commanding(m_commanding);
    for (int i = 0; i < m_players.size(); ++i) {
        Entry& entry = m_players[i];
        if (i == leader || entry.failed || entry.player->state() != VideoPlayer::State::Playing ||
            position >= entry.duration)
            continue;
        if (std::abs(entry.player->position() - position) <= DriftMs)
            continue;
        if (entry.lastCorrection >= 0 && now - entry.lastCorrection < 1000)
            continue;
        entry.lastCorrection = now;
        entry.player->seek(position);
    }
}

// The player that sets the timeline: the longest video still playable.
int SyncedPlayback::longest() const {
    int best = -1;
    for (int i = 0; i < m_players.size(); ++i) {
        if (m_players[i].failed)
            continue;
        if (best < 0 || m_players[i].duration > m_players[best].duration)
            best = i;
    }
    return best;
}

void SyncedPlayback::setPlaying(bool playing) {
    if (m_playing == playing)
        return;
    m_playing = playing;
    emit playingChanged(playing);
}
