#include "pricetable.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

PriceTable PriceTable::defaults() {
    PriceTable table;
    table.rows = {
        {u"sora-2"_s, SizeClass::Standard, 0.10},
        {u"sora-2-pro"_s, SizeClass::Standard, 0.30},
        {u"sora-2-pro"_s, SizeClass::Tall, 0.50},
    };
    return table;
}

std::optional<SizeClass> PriceTable::sizeClassOf(const QString& size) {
    const QString normalized = size.trimmed().toLower();
    if (normalized == u"720x1280"_s || normalized == u"1280x720"_s)
        return SizeClass::Standard;
    if (normalized == u"1024x1792"_s || normalized == u"1792x1024"_s)
        return SizeClass::Tall;
    if (normalized == u"1080x1920"_s || normalized == u"1920x1080"_s)
        return SizeClass::FullHd;
    return std::nullopt;
}

QString PriceTable::sizeClassKey(SizeClass sizeClass) {
    switch (sizeClass) {
    case SizeClass::Standard:
        return u"720p"_s;
    case SizeClass::Tall:
        return u"1792"_s;
    case SizeClass::FullHd:
        return u"1080p"_s;
    }
    return {};
}

std::optional<SizeClass> PriceTable::sizeClassFromKey(const QString& key) {
    for (const SizeClass sizeClass : allSizeClasses()) {
        if (sizeClassKey(sizeClass) == key)
            return sizeClass;
    }
    return std::nullopt;
}

QString PriceTable::sizeClassName(SizeClass sizeClass) {
    switch (sizeClass) {
    case SizeClass::Standard:
        return tr("720p (1280x720, 720x1280)");
    case SizeClass::Tall:
        return tr("1792 (1792x1024, 1024x1792)");
    case SizeClass::FullHd:
        return tr("1080p (1920x1080, 1080x1920)");
    }
    return {};
}

QList<SizeClass> PriceTable::allSizeClasses() {
    return {SizeClass::Standard, SizeClass::Tall, SizeClass::FullHd};
}

std::optional<double> PriceTable::perSecond(const QString& model, SizeClass sizeClass) const {
    for (const Row& row : rows) {
        if (row.model == model && row.sizeClass == sizeClass)
            return row.perSecond;
    }
    return std::nullopt;
}

QStringList PriceTable::validate() const {
    QStringList problems;
    static const QRegularExpression code(u"^[A-Z]{3}$"_s);
    if (!code.match(currency).hasMatch())
        problems << tr("The currency is a three-letter code such as USD or CNY.");
    const auto valid = [](double price) {
        return std::isfinite(price) && price >= 0;
    };
    for (const Row& row : rows) {
        if (row.model.trimmed().isEmpty() || row.model.contains(u' '))
            problems << tr("Every price needs a model name without spaces.");
        if (!valid(row.perSecond))
            problems << tr("Prices cannot be negative.");
    }
    if (perCall && !valid(*perCall))
        problems << tr("Prices cannot be negative.");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        for (qsizetype j = i + 1; j < rows.size(); ++j) {
            if (rows.at(i).model == rows.at(j).model &&
                rows.at(i).sizeClass == rows.at(j).sizeClass)
                problems << tr("%1 has two prices for the same size class.").arg(rows.at(i).model);
        }
    }
    problems.removeDuplicates();
    return problems;
}

QJsonObject PriceTable::toJson() const {
    QJsonArray list;
    for (const Row& row : rows)
        list.append(QJsonObject{{u"model"_s, row.model},
                                {u"size_class"_s, sizeClassKey(row.sizeClass)},
                                {u"per_second"_s, row.perSecond}});
    QJsonObject object{{u"currency"_s, currency}, {u"rows"_s, list}};
    if (perCall)
        object.insert(u"per_call"_s, *perCall);
    return object;
}

PriceTable PriceTable::fromJson(const QJsonObject& object) {
    if (object.isEmpty())
        return defaults();
    PriceTable table;
    table.currency = object.value(u"currency"_s).toString(table.currency);
    for (const QJsonValue& value : object.value(u"rows"_s).toArray()) {
        const std::optional<SizeClass> sizeClass =
            sizeClassFromKey(value[u"size_class"_s].toString());
        if (!sizeClass || !value[u"per_second"_s].isDouble())
            continue;
        table.rows.append(
            {value[u"model"_s].toString(), *sizeClass, value[u"per_second"_s].toDouble()});
    }
    if (object.value(u"per_call"_s).isDouble())
        table.perCall = object.value(u"per_call"_s).toDouble();
    if (!table.validate().isEmpty())
        return defaults();
    return table;
}
