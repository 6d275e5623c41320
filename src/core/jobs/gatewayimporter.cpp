#include "gatewayimporter.h"

#include "gatewaypool.h"
#include "jobstore.h"
#include "videolister.h"

#include <memory>

GatewayImporter::GatewayImporter(JobStore* store, GatewayPool* gateways, int maxPages,
                                 QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_gateways(gateways)
    , m_maxPages(maxPages) {}

GatewayImporter::~GatewayImporter() {
    // Before the gateways: a lister holds a call of its gateway's client.
    qDeleteAll(m_listers);
}

void GatewayImporter::stopProfile(const QString& profileId) {
    delete m_listers.take(profileId);
}

void GatewayImporter::importFrom(const QString& profileId) {
    const Gateway* gateway = m_gateways->find(profileId);
    if (!gateway) {
        emit finished(profileId, 0,
                      ApiError::validation(tr("No gateway is set up for this profile.")));
        return;
    }
    if (m_listers.contains(profileId))
        return;
    auto added = std::make_shared<int>(0);
    const QUrl baseUrl = gateway->baseUrl;
    auto* lister = new VideoLister(
        gateway->client.get(), gateway->requestSlots.get(),
        [this, profileId, baseUrl, added](const QList<Video>& page) {
            QList<qint64> ids;
            if (m_store->importVideos(profileId, baseUrl, page, &ids) < 0)
                return false;
            *added += int(ids.size());
            for (const qint64 id : std::as_const(ids))
                emit jobAdded(id);
            for (const Video& video : page) {
                if (const std::optional<JobRecord> record =
                        m_store->findByVideoId(baseUrl, video.id)) {
                    if (!ids.contains(record->id))
                        emit jobChanged(record->id);
                    emit found(*record);
                }
            }
            return true;
        },
        m_maxPages, this);
    m_listers.insert(profileId, lister);
    connect(lister, &VideoLister::finished, this,
            [this, profileId, lister, added] { finish(profileId, lister, *added); });
    lister->start();
}

void GatewayImporter::finish(const QString& profileId, VideoLister* lister, int added) {
    lister->deleteLater();
    m_listers.remove(profileId);
    Gateway* gateway = m_gateways->find(profileId);
    ApiError error = lister->error();
    if (lister->endpointMissing()) {
        if (gateway) {
            gateway->listSupported = false;
            if (!gateway->unsupportedReported) {
                gateway->unsupportedReported = true;
                emit listUnsupported(profileId);
            }
        }
        error.technicalDetail =
            tr("This gateway has no list of videos (GET /v1/videos), so there is nothing to "
               "import.");
    } else if (gateway && !error.isError()) {
        gateway->listSupported = true;
    }
    emit finished(profileId, added, error);
}
