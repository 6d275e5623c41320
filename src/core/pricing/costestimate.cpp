#include "costestimate.h"

#include "api/videomodels.h"

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
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : currency + u' ';
    return locale.toCurrencyString(amount, symbol, 2);
}

QString CostEstimate::text(const QLocale& locale) const {
    return known ? money(amount, currency, locale) : reason;
}

QJsonObject CostEstimate::toJson() const {
    return {{u"amount"_s, known ? QJsonValue(amount) : QJsonValue()},
            {u"currency"_s, currency.isEmpty() ? QJsonValue() : QJsonValue(currency)},
            {u"known"_s, known}};
}
