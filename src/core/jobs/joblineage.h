#pragma once

#include "jobrecord.h"

#include <QList>
#include <QString>

#include <optional>

class JobStore;

// How the jobs of the library are related: the job one was remixed from, the
// jobs remixed from it, and the versions submitted together with it. Read
// through the store's connection and its compiled statements; the store keeps
// the rows, this class only follows the links between them (and SpendQuery,
// beside it, only adds up costs). Cheap to make where it is needed.
class JobLineage final {
public:
    explicit JobLineage(JobStore& store)
        : m_store(store) {}

    // The job this one was remixed from, and the jobs remixed from it.
    std::optional<JobRecord> remixedFrom(qint64 id) const;
    QList<JobRecord> remixesOf(qint64 id) const;
    // The versions submitted together with `groupId`, in version order.
    QList<JobRecord> versionsOf(const QString& groupId) const;

private:
    JobStore& m_store;
};
