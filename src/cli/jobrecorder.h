#pragma once

#include "api/video.h"
#include "jobs/jobstore.h"

#include <QCoreApplication>

// Writes what wait and download learn into the job library the app shares.
// Create and remix submit through JobLibrary itself (SubmitCommand), which
// writes each job before its POST. A store that cannot be written only warns.
class JobRecorder final {
    Q_DECLARE_TR_FUNCTIONS(JobRecorder)

public:
    explicit JobRecorder(JobStore* store);

    bool isAvailable() const;
    // Any later news of a video, found by its gateway ID.
    void observed(const QUrl& baseUrl, const Video& video);
    void downloaded(const QUrl& baseUrl, const QString& videoId, const QString& path);

private:
    JobStore* m_store = nullptr;
};
