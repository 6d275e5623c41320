#include "spendquery.h"

#include "jobstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

SpendTotals SpendQuery::totals(const QString& profileId, const QDateTime& since) const {
    SpendTotals totals;
    if (!m_store.isOpen())
        return totals;
    QSqlQuery* query = m_store.prepared(
        u"SELECT state, estimate_currency, estimate_amount FROM jobs "
        u"WHERE profile_id = ? AND created_at >= ? AND kind IN ('create', 'remix') "
        u"AND state <> ?"_s);
    if (!query)
        return totals;
    query->bindValue(0, profileId);
    query->bindValue(1, since.toMSecsSinceEpoch());
    // Refused: nothing was made, nothing is charged.
    query->bindValue(2, jobStateKey(JobState::Rejected));
    if (!query->exec()) {
        m_store.fail(*query);
        return totals;
    }
    while (query->next()) {
        ++totals.jobs;
        if (query->value(2).isNull()) {
            ++totals.unpriced;
            continue;
        }
        const bool failed = query->value(0).toString() == jobStateKey(JobState::Failed);
        (failed ? totals.failed : totals.spent)[query->value(1).toString()] +=
            query->value(2).toDouble();
    }
    query->finish();
    return totals;
}
