#pragma once

#include "../api/apierror.h"

#include <QObject>

class GatewayPool;
class JobStore;

// DELETE /v1/videos/{id} for a job; its row stays (state Deleted) with any local file.
class ServerDeleter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDeleter)

public:
    enum class Outcome { Deleted, AlreadyGone, Unsupported, Failed };
    Q_ENUM(Outcome)

    ServerDeleter(JobStore* store, GatewayPool* gateways, QObject* parent = nullptr);

    // Answers with finished().
    void deleteOnServer(qint64 id);

    // A gateway without the endpoint says "Invalid URL (DELETE /v1/videos/x)";
    // an unknown video is a plain 404 with a code of its own.
    static Outcome outcomeOf(const ApiError& error);

signals:
    // The video is gone at the gateway, before the row says so: stop working on it.
    void gone(qint64 id);
    void jobChanged(qint64 id);
    void finished(qint64 id, ServerDeleter::Outcome outcome, const ApiError& error);

private:
    JobStore* m_store = nullptr;
    GatewayPool* m_gateways = nullptr;
};
