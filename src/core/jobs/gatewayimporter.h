#pragma once

#include "../api/apierror.h"
#include "jobrecord.h"

#include <QHash>
#include <QObject>

class GatewayPool;
class JobStore;
class VideoLister;

// Adds a gateway's videos to the job library page by page (GET /v1/videos),
// none twice, and says once per profile and run when the gateway has no list.
class GatewayImporter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayImporter)

public:
    GatewayImporter(JobStore* store, GatewayPool* gateways, int maxPages,
                    QObject* parent = nullptr);
    ~GatewayImporter() override;

    // Answers with finished().
    void importFrom(const QString& profileId);
    bool isImporting(const QString& profileId) const { return m_listers.contains(profileId); }
    // Drops the import of a gateway that goes away.
    void stopProfile(const QString& profileId);

signals:
    void jobAdded(qint64 id);
    void jobChanged(qint64 id);
    // A video of the gateway, now a row: follow it (or download its result).
    void found(const JobRecord& record);
    void finished(const QString& profileId, int added, const ApiError& error);
    // The gateway has no list endpoint: said once per profile and run.
    void listUnsupported(const QString& profileId);

private:
    void finish(const QString& profileId, VideoLister* lister, int added);

    JobStore* m_store = nullptr;
    GatewayPool* m_gateways = nullptr;
    int m_maxPages = 1000;
    QHash<QString, VideoLister*> m_listers;
};
