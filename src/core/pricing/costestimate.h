#pragma once

#include "pricetable.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QString>

// What a submit will cost before it is sent: price x seconds x versions, or
// "unknown" with the reason. Pure: the form, the CLI and the job rows share it.
struct CostEstimate final {
    Q_DECLARE_TR_FUNCTIONS(CostEstimate)

public:
    bool known = false;
    double amount = 0;
    QString currency;
    QString reason; // why it is unknown, in the UI language

    // `seconds` and `size` empty: the model's defaults (what the API then makes).
    static CostEstimate of(const PriceTable& table, const QString& model, const QString& seconds,
                           const QString& size, int versions);
    static CostEstimate unknown(const QString& reason);

    // "US$0.80" in `locale`'s format, or the reason.
    QString text(const QLocale& locale = QLocale()) const;
    static QString money(double amount, const QString& currency, const QLocale& locale = QLocale());
    // {"amount": 0.8, "currency": "USD", "known": true}
    QJsonObject toJson() const;
};
