#include "mockjobstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ExpiryMs = 3600 * 1000;

// The ID the "upstream" behind a new-api gateway knows a task by: stable per
// task, shaped like an OpenAI video ID, never the task_… ID itself.
QString upstreamIdOf(const QString& taskId) {
    return u"video_"_s +
           QString::fromLatin1(QCryptographicHash::hash(taskId.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(32));
}

// Accepts unix seconds or milliseconds, like the clients must.
std::optional<qint64> parseTimestampMs(const QJsonValue& value) {
    if (!value.isDouble())
        return std::nullopt;
    const auto raw = qint64(value.toDouble());
    return raw > 100'000'000'000LL ? raw : raw * 1000;
}

std::optional<int> parseProgress(const QJsonValue& value) {
    if (value.isDouble())
        return std::clamp(value.toInt(), 0, 100);
    if (value.isString()) {
        QString text = value.toString().trimmed();
        text.remove(u'%');
        bool ok = false;
        const int progress = text.toInt(&ok);
        if (ok)
            return std::clamp(progress, 0, 100);
    }
    return std::nullopt;
}

} // namespace

MockJobStore::MockJobStore() {
    m_clock.start();
    resetToSeeds();
}

void MockJobStore::resetToSeeds() {
    m_jobs.clear();
    // Seeds look like videos rendered a few minutes ago whose assets stay
    // downloadable for a day, so a long demo session never sees them expire.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList ids = {
        u"video_demo_source"_s,
        u"video_8a60610c-3a5e-4ca8-be05-405f0dc635d0"_s,
        u"e3215864-dd3c-49b1-8475-e4669b6d5c33"_s,
        u"sora-2:task_01JDEMO0000000000000000000"_s,
    };
    qint64 created = now / 1000 * 1000 - 600'000;
    for (const QString& id : ids) {
        MockJob job;
        job.id = id;
        job.createdAtMs = created;
        job.pinnedStatus = JobStatus::Completed;
        job.pinnedProgress = 100;
        job.pinnedCompletedAtMs = created + 120'000;
        job.pinnedExpiresAtMs = created + 120'000 + 24 * ExpiryMs;
        job.size = u"1280x720"_s;
        job.prompt = u"A calm demo clip of colour bars"_s;
        add(std::move(job));
        created += 1000;
    }
}

const MockJob* MockJobStore::find(const QString& id) const {
    const auto it = std::find_if(m_jobs.cbegin(), m_jobs.cend(),
                                 [&id](const MockJob& job) { return job.id == id; });
    return it == m_jobs.cend() ? nullptr : &*it;
}

const MockJob& MockJobStore::createRemix(const MockJob& source, const QString& prompt,
                                         const QString& size, qint64 durationMs, Dialect dialect) {
    MockJob job = startJob(prompt, durationMs, dialect);
    job.size = size.isEmpty() ? (source.size.isEmpty() ? u"1280x720"_s : source.size) : size;
    // new-api answers with the upstream's name for the source, not the task_… ID
    // the client asked to remix (contract 6.3).
    job.remixedFromId = dialect == Dialect::NewApi ? upstreamIdOf(source.id) : source.id;
    return add(std::move(job));
}

const MockJob& MockJobStore::createVideo(const QString& prompt, const QString& model,
                                         const QString& seconds, const QString& size,
                                         qint64 durationMs, Dialect dialect) {
    MockJob job = startJob(prompt, durationMs, dialect);
    job.model = model;
    job.seconds = seconds;
    job.size = size;
    return add(std::move(job));
}

bool MockJobStore::insert(const QJsonObject& partial, qint64 durationMs, Dialect dialect,
                          QString* error, QString* id) {
    MockJob job;
    job.id = partial.value(u"id"_s).toString();
    if (job.id.isEmpty())
        job.id = newId(dialect);
    job.createdAtMs = parseTimestampMs(partial.value(u"created_at"_s))
                          .value_or(QDateTime::currentMSecsSinceEpoch());
    job.createdOnClockMs = m_clock.elapsed();
    job.durationMs = durationMs;
    job.size = partial.value(u"size"_s).toString(u"1280x720"_s);
    job.prompt = partial.value(u"prompt"_s).toString();
    job.remixedFromId = partial.value(u"remixed_from_video_id"_s).toString();
    job.model = partial.value(u"model"_s).toString();
    job.seconds = partial.value(u"seconds"_s).toString();
    job.willFail = job.prompt.contains(u"[fail]"_s);

    if (partial.contains(u"status"_s)) {
        job.pinnedStatus = parseStatus(partial.value(u"status"_s));
        if (!job.pinnedStatus) {
            *error = u"unknown status"_s;
            return false;
        }
        const bool completed = *job.pinnedStatus == JobStatus::Completed;
        job.pinnedProgress =
            parseProgress(partial.value(u"progress"_s)).value_or(completed ? 100 : 0);
        job.pinnedCompletedAtMs = parseTimestampMs(partial.value(u"completed_at"_s));
        if (completed && !job.pinnedCompletedAtMs)
            job.pinnedCompletedAtMs = job.createdAtMs;
        job.pinnedExpiresAtMs = parseTimestampMs(partial.value(u"expires_at"_s));
        if (completed && !job.pinnedExpiresAtMs)
            job.pinnedExpiresAtMs = *job.pinnedCompletedAtMs + ExpiryMs;
        job.pinnedError = partial.value(u"error"_s).toObject();
        if (*job.pinnedStatus == JobStatus::Failed && job.pinnedError.isEmpty())
            job.pinnedError = {{u"code"_s, u"generation_failed"_s},
                               {u"message"_s, u"The video could not be generated."_s}};
    }

    static const QStringList known = {
        u"id"_s,           u"object"_s,     u"status"_s, u"progress"_s, u"created_at"_s,
        u"completed_at"_s, u"expires_at"_s, u"size"_s,   u"prompt"_s,   u"remixed_from_video_id"_s,
        u"model"_s,        u"seconds"_s,    u"error"_s,
    };
    for (auto it = partial.begin(); it != partial.end(); ++it) {
        if (!known.contains(it.key()))
            job.extra.insert(it.key(), it.value());
    }

    remove(job.id);
    *id = job.id;
    add(std::move(job));
    return true;
}

bool MockJobStore::remove(const QString& id) {
    return m_jobs.removeIf([&id](const MockJob& job) { return job.id == id; }) > 0;
}

QList<const MockJob*> MockJobStore::ordered(bool newestFirst) const {
    QList<const MockJob*> jobs;
    for (const MockJob& job : m_jobs)
        jobs.append(&job);
    std::sort(jobs.begin(), jobs.end(), [newestFirst](const MockJob* a, const MockJob* b) {
        const auto ka = std::pair(a->createdAtMs, a->sequence);
        const auto kb = std::pair(b->createdAtMs, b->sequence);
        return newestFirst ? kb < ka : ka < kb;
    });
    return jobs;
}

JobState MockJobStore::stateOf(const MockJob& job) const {
    JobState state;
    if (job.pinnedStatus) {
        state.status = *job.pinnedStatus;
        state.progress = job.pinnedProgress.value_or(0);
        state.completedAtMs = job.pinnedCompletedAtMs;
        state.expiresAtMs = job.pinnedExpiresAtMs;
        state.error = job.pinnedError;
        return state;
    }

    // Queued for the first 15 %, then progress climbs linearly; it is a pure
    // function of elapsed monotonic time, so it can never go backwards.
    const qint64 elapsed = m_clock.elapsed() - job.createdOnClockMs;
    const qint64 queuedMs = job.durationMs * 15 / 100;
    if (elapsed >= job.durationMs) {
        if (job.willFail) {
            state.status = JobStatus::Failed;
            state.progress = 99;
            state.error = {
                {u"code"_s, u"generation_failed"_s},
                {u"message"_s,
                 u"The video could not be generated: the prompt asked for a failure."_s}};
            return state;
        }
        state.status = JobStatus::Completed;
        state.progress = 100;
        state.completedAtMs = job.createdAtMs + job.durationMs;
        state.expiresAtMs = *state.completedAtMs + ExpiryMs;
        return state;
    }
    if (elapsed < queuedMs) {
        state.submitted = elapsed >= queuedMs / 2;
        return state;
    }
    state.status = JobStatus::InProgress;
    const qint64 span = std::max<qint64>(1, job.durationMs - queuedMs);
    state.progress = int(std::clamp<qint64>((elapsed - queuedMs) * 100 / span, 1, 99));
    return state;
}

std::optional<JobStatus> MockJobStore::parseStatus(const QJsonValue& value) {
    if (value.isDouble()) {
        switch (value.toInt()) {
        case 100:
        case 101:
            return JobStatus::Queued;
        case 102:
            return JobStatus::InProgress;
        case 103:
            return JobStatus::Completed;
        case 104:
            return JobStatus::Failed;
        default:
            return std::nullopt;
        }
    }
    const QString name = value.toString().toLower();
    static const QStringList queued = {u"queued"_s,    u"pending"_s,    u"submitted"_s,
                                       u"not_start"_s, u"notstarted"_s, u"preparing"_s,
                                       u"created"_s,   u"starting"_s,   u"unknown"_s};
    static const QStringList running = {u"in_progress"_s, u"processing"_s, u"running"_s,
                                        u"generating"_s};
    static const QStringList done = {u"completed"_s, u"complete"_s, u"success"_s, u"succeeded"_s,
                                     u"finished"_s};
    static const QStringList failed = {u"failed"_s,    u"failure"_s,  u"fail"_s,   u"error"_s,
                                       u"cancelled"_s, u"canceled"_s, u"expired"_s};
    if (queued.contains(name))
        return JobStatus::Queued;
    if (running.contains(name))
        return JobStatus::InProgress;
    if (done.contains(name))
        return JobStatus::Completed;
    if (failed.contains(name))
        return JobStatus::Failed;
    return std::nullopt;
}

QString MockJobStore::newId(Dialect dialect) {
    if (dialect != Dialect::NewApi)
        return u"video_"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id = u"task_"_s;
    for (int i = 0; i < 32; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
    return id;
}

MockJob MockJobStore::startJob(const QString& prompt, qint64 durationMs, Dialect dialect) const {
    MockJob job;
    job.id = newId(dialect);
    job.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    job.createdOnClockMs = m_clock.elapsed();
    job.durationMs = durationMs;
    job.willFail = prompt.contains(u"[fail]"_s);
    job.prompt = prompt;
    return job;
}

MockJob& MockJobStore::add(MockJob job) {
    job.sequence = m_nextSequence++;
    m_jobs.append(std::move(job));
    return m_jobs.last();
}
