#include "reconciler.h"

#include "gatewaypool.h"
#include "jobstore.h"
#include "videolister.h"

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

Reconciler::Reconciler(JobStore* store, GatewayPool* gateways, Limits limits, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_gateways(gateways)
    , m_limits(limits) {}

Reconciler::~Reconciler() {
    // Before the gateways: a lister holds a call of its gateway's client.
    for (const Search& search : std::as_const(m_listers))
        delete search.lister;
}

QString Reconciler::unsupportedText() {
    return tr("This gateway cannot list its videos, so VideoRemix cannot look for the job. Check "
              "the gateway's own records, then submit it again or remove it.");
}

void Reconciler::stopProfile(const QString& profileId) {
    for (auto it = m_listers.begin(); it != m_listers.end();) {
        if (it->profileId == profileId) {
            delete it->lister;
            it = m_listers.erase(it);
        } else {
            ++it;
        }
    }
}

void Reconciler::reconcile(qint64 id) {
    const std::optional<JobRecord> record = m_store->job(id);
    if (!record || !record->videoId.isEmpty() ||
        (record->state != JobState::OutcomeUnknown && record->state != JobState::Submitting)) {
        emit reconciled(id, Outcome::NotApplicable,
                        tr("This job already has its video on the gateway."));
        return;
    }
    const Gateway* gateway = m_gateways->find(record->profileId);
    if (!gateway) {
        emit reconciled(id, Outcome::Failed, tr("No gateway is set up for this profile."));
        return;
    }
    if (gateway->listSupported == false) {
        emit reconciled(id, Outcome::Unsupported, unsupportedText());
        return;
    }
    if (m_listers.contains(id))
        return;
    const qint64 window = m_limits.windowSecs;
    const QDateTime earliest = record->createdAt.addSecs(-window);
    const QDateTime latest = record->createdAt.addSecs(window);
    auto candidates = std::make_shared<QList<Video>>();
    const JobRecord row = *record;
    auto* lister = new VideoLister(
        gateway->client.get(), gateway->requestSlots.get(),
        [this, row, earliest, latest, candidates](const QList<Video>& page) {
            bool older = false;
            for (const Video& video : page) {
                if (video.createdAt.isValid() && video.createdAt < earliest) {
                    older = true;
                    continue;
                }
                // A created video has no source; a remix names its own (or, on
                // some gateways, nothing).
                const bool sameSource = row.kind == JobKind::Create
                                            ? video.remixedFromVideoId.isEmpty()
                                            : video.remixedFromVideoId.isEmpty() ||
                                                  video.remixedFromVideoId == row.sourceVideoId;
                const bool samePrompt = video.prompt.trimmed() == row.prompt.trimmed();
                const bool inWindow = !video.createdAt.isValid() || video.createdAt <= latest;
                if (sameSource && samePrompt && inWindow &&
                    !m_store->findByVideoId(row.baseUrl, video.id))
                    candidates->append(video);
            }
            // Newest first: once a page reaches before the submit, older pages cannot match.
            return !older;
        },
        m_limits.maxPages, this);
    m_listers.insert(id, {record->profileId, lister});
    connect(lister, &VideoLister::finished, this,
            [this, id, lister, candidates] { finish(id, lister, *candidates); });
    lister->start();
}

void Reconciler::finish(qint64 id, VideoLister* lister, const QList<Video>& candidates) {
    lister->deleteLater();
    m_listers.remove(id);
    const std::optional<JobRecord> record = m_store->job(id);
    if (!record)
        return;
    Gateway* gateway = m_gateways->find(record->profileId);
    if (lister->endpointMissing()) {
        if (gateway)
            gateway->listSupported = false;
        emit reconciled(id, Outcome::Unsupported, unsupportedText());
        return;
    }
    if (lister->error().isError()) {
        emit reconciled(id, Outcome::Failed, lister->error().summary());
        return;
    }
    if (gateway)
        gateway->listSupported = true;
    if (candidates.isEmpty()) {
        // No longer of unknown outcome: most likely never created, so it may be sent again.
        if (m_store->modify(id, [](JobRecord& row) {
                row.state = JobState::Rejected;
                row.error = {{u"code"_s, JobRecord::NotOnGatewayCode}};
                row.submitterPid = 0;
            }))
            emit jobChanged(id);
        emit reconciled(id, Outcome::NotFound,
                        tr("No matching video is among the gateway's recent videos: the job "
                           "was most likely never created. You may submit it again."));
        return;
    }
    // Several identical remixes: the one created closest to our submit.
    const Video best = *std::min_element(
        candidates.cbegin(), candidates.cend(), [&record](const Video& a, const Video& b) {
            return std::abs(a.createdAt.secsTo(record->createdAt)) <
                   std::abs(b.createdAt.secsTo(record->createdAt));
        });
    const std::optional<JobRecord> updated = m_store->modify(id, [&best](JobRecord& row) {
        row.absorb(best);
        row.submitterPid = 0;
    });
    if (!updated) {
        emit reconciled(id, Outcome::Failed, m_store->errorString());
        return;
    }
    emit jobChanged(id);
    emit reconciled(id, Outcome::Found, tr("Found on the gateway as %1.").arg(updated->videoId));
    emit found(*updated);
}
