#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The size classes gateways price by (contract 6.5): 720p, the tall and wide
// 1024x1792 class, 1080p.
enum class SizeClass { Standard, Tall, FullHd };

// What one gateway charges, stored with its profile (it is not a secret).
// Prices are per second of video for a model and size class; a gateway that
// bills per call sets perCall instead, which then applies to every job. A
// model or class without a row has no price: "unknown", never zero.
struct PriceTable final {
    Q_DECLARE_TR_FUNCTIONS(PriceTable)

public:
    struct Row final {
        QString model;
        SizeClass sizeClass = SizeClass::Standard;
        double perSecond = 0;
        friend bool operator==(const Row&, const Row&) = default;
    };

    QString currency = QStringLiteral("USD");
    QList<Row> rows;
    std::optional<double> perCall;

    friend bool operator==(const PriceTable&, const PriceTable&) = default;

    // The public list prices before OpenAI's shutdown.
    static PriceTable defaults();
    static std::optional<SizeClass> sizeClassOf(const QString& size);
    static QString sizeClassKey(SizeClass sizeClass);
    static std::optional<SizeClass> sizeClassFromKey(const QString& key);
    static QString sizeClassName(SizeClass sizeClass);
    static QList<SizeClass> allSizeClasses();

    std::optional<double> perSecond(const QString& model, SizeClass sizeClass) const;
    // Reasons it cannot be saved, in the UI language; empty when valid.
    QStringList validate() const;

    QJsonObject toJson() const;
    // Falls back to defaults() for what is missing or malformed.
    static PriceTable fromJson(const QJsonObject& object);
};
