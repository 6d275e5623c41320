#pragma once

#include "costestimate.h"

#include <QDateTime>

#include <optional>

// A monthly cap on what one profile's jobs may cost, checked before a submit.
namespace Budget {

// How far `estimate` would take this month's spending past `monthlyBudget`;
// nullopt when it stays within, when there is no budget, or when the price
// is unknown (then nothing can be said, and the form says so).
std::optional<double> overrun(std::optional<double> monthlyBudget, double spentThisMonth,
                              const CostEstimate& estimate);
// Midnight of the first of `now`'s month, and of `now`'s day, in local time.
QDateTime startOfMonth(const QDateTime& now = QDateTime::currentDateTime());
QDateTime startOfDay(const QDateTime& now = QDateTime::currentDateTime());

} // namespace Budget
