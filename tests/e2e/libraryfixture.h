#pragma once

#include "jobs/joblibrary.h"
#include "jobs/jobstore.h"
#include "mockserverprocess.h"

#include <QTemporaryDir>

#include <memory>

// A scratch folder for a job library file, and libraries over a store of it
// that talk to the real mock as profile "mock" with quick housekeeping: what
// the job flows of the e2e tests share. A test that plays a restart opens a
// new JobStore on dbPath() and makes a new library over it.
class LibraryFixture final {
public:
    static inline const QString Profile = QStringLiteral("mock");

    bool open() {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid();
    }
    void close() { m_dir.reset(); }

    QString dbPath() const { return m_dir->filePath(QStringLiteral("jobs.sqlite")); }
    QString downloads() const { return m_dir->filePath(QStringLiteral("downloads")); }

    std::unique_ptr<JobLibrary> makeLibrary(JobStore* store, const MockServerProcess& mock,
                                            int pollMs = 150) const {
        JobLibrary::Options options;
        options.housekeepingIntervalMs = 200;
        options.externalCheckIntervalMs = 0;
        options.maxTroubleDelayMs = 500;
        auto library = std::make_unique<JobLibrary>(store, options);
        library->setDownloadFolder(downloads());
        library->setAutoDownload(true);
        library->gateways()->add(Profile, ClientConfig::forGateway(mock.baseUrl(), mock.apiKey()),
                            pollMs);
        return library;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};
