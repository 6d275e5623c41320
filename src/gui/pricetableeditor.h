#pragma once

#include "pricing/pricetable.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// One gateway profile's prices: per second of video for each model and size
// class, in one currency, or one price per call; and an optional monthly
// budget. Shows the table's problems as they arise; whoever saves decides
// what to do about them (the settings dialog refuses, as for any field).
class PriceTableEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceTableEditor)

public:
    enum Column { ModelColumn, SizeClassColumn, PriceColumn, ColumnCount };

    explicit PriceTableEditor(QWidget* parent = nullptr);
    ~PriceTableEditor() override;

    // Shows `prices` and `monthlyBudget` (in prices.currency); emits nothing.
    void setPrices(const PriceTable& prices, std::optional<double> monthlyBudget);
    PriceTable prices() const;
    std::optional<double> monthlyBudget() const;
    // prices().validate(), as the problem label shows them.
    QStringList problems() const;

    // "0.10", "0.1234": two decimals at least, four at most, in `locale`'s format.
    static QString formatPrice(double price, const QLocale& locale = QLocale());

signals:
    // Any edit by the user: a cell, a row added or removed, the currency, the
    // per-call price, the budget, a reset.
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void appendRow(const PriceTable::Row& row);
    void addRow();
    void removeRows();
    void resetToListPrices();
    void onEdited();
    void updateWidgets();
    void updateCurrencyTexts();
    void updateProblems();

    QLabel* m_currencyLabel = nullptr;
    QLineEdit* m_currencyLineEdit = nullptr;
    QLabel* m_currencyHintLabel = nullptr;
    QLabel* m_tableHintLabel = nullptr;
    QTableWidget* m_priceTableWidget = nullptr;
    QPushButton* m_addRowButton = nullptr;
    QPushButton* m_removeRowButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QCheckBox* m_perCallCheckBox = nullptr;
    QDoubleSpinBox* m_perCallSpinBox = nullptr;
    QLabel* m_perCallHintLabel = nullptr;
    QCheckBox* m_budgetCheckBox = nullptr;
    QDoubleSpinBox* m_budgetSpinBox = nullptr;
    QLabel* m_budgetHintLabel = nullptr;
    QLabel* m_problemLabel = nullptr;
    bool m_updating = false;
};
