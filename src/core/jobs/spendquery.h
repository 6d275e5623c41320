#pragma once

#include "../pricing/spendtotals.h"

#include <QDateTime>
#include <QString>

class JobStore;

// What a profile's jobs were estimated to cost, added up from the job
// library: for the window's spending line, the budget question and the CLI's
// spend. Read through the store's connection and its compiled statements; a
// class of its own, apart from the rows (JobStore) and their links
// (JobLineage). Cheap to make where it is needed.
class SpendQuery final {
public:
    explicit SpendQuery(JobStore& store)
        : m_store(store) {}

    // The estimated cost of the jobs `profileId` submitted since `since`.
    SpendTotals totals(const QString& profileId, const QDateTime& since) const;

private:
    JobStore& m_store;
};
