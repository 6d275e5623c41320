#include "jobsubmitter.h"

#include "../api/apiclient.h"
#include "../platform/platform.h"
#include "jobstore.h"
#include "requestslots.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJobSubmitter, "videoremix.jobs.submitter")

namespace {

// POSTs awaiting their answer in THIS process, by store file and row: a row
// of ours in Submitting that is not here was left behind by an earlier
// library (destroyed or crashed) and can never be answered.
QMutex liveMutex;
QSet<QString>& liveSubmissions() {
    static QSet<QString> live;
    return live;
}

JobRecord rowFor(const Submission& submission) {
    JobRecord record;
    if (const auto* create = std::get_if<CreateRequest>(&submission.request)) {
        record.kind = JobKind::Create;
        record.prompt = create->prompt;
        record.model = create->model;
        record.seconds = create->seconds;
        record.size = create->reference ? create->effectiveSize() : create->size;
        if (create->reference)
            record.referenceImage = create->reference->fileName;
    } else {
        const auto& remix = std::get<RemixRequest>(submission.request);
        record.kind = JobKind::Remix;
        record.sourceVideoId = remix.videoId;
        record.prompt = remix.prompt;
        record.size = remix.size;
    }
    return record;
}

} // namespace

JobSubmitter::JobSubmitter(JobStore* store, RouteLookup route, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_route(std::move(route)) {}

JobSubmitter::~JobSubmitter() {
    // Our unanswered POSTs now have an unknown outcome; the next library says so.
    const QMutexLocker lock(&liveMutex);
    for (const qint64 id : std::as_const(m_inFlight))
        liveSubmissions().remove(liveKey(id));
}

QString JobSubmitter::liveKey(qint64 id) const {
    return m_store->path() + u'#' + QString::number(id);
}

bool JobSubmitter::isAlive(const JobRecord& record) const {
    if (record.submitterPid == QCoreApplication::applicationPid()) {
        const QMutexLocker lock(&liveMutex);
        return liveSubmissions().contains(liveKey(record.id));
    }
    return Platform::processAlive(record.submitterPid);
}

QList<qint64> JobSubmitter::submit(const QString& profileId, const Submission& submission,
                                   QString* error) {
    if (const QString problem = submission.problem(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    const Route route = m_route(profileId);
    if (!route.client) {
        if (error)
            *error = tr("No gateway is set up for this profile.");
        return {};
    }
    JobRecord record = rowFor(submission);
    if (submission.estimate.known)
        record.estimateAmount = submission.estimate.amount;
    record.estimateCurrency = submission.estimate.currency;
    record.profileId = profileId;
    record.baseUrl = route.baseUrl;
    record.state = JobState::Submitting;
    record.createdAt = QDateTime::currentDateTimeUtc();
    record.submitterPid = QCoreApplication::applicationPid();
    if (submission.versions > 1) {
        record.groupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.groupSize = submission.versions;
    }

    // Every row exists (and is durable, see below) before a single byte of a POST leaves.
    QList<qint64> ids;
    for (int version = 1; version <= submission.versions; ++version) {
        record.groupIndex = submission.versions > 1 ? version : 0;
        const qint64 id = m_store->insert(record);
        if (id == 0) {
            if (error)
                *error = tr("The job library cannot be written: %1").arg(m_store->errorString());
            // What was written is never sent: it reads as never submitted.
            for (const qint64 written : std::as_const(ids)) {
                emit jobAdded(written);
                onAnswered(
                    written, false, std::nullopt,
                    ApiError::validation(
                        tr("The job library cannot be written: %1").arg(m_store->errorString())));
            }
            return {};
        }
        ids.append(id);
    }
    {
        const QMutexLocker lock(&liveMutex);
        for (const qint64 id : std::as_const(ids))
            liveSubmissions().insert(liveKey(id));
    }
    for (const qint64 id : std::as_const(ids)) {
        m_inFlight.insert(id);
        emit jobAdded(id);
    }
    // Not a byte of any POST before the rows are on disk.
    m_store->whenDurable(this, [this, ids, profileId, submission](bool durable) {
        for (const qint64 id : ids) {
            if (durable)
                send(id, profileId, submission);
            else
                onAnswered(
                    id, false, std::nullopt,
                    ApiError::validation(
                        tr("The job library cannot be written: %1").arg(m_store->errorString())));
        }
    });
    return ids;
}

void JobSubmitter::send(qint64 id, const QString& profileId, const Submission& submission) {
    const Route route = m_route(profileId);
    if (!route.submitSlots || !route.requestSlots)
        return; // the gateway went away: the row reads as interrupted, outcome unknown
    QPointer<RequestSlots> submitSlots = route.submitSlots;
    submitSlots->acquire(this, [this, id, profileId, submission, submitSlots] {
        const Route current = m_route(profileId);
        QPointer<RequestSlots> requestSlots = current.requestSlots;
        if (!current.client || !requestSlots) {
            if (submitSlots)
                submitSlots->release();
            return;
        }
        requestSlots->acquire(this, [this, id, profileId, submission, submitSlots, requestSlots] {
            const auto releaseBoth = [submitSlots, requestSlots] {
                if (requestSlots)
                    requestSlots->release();
                if (submitSlots)
                    submitSlots->release();
            };
            ApiClient* client = m_route(profileId).client;
            if (!client) {
                releaseBoth();
                return;
            }
            ApiCall* call = std::visit(
                [client](const auto& request) -> ApiCall* {
                    if constexpr (std::is_same_v<std::decay_t<decltype(request)>, CreateRequest>)
                        return client->create(request);
                    else
                        return client->remix(request);
                },
                submission.request);
            connect(call, &ApiCall::retryScheduled, this,
                    [this, id](const ApiError& error, qint64 delayMs) {
                        emit retryScheduled(id, error, delayMs);
                    });
            connect(call, &ApiCall::finished, this, [this, id, call, releaseBoth] {
                releaseBoth();
                onAnswered(id, call->succeeded(), call->video(), call->error(),
                           call->billingRatios());
            });
        });
    });
}

void JobSubmitter::onAnswered(qint64 id, bool ok, const std::optional<Video>& video,
                              const ApiError& error, const QByteArray& billing) {
    m_inFlight.remove(id);
    {
        const QMutexLocker lock(&liveMutex);
        liveSubmissions().remove(liveKey(id));
    }
    const std::optional<JobRecord> record = m_store->modify(id, [&](JobRecord& row) {
        row.submitterPid = 0;
        if (ok && video) {
            row.absorb(*video);
            if (!billing.isEmpty()) {
                const QJsonDocument factors = QJsonDocument::fromJson(billing);
                row.billing = factors.isObject()
                                  ? factors.object()
                                  : QJsonObject{{u"raw"_s, QString::fromUtf8(billing)}};
            }
            return;
        }
        row.state = error.outcomeUnknown ? JobState::OutcomeUnknown : JobState::Rejected;
        row.error = error.toJson();
    });
    if (!record) {
        qCWarning(lcJobSubmitter) << "job" << id << "could not record the gateway's answer:"
                                  << m_store->errorString();
        return;
    }
    emit answered(id, ok && video, error);
}
