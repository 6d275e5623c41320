#include "serverdeleter.h"

#include "../api/apiclient.h"
#include "gatewaypool.h"
#include "jobstore.h"
#include "requestslots.h"

#include <QPointer>

using namespace Qt::StringLiterals;

ServerDeleter::ServerDeleter(JobStore* store, GatewayPool* gateways, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_gateways(gateways) {}

ServerDeleter::Outcome ServerDeleter::outcomeOf(const ApiError& error) {
    if (!error.isError())
        return Outcome::Deleted;
    if (error.kind != ApiError::Kind::Http)
        return Outcome::Failed;
    if (error.httpStatus == 405 ||
        (error.httpStatus == 404 && error.message.contains(u"Invalid URL"_s, Qt::CaseInsensitive)))
        return Outcome::Unsupported;
    return error.httpStatus == 404 ? Outcome::AlreadyGone : Outcome::Failed;
}

void ServerDeleter::deleteOnServer(qint64 id) {
    const std::optional<JobRecord> record = m_store->job(id);
    const Gateway* gateway = record ? m_gateways->find(record->profileId) : nullptr;
    if (!record || record->videoId.isEmpty() || !gateway) {
        emit finished(
            id, Outcome::Failed,
            ApiError::validation(record && record->videoId.isEmpty()
                                     ? tr("This job never got a video on the gateway.")
                                     : tr("No gateway is set up for this job's profile.")));
        return;
    }
    QPointer<RequestSlots> requestSlots = gateway->requestSlots.get();
    const QString videoId = record->videoId;
    const QString profileId = record->profileId;
    requestSlots->acquire(this, [this, id, videoId, profileId, requestSlots] {
        const Gateway* current = m_gateways->find(profileId);
        if (!current) {
            if (requestSlots)
                requestSlots->release();
            return;
        }
        ApiCall* call = current->client->remove(videoId);
        connect(call, &ApiCall::finished, this, [this, id, call, requestSlots] {
            if (requestSlots)
                requestSlots->release();
            const ApiError error = call->succeeded() ? ApiError{} : call->error();
            const Outcome outcome = outcomeOf(error);
            if (outcome == Outcome::Deleted || outcome == Outcome::AlreadyGone) {
                emit gone(id);
                m_store->modify(id, [](JobRecord& row) {
                    row.state = JobState::Deleted;
                    row.error = {};
                });
                emit jobChanged(id);
            }
            emit finished(id, outcome, call->error());
        });
    });
}
