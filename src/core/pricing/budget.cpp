#include "budget.h"

std::optional<double> Budget::overrun(std::optional<double> monthlyBudget, double spentThisMonth,
                                      const CostEstimate& estimate) {
    if (!monthlyBudget || !estimate.known)
        return std::nullopt;
    const double after = spentThisMonth + estimate.amount;
    // Half a cent of rounding is not an overrun.
    if (after <= *monthlyBudget + 0.005)
        return std::nullopt;
    return after - *monthlyBudget;
}

QDateTime Budget::startOfMonth(const QDateTime& now) {
    const QDate today = now.toLocalTime().date();
    return QDate(today.year(), today.month(), 1).startOfDay();
}

QDateTime Budget::startOfDay(const QDateTime& now) {
    return now.toLocalTime().date().startOfDay();
}
