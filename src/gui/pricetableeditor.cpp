#include "pricetableeditor.h"

#include "problemtext.h"

#include "api/videomodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr int SizeClassRole = Qt::UserRole;
constexpr double MaxPrice = 1'000'000;
constexpr double MaxBudget = 1'000'000'000;

std::optional<double> parsePrice(const QString& text, const QLocale& locale) {
    bool ok = false;
    const double value = locale.toDouble(text.trimmed(), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// Edits a price in the locale's format; up to four decimals, shown with at least two.
class PriceSpinBox final : public QDoubleSpinBox {
public:
    explicit PriceSpinBox(QWidget* parent)
        : QDoubleSpinBox(parent) {
        setDecimals(4);
        setRange(0, MaxPrice);
        setSingleStep(0.01);
    }

protected:
    QString textFromValue(double value) const override {
        return PriceTableEditor::formatPrice(value, locale());
    }
};

// The cells' editors. Each keystroke reaches the table at once, so the problems
// follow the typing and an OK clicked while a cell is open saves what it shows.
class PriceItemDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant& value, const QLocale& locale) const override {
        if (value.typeId() == QMetaType::Double)
            return PriceTableEditor::formatPrice(value.toDouble(), locale);
        return QStyledItemDelegate::displayText(value, locale);
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        auto* self = const_cast<PriceItemDelegate*>(this);
        switch (index.column()) {
        case PriceTableEditor::ModelColumn: {
            auto* edit = new QLineEdit(parent);
            edit->setFrame(false);
            edit->setAccessibleName(PriceTableEditor::tr("Model"));
            QStringList names;
            for (const VideoModel& model : VideoModels::known())
                names << model.name;
            auto* completer = new QCompleter(names, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            edit->setCompleter(completer);
            connect(edit, &QLineEdit::textEdited, self,
                    [self, edit] { emit self->commitData(edit); });
            connect(completer, qOverload<const QString&>(&QCompleter::activated), self,
                    [self, edit] { emit self->commitData(edit); });
            return edit;
        }
        case PriceTableEditor::SizeClassColumn: {
            auto* combo = new QComboBox(parent);
            combo->setFrame(false);
            combo->setAccessibleName(PriceTableEditor::tr("Size class"));
            for (const SizeClass sizeClass : PriceTable::allSizeClasses())
                combo->addItem(PriceTable::sizeClassName(sizeClass), int(sizeClass));
            connect(combo, &QComboBox::activated, self,
                    [self, combo] { emit self->commitData(combo); });
            return combo;
        }
        case PriceTableEditor::PriceColumn: {
            auto* edit = new QLineEdit(parent);
            edit->setFrame(false);
            edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            edit->setAccessibleName(PriceTableEditor::tr("Price per second"));
            // Negative numbers can be typed so that they are named as a problem
            // rather than swallowed without a word.
            auto* validator = new QDoubleValidator(-MaxPrice, MaxPrice, 4, edit);
            validator->setNotation(QDoubleValidator::StandardNotation);
            validator->setLocale(edit->locale());
            edit->setValidator(validator);
            connect(edit, &QLineEdit::textEdited, self,
                    [self, edit] { emit self->commitData(edit); });
            return edit;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    // Also called whenever the cell changes, and it changes as the user types:
    // an editor already showing the value is left alone, caret and all.
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        const QVariant value = index.data(Qt::EditRole);
        switch (index.column()) {
        case PriceTableEditor::ModelColumn: {
            auto* edit = static_cast<QLineEdit*>(editor);
            if (edit->text() != value.toString())
                edit->setText(value.toString());
            return;
        }
        case PriceTableEditor::SizeClassColumn: {
            auto* combo = static_cast<QComboBox*>(editor);
            const QVariant sizeClass = index.data(SizeClassRole);
            if (combo->currentData() != sizeClass)
                combo->setCurrentIndex(std::max(0, combo->findData(sizeClass)));
            return;
        }
        case PriceTableEditor::PriceColumn: {
            auto* edit = static_cast<QLineEdit*>(editor);
            if (parsePrice(edit->text(), edit->locale()) != value.toDouble())
                edit->setText(PriceTableEditor::formatPrice(value.toDouble(), edit->locale()));
            return;
        }
        default:
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        switch (index.column()) {
        case PriceTableEditor::ModelColumn:
            // Kept as typed: a space is a problem to show, not to remove behind the caret.
            model->setData(index, static_cast<QLineEdit*>(editor)->text());
            return;
        case PriceTableEditor::SizeClassColumn: {
            auto* combo = static_cast<QComboBox*>(editor);
            model->setData(index, combo->currentData(), SizeClassRole);
            model->setData(index, combo->currentText());
            return;
        }
        case PriceTableEditor::PriceColumn: {
            auto* edit = static_cast<QLineEdit*>(editor);
            // Half-typed ("", "-"): the cell keeps its last number meanwhile.
            if (const std::optional<double> price = parsePrice(edit->text(), edit->locale()))
                model->setData(index, *price);
            return;
        }
        default:
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }
};

} // namespace

PriceTableEditor::PriceTableEditor(QWidget* parent)
    : QWidget(parent) {
    m_currencyLabel = new QLabel(this);
    m_currencyLabel->setObjectName(u"currencyLabel"_s);
    m_currencyLineEdit = new QLineEdit(this);
    m_currencyLineEdit->setObjectName(u"currencyLineEdit"_s);
    m_currencyLineEdit->setMaxLength(3);
    m_currencyLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), this));
    m_currencyLineEdit->setMaximumWidth(
        m_currencyLineEdit->fontMetrics().horizontalAdvance(u"WWWWW"_s) + 12);
    m_currencyLabel->setBuddy(m_currencyLineEdit);
    m_currencyHintLabel = new QLabel(this);
    m_currencyHintLabel->setObjectName(u"currencyHintLabel"_s);
    m_currencyHintLabel->setForegroundRole(QPalette::PlaceholderText);

    m_tableHintLabel = new QLabel(this);
    m_tableHintLabel->setObjectName(u"tableHintLabel"_s);
    m_tableHintLabel->setWordWrap(true);

    m_priceTableWidget = new QTableWidget(0, ColumnCount, this);
    m_priceTableWidget->setObjectName(u"priceTableWidget"_s);
    m_priceTableWidget->setItemDelegate(new PriceItemDelegate(m_priceTableWidget));
    m_priceTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_priceTableWidget->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_priceTableWidget->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
        QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_priceTableWidget->verticalHeader()->hide();
    m_priceTableWidget->setWordWrap(false);
    QHeaderView* header = m_priceTableWidget->horizontalHeader();
    header->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SizeClassColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PriceColumn, QHeaderView::ResizeToContents);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Bold titles for the selected row would widen the columns that fit their contents.
    header->setHighlightSections(false);

    m_addRowButton = new QPushButton(this);
    m_addRowButton->setObjectName(u"addRowButton"_s);
    m_removeRowButton = new QPushButton(this);
    m_removeRowButton->setObjectName(u"removeRowButton"_s);
    m_resetButton = new QPushButton(this);
    m_resetButton->setObjectName(u"resetPricesButton"_s);

    m_perCallCheckBox = new QCheckBox(this);
    m_perCallCheckBox->setObjectName(u"perCallCheckBox"_s);
    m_perCallSpinBox = new PriceSpinBox(this);
    m_perCallSpinBox->setObjectName(u"perCallSpinBox"_s);
    m_perCallHintLabel = new QLabel(this);
    m_perCallHintLabel->setObjectName(u"perCallHintLabel"_s);
    m_perCallHintLabel->setWordWrap(true);
    m_perCallHintLabel->setForegroundRole(QPalette::PlaceholderText);

    m_budgetCheckBox = new QCheckBox(this);
    m_budgetCheckBox->setObjectName(u"budgetCheckBox"_s);
    m_budgetSpinBox = new QDoubleSpinBox(this);
    m_budgetSpinBox->setObjectName(u"budgetSpinBox"_s);
    m_budgetSpinBox->setDecimals(2);
    m_budgetSpinBox->setRange(0, MaxBudget);
    m_budgetSpinBox->setSingleStep(10);
    m_budgetHintLabel = new QLabel(this);
    m_budgetHintLabel->setObjectName(u"budgetHintLabel"_s);
    m_budgetHintLabel->setWordWrap(true);
    m_budgetHintLabel->setForegroundRole(QPalette::PlaceholderText);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"priceProblemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ProblemText::style(m_problemLabel);
    m_problemLabel->hide();

    auto* layout = new QVBoxLayout(this);
    auto* currencyLayout = new QHBoxLayout;
    currencyLayout->addWidget(m_currencyLabel);
    currencyLayout->addWidget(m_currencyLineEdit);
    currencyLayout->addWidget(m_currencyHintLabel, 1);
    layout->addLayout(currencyLayout);
    layout->addWidget(m_tableHintLabel);
    layout->addWidget(m_priceTableWidget, 1);
    auto* rowButtonsLayout = new QHBoxLayout;
    rowButtonsLayout->addWidget(m_addRowButton);
    rowButtonsLayout->addWidget(m_removeRowButton);
    rowButtonsLayout->addStretch(1);
    rowButtonsLayout->addWidget(m_resetButton);
    layout->addLayout(rowButtonsLayout);
    auto* optionsLayout = new QGridLayout;
    optionsLayout->addWidget(m_perCallCheckBox, 0, 0);
    optionsLayout->addWidget(m_perCallSpinBox, 0, 1);
    optionsLayout->addWidget(m_perCallHintLabel, 0, 2);
    optionsLayout->addWidget(m_budgetCheckBox, 1, 0);
    optionsLayout->addWidget(m_budgetSpinBox, 1, 1);
    optionsLayout->addWidget(m_budgetHintLabel, 1, 2);
    optionsLayout->setColumnStretch(2, 1);
    layout->addLayout(optionsLayout);
    layout->addWidget(m_problemLabel);

    setTabOrder(m_currencyLineEdit, m_priceTableWidget);
    setTabOrder(m_priceTableWidget, m_addRowButton);
    setTabOrder(m_addRowButton, m_removeRowButton);
    setTabOrder(m_removeRowButton, m_resetButton);
    setTabOrder(m_resetButton, m_perCallCheckBox);
    setTabOrder(m_perCallCheckBox, m_perCallSpinBox);
    setTabOrder(m_perCallSpinBox, m_budgetCheckBox);
    setTabOrder(m_budgetCheckBox, m_budgetSpinBox);

    connect(m_priceTableWidget, &QTableWidget::itemChanged, this, &PriceTableEditor::onEdited);
    connect(m_priceTableWidget, &QTableWidget::itemSelectionChanged, this,
            &PriceTableEditor::updateWidgets);
    connect(m_addRowButton, &QPushButton::clicked, this, &PriceTableEditor::addRow);
    connect(m_removeRowButton, &QPushButton::clicked, this, &PriceTableEditor::removeRows);
    connect(m_resetButton, &QPushButton::clicked, this, &PriceTableEditor::resetToListPrices);
    connect(m_currencyLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Codes are upper case; typing "cny" means CNY.
        if (const QString upper = text.toUpper(); upper != text) {
            const int cursor = m_currencyLineEdit->cursorPosition();
            m_currencyLineEdit->setText(upper);
            m_currencyLineEdit->setCursorPosition(cursor);
        }
        onEdited();
    });
    for (QCheckBox* box : {m_perCallCheckBox, m_budgetCheckBox}) {
        connect(box, &QCheckBox::toggled, this, [this, box](bool on) {
            if (m_updating)
                return;
            onEdited();
            // Ticked: the amount is what comes next.
            QDoubleSpinBox* amount = box == m_perCallCheckBox ? m_perCallSpinBox : m_budgetSpinBox;
            if (on) {
                amount->setFocus(Qt::TabFocusReason);
                amount->selectAll();
            }
        });
    }
    for (QDoubleSpinBox* amount : {m_perCallSpinBox, m_budgetSpinBox})
        connect(amount, &QDoubleSpinBox::valueChanged, this, &PriceTableEditor::onEdited);

    retranslateUi();
    setPrices(PriceTable::defaults(), std::nullopt);
}

PriceTableEditor::~PriceTableEditor() = default;

QString PriceTableEditor::formatPrice(double price, const QLocale& locale) {
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    QString text = plain.toString(price, 'f', 4);
    const QString zero = plain.zeroDigit();
    const qsizetype point = text.lastIndexOf(plain.decimalPoint());
    if (point < 0 || zero.isEmpty())
        return text;
    const qsizetype shortest = point + plain.decimalPoint().size() + 2 * zero.size();
    while (text.size() > shortest && text.endsWith(zero))
        text.chop(zero.size());
    return text;
}

void PriceTableEditor::setPrices(const PriceTable& prices, std::optional<double> monthlyBudget) {
    m_updating = true;
    m_priceTableWidget->setRowCount(0);
    for (const PriceTable::Row& row : prices.rows)
        appendRow(row);
    m_currencyLineEdit->setText(prices.currency);
    m_perCallCheckBox->setChecked(prices.perCall.has_value());
    m_perCallSpinBox->setValue(prices.perCall.value_or(0));
    m_budgetCheckBox->setChecked(monthlyBudget.has_value());
    m_budgetSpinBox->setValue(monthlyBudget.value_or(0));
    m_updating = false;
    updateWidgets();
    updateCurrencyTexts();
    updateProblems();
}

PriceTable PriceTableEditor::prices() const {
    PriceTable table;
    table.currency = m_currencyLineEdit->text();
    for (int row = 0; row < m_priceTableWidget->rowCount(); ++row) {
        const QTableWidgetItem* model = m_priceTableWidget->item(row, ModelColumn);
        const QTableWidgetItem* sizeClass = m_priceTableWidget->item(row, SizeClassColumn);
        const QTableWidgetItem* price = m_priceTableWidget->item(row, PriceColumn);
        if (!model || !sizeClass || !price)
            continue;
        table.rows.append({model->text(), SizeClass(sizeClass->data(SizeClassRole).toInt()),
                           price->data(Qt::EditRole).toDouble()});
    }
    if (m_perCallCheckBox->isChecked())
        table.perCall = m_perCallSpinBox->value();
    return table;
}

std::optional<double> PriceTableEditor::monthlyBudget() const {
    if (!m_budgetCheckBox->isChecked())
        return std::nullopt;
    return m_budgetSpinBox->value();
}

QStringList PriceTableEditor::problems() const {
    return prices().validate();
}

void PriceTableEditor::appendRow(const PriceTable::Row& row) {
    const bool wasUpdating = std::exchange(m_updating, true);
    const int index = m_priceTableWidget->rowCount();
    m_priceTableWidget->insertRow(index);
    m_priceTableWidget->setItem(index, ModelColumn, new QTableWidgetItem(row.model));
    auto* sizeClass = new QTableWidgetItem(PriceTable::sizeClassName(row.sizeClass));
    sizeClass->setData(SizeClassRole, int(row.sizeClass));
    m_priceTableWidget->setItem(index, SizeClassColumn, sizeClass);
    auto* price = new QTableWidgetItem;
    price->setData(Qt::EditRole, row.perSecond);
    price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_priceTableWidget->setItem(index, PriceColumn, price);
    m_updating = wasUpdating;
}

void PriceTableEditor::addRow() {
    // No model guessed: an empty name is named as a problem until it is typed.
    appendRow({QString(), SizeClass::Standard, 0});
    const int row = m_priceTableWidget->rowCount() - 1;
    m_priceTableWidget->setCurrentCell(row, ModelColumn);
    m_priceTableWidget->scrollToItem(m_priceTableWidget->item(row, ModelColumn));
    m_priceTableWidget->setFocus(Qt::OtherFocusReason);
    m_priceTableWidget->editItem(m_priceTableWidget->item(row, ModelColumn));
    onEdited();
}

void PriceTableEditor::removeRows() {
    QSet<int> rows;
    for (const QModelIndex& index : m_priceTableWidget->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.isEmpty() && m_priceTableWidget->currentRow() >= 0)
        rows.insert(m_priceTableWidget->currentRow());
    if (rows.isEmpty())
        return;
    QList<int> ordered(rows.cbegin(), rows.cend());
    std::sort(ordered.begin(), ordered.end(), std::greater<>());
    for (const int row : std::as_const(ordered))
        m_priceTableWidget->removeRow(row);
    onEdited();
}

void PriceTableEditor::resetToListPrices() {
    setPrices(PriceTable::defaults(), monthlyBudget());
    onEdited();
}

void PriceTableEditor::onEdited() {
    if (m_updating)
        return;
    updateWidgets();
    updateCurrencyTexts();
    updateProblems();
    emit changed();
}

void PriceTableEditor::updateWidgets() {
    const bool perCall = m_perCallCheckBox->isChecked();
    // Billed per call: the per-second prices are kept, but no estimate uses them.
    m_tableHintLabel->setEnabled(!perCall);
    m_priceTableWidget->setEnabled(!perCall);
    m_addRowButton->setEnabled(!perCall);
    m_removeRowButton->setEnabled(!perCall &&
                                  (m_priceTableWidget->selectionModel()->hasSelection() ||
                                   m_priceTableWidget->currentRow() >= 0) &&
                                  m_priceTableWidget->rowCount() > 0);
    m_perCallSpinBox->setEnabled(perCall);
    m_budgetSpinBox->setEnabled(m_budgetCheckBox->isChecked());
}

void PriceTableEditor::updateCurrencyTexts() {
    const QString currency = m_currencyLineEdit->text();
    const QString suffix = currency.isEmpty() ? QString() : u" "_s + currency;
    m_perCallSpinBox->setSuffix(suffix);
    m_budgetSpinBox->setSuffix(suffix);
    m_priceTableWidget->setHorizontalHeaderLabels(
        {tr("Model"), tr("Size class"),
         currency.isEmpty() ? tr("Price per second") : tr("Price per second (%1)").arg(currency)});
    m_priceTableWidget->horizontalHeaderItem(PriceColumn)
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void PriceTableEditor::updateProblems() {
    const QStringList problems = this->problems();
    m_problemLabel->setText(problems.join(u'\n'));
    m_problemLabel->setVisible(!problems.isEmpty());
}

void PriceTableEditor::retranslateUi() {
    m_currencyLabel->setText(tr("&Currency:"));
    m_currencyLineEdit->setAccessibleName(tr("Currency"));
    m_currencyLineEdit->setToolTip(tr("A three-letter code such as USD or CNY"));
    m_currencyHintLabel->setText(tr("Three letters, such as USD or CNY"));
    m_tableHintLabel->setText(tr("What the gateway charges per second of video, for each model "
                                 "and size class. A model without a row here has no known price."));
    m_priceTableWidget->setAccessibleName(tr("Prices per second"));
    m_addRowButton->setText(tr("Add ro&w"));
    m_addRowButton->setAccessibleName(tr("Add a price"));
    m_removeRowButton->setText(tr("Remo&ve row"));
    m_removeRowButton->setAccessibleName(tr("Remove the selected prices"));
    m_resetButton->setText(tr("Reset to &list prices"));
    m_resetButton->setAccessibleName(tr("Reset to the public list prices"));
    m_resetButton->setToolTip(
        tr("The public list prices in US dollars, billed per second; the budget stays"));
    m_perCallCheckBox->setText(tr("&Price per call:"));
    m_perCallCheckBox->setAccessibleName(tr("The gateway bills per call"));
    m_perCallSpinBox->setAccessibleName(tr("Price per call"));
    m_perCallHintLabel->setText(tr("Every job costs this, whatever the model or length."));
    m_budgetCheckBox->setText(tr("&Monthly budget:"));
    m_budgetCheckBox->setAccessibleName(tr("Set a monthly budget"));
    m_budgetSpinBox->setAccessibleName(tr("Monthly budget"));
    m_budgetHintLabel->setText(tr("A submit that would go over it asks first."));
    m_problemLabel->setAccessibleName(tr("Problems with the prices"));

    // The size classes are named in the new language; which one a row has stays.
    const bool wasUpdating = std::exchange(m_updating, true);
    for (int row = 0; row < m_priceTableWidget->rowCount(); ++row) {
        if (QTableWidgetItem* item = m_priceTableWidget->item(row, SizeClassColumn))
            item->setText(PriceTable::sizeClassName(SizeClass(item->data(SizeClassRole).toInt())));
    }
    m_updating = wasUpdating;
    updateCurrencyTexts();
    updateProblems();
}

void PriceTableEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        // The language manager sets the default locale first: numbers follow it.
        setLocale(QLocale());
        retranslateUi();
    }
    QWidget::changeEvent(event);
}
