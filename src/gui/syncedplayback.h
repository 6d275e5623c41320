#pragma once

#include "videoplayer.h"

#include <QList>
#include <QObject>

// Several players on one timeline: one play, pause or seek moves them all, and
// a player that pauses or starts by itself takes the others along.
//
// The timeline is as long as the longest video. A shorter one holds its last
// frame once it is over; when the longest ends, all start again from the
// beginning together (the remix and its source loop as one). Players drift
// apart a little while playing (each decodes on its own clock): one more than
// DriftMs from the longest is moved back in step, at most once a second.
class SyncedPlayback final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncedPlayback)

public:
    static constexpr qint64 DriftMs = 250;

    explicit SyncedPlayback(QObject* parent = nullptr);
    ~SyncedPlayback() override;

    // Not owned: they must outlive this object or be removed by clear(). The
    // file is opened paused on its first frame, without looping.
    void add(VideoPlayer* player, const QString& localPath);
    void clear();
    int count() const { return int(m_players.size()); }

    bool isPlaying() const { return m_playing; }
    qint64 position() const { return m_position; }
    qint64 duration() const { return m_duration; }
    bool hasFailed(int index) const { return m_players.value(index).failed; }

    void play();
    void pause();
    void toggle();
    // Clamped to the timeline.
    void seek(qint64 ms);

signals:
    void playingChanged(bool playing);
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    // That player cannot play its video; the others go on.
    void failed(int index);

private:
    struct Entry {
        VideoPlayer* player = nullptr;
        qint64 duration = 0;
        qint64 lastCorrection = -1; // msecs since epoch
        bool failed = false;
    };

    void stateChanged(int index, VideoPlayer::State state);
    void positionReported(int index, qint64 position, qint64 duration);
    void followOutsideChange(int index);
    int longest() const;
    void setPlaying(bool playing);
    void startAgain();
    void correctDrift(qint64 position);

    QList<Entry> m_players;
    qint64 m_position = 0;
    qint64 m_duration = 0;
    bool m_playing = false;
    int m_commanding = 0; // > 0 while this object drives the players: not an outside change
};
