#include "spendtotals.h"

#include "costestimate.h"

#include <QJsonArray>
#include <QStringList>

using namespace Qt::StringLiterals;

QString SpendTotals::spentText(const QString& currency, const QLocale& locale) const {
    QStringList parts{CostEstimate::money(spent.value(currency), currency, locale)};
    for (auto it = spent.cbegin(); it != spent.cend(); ++it) {
        if (it.key() != currency)
            parts << CostEstimate::money(it.value(), it.key(), locale);
    }
    return parts.join(u" + "_s);
}

QJsonObject SpendTotals::toJson() const {
    const auto byCurrency = [](const QMap<QString, double>& amounts) {
        QJsonObject object;
        for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    return {{u"spent"_s, byCurrency(spent)},
            {u"failed"_s, byCurrency(failed)},
            {u"jobs"_s, jobs},
            {u"unpriced"_s, unpriced}};
}
