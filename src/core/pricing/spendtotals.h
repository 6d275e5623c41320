#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QString>

// What the jobs submitted from here since some moment were estimated to
// cost, by currency. Failed jobs, which gateways usually refund, are counted
// apart; refused ones (nothing was made) not at all; jobs without a price are
// counted, never as zero.
struct SpendTotals final {
    Q_DECLARE_TR_FUNCTIONS(SpendTotals)

public:
    QMap<QString, double> spent;
    QMap<QString, double> failed;
    int jobs = 0;
    int unpriced = 0;

    double spentIn(const QString& currency) const { return spent.value(currency); }
    // "US$3.20" (with other currencies after it); "US$0.00" when nothing was spent.
    QString spentText(const QString& currency, const QLocale& locale = QLocale()) const;
    QJsonObject toJson() const;
};
