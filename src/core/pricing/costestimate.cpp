#include "costestimate.h"

#include "api/videomodels.h"

#include <QHash>

using namespace Qt::StringLiterals;

CostEstimate CostEstimate::unknown(const QString& reason) {
    CostEstimate estimate;
    estimate.reason = reason;
    return estimate;
}

CostEstimate CostEstimate::of(const PriceTable& table, const QString& model, const QString& seconds,
                              const QString& size, int versions) {
    CostEstimate estimate;
    estimate.currency = table.currency;
    if (table.perCall) {
        estimate.known = true;
        estimate.amount = *table.perCall * versions;
        return estimate;
    }
    const VideoModel* known = VideoModels::find(model);
    const QString effectiveSize = size.isEmpty() && known ? known->defaultSize() : size;
    // new-api bills four seconds when none were sent, as the API makes by default.
    const QString effectiveSeconds =
        seconds.isEmpty() ? (known ? known->defaultSeconds() : u"4"_s) : seconds;
    const std::optional<SizeClass> sizeClass = PriceTable::sizeClassOf(effectiveSize);
    if (!sizeClass) {
        estimate.reason = effectiveSize.isEmpty()
                              ? tr("The size is not known, so neither is the price.")
                              : tr("No price for the size %1.").arg(effectiveSize);
        return estimate;
    }
    const std::optional<double> perSecond = table.perSecond(model, *sizeClass);
    if (!perSecond) {
        estimate.reason = tr("No price for %1 at %2: add one in Settings.")
                              .arg(model, PriceTable::sizeClassKey(*sizeClass));
        return estimate;
    }
    bool ok = false;
    const int length = effectiveSeconds.toInt(&ok);
    if (!ok || length <= 0) {
        estimate.reason = tr("The duration is not known, so neither is the price.");
        return estimate;
    }
    estimate.known = true;
    estimate.amount = *perSecond * length * versions;
    return estimate;
}

QString CostEstimate::money(double amount, const QString& currency, const QLocale& locale) {
    // Cents matter at these prices; a locale's own symbol for its own currency.
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.toCurrencyString(amount, locale.currencySymbol(QLocale::CurrencySymbol), 2);
    // A Chinese reader sees a foreign currency by its Chinese name, as on gateway consoles.
    if (locale.language() == QLocale::Chinese) {
        static const QHash<QString, QString> names{
            {u"USD"_s, u"美元"_s}, {u"CNY"_s, u"元"_s},   {u"EUR"_s, u"欧元"_s},
            {u"JPY"_s, u"日元"_s}, {u"HKD"_s, u"港元"_s}, {u"GBP"_s, u"英镑"_s},
        };
        if (const auto it = names.constFind(currency); it != names.cend())
            return locale.toString(amount, 'f', 2) + u' ' + *it;
    }
    return locale.toCurrencyString(amount, currency + u' ', 2);
}

QString CostEstimate::text(const QLocale& locale) const {
    return known ? money(amount, currency, locale) : reason;
}

QJsonObject CostEstimate::toJson() const {
    return {{u"amount"_s, known ? QJsonValue(amount) : QJsonValue()},
            {u"currency"_s, currency.isEmpty() ? QJsonValue() : QJsonValue(currency)},
            {u"known"_s, known}};
}
