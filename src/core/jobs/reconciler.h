#pragma once

#include "../api/video.h"
#include "jobrecord.h"

#include <QHash>
#include <QList>
#include <QObject>

class GatewayPool;
class JobStore;
class VideoLister;

// Looks for a job whose POST went unanswered (OutcomeUnknown) among its
// gateway's recent videos: the same source and prompt, created near the
// submit. Found, the job gets its video and is followed again.
class Reconciler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)

public:
    enum class Outcome { Found, NotFound, Unsupported, Failed, NotApplicable };
    Q_ENUM(Outcome)

    struct Limits {
        qint64 windowSecs = 30 * 60; // how far apart submit and creation may be
        int maxPages = 5;
    };

    Reconciler(JobStore* store, GatewayPool* gateways, Limits limits, QObject* parent = nullptr);
    ~Reconciler() override;

    // Answers with reconciled().
    void reconcile(qint64 id);
    bool isReconciling(qint64 id) const { return m_listers.contains(id); }
    // Drops the searches of a gateway that goes away.
    void stopProfile(const QString& profileId);

signals:
    void jobChanged(qint64 id);
    void reconciled(qint64 id, Reconciler::Outcome outcome, const QString& message);
    // The job has its video now: follow it (or download its result).
    void found(const JobRecord& record);

private:
    struct Search final {
        QString profileId;
        VideoLister* lister = nullptr;
    };

    void finish(qint64 id, VideoLister* lister, const QList<Video>& candidates);
    static QString unsupportedText();

    JobStore* m_store = nullptr;
    GatewayPool* m_gateways = nullptr;
    Limits m_limits;
    QHash<qint64, Search> m_listers;
};
