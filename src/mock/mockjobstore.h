#pragma once

#include "mockconfig.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

enum class JobStatus { Queued, InProgress, Completed, Failed };

// A video as the mock remembers it. Jobs created by remix or create derive their state
// from the time elapsed since creation; seeded and inserted ones may pin it.
struct MockJob final {
    QString id;
    qint64 sequence = 0;
    qint64 createdAtMs = 0;
    qint64 createdOnClockMs = 0;
    qint64 durationMs = 0;
    bool willFail = false;
    std::optional<JobStatus> pinnedStatus;
    std::optional<int> pinnedProgress;
    std::optional<qint64> pinnedCompletedAtMs;
    std::optional<qint64> pinnedExpiresAtMs;
    QJsonObject pinnedError;
    QString model;   // empty: the dialect's default
    QString seconds; // empty: the dialect's default
    QString size;
    QString prompt; // null: JSON null
    QString remixedFromId;
    QJsonObject extra; // unknown fields of an inserted video, sent verbatim
};

struct JobState final {
    JobStatus status = JobStatus::Queued;
    int progress = 0;
    bool submitted = false; // queued, and already handed to the "upstream"
    std::optional<qint64> completedAtMs;
    std::optional<qint64> expiresAtMs;
    QJsonObject error;
};

class MockJobStore final {
public:
    MockJobStore();

    void resetToSeeds();
    [[nodiscard]] const MockJob* find(const QString& id) const;
    const MockJob& createRemix(const MockJob& source, const QString& prompt, const QString& size,
                               qint64 durationMs, Dialect dialect);
    // A new video from a prompt alone: no source, so no lineage.
    const MockJob& createVideo(const QString& prompt, const QString& model, const QString& seconds,
                               const QString& size, qint64 durationMs, Dialect dialect);
    // Inserts or replaces a video from a partial Video object.
    bool insert(const QJsonObject& partial, qint64 durationMs, Dialect dialect, QString* error,
                QString* id);
    bool remove(const QString& id);
    [[nodiscard]] QList<const MockJob*> ordered(bool newestFirst) const;
    [[nodiscard]] JobState stateOf(const MockJob& job) const;

    static std::optional<JobStatus> parseStatus(const QJsonValue& value);
    static QString newId(Dialect dialect);

private:
    // A job that starts now and progresses over durationMs, as remix and
    // create both make them.
    [[nodiscard]] MockJob startJob(const QString& prompt, qint64 durationMs, Dialect dialect) const;
    MockJob& add(MockJob job);

    QElapsedTimer m_clock;
    QList<MockJob> m_jobs;
    qint64 m_nextSequence = 1;
};
