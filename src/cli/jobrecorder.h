#pragma once

#include "api/apierror.h"
#include "api/remixrequest.h"
#include "jobs/jobstore.h"

#include <QCoreApplication>

// Writes what the CLI does into the job library the app shares, so a remix
// started here shows in the app's history and is never lost: the row exists
// before the POST is sent. A store that cannot be written only warns.
class JobRecorder final {
    Q_DECLARE_TR_FUNCTIONS(JobRecorder)

public:
    explicit JobRecorder(JobStore* store);

    bool isAvailable() const;
    // Before the POST. Returns the local id, 0 when nothing could be written.
    qint64 submitting(const QString& profileId, const QUrl& baseUrl, const RemixRequest& request);
    void answered(qint64 id, const Video& video);
    void refused(qint64 id, const ApiError& error);
    // Any later news of a video, found by its gateway ID.
    void observed(const QUrl& baseUrl, const Video& video);
    void downloaded(const QUrl& baseUrl, const QString& videoId, const QString& path);

private:
    JobStore* m_store = nullptr;
};
