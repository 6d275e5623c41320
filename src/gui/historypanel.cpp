#include "historypanel.h"

#include "jobhistorydelegate.h"
#include "jobs/jobhistorymodel.h"
#include "ui_historypanel.h"

#include <QEvent>
#include <QScrollBar>
#include <QShortcut>

using namespace Qt::StringLiterals;

HistoryPanel::HistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPanel>()) {
    m_ui->setupUi(this);
    m_ui->historyListView->setItemDelegate(new JobHistoryDelegate(m_ui->historyListView));
    keepRowsVisible();
    m_ui->stateFilterComboBox->addItem(QString{}); // "All statuses", named in retranslateUi
    for (const JobState state : allJobStates())
        m_ui->stateFilterComboBox->addItem(QString{}, int(state));

    // Ctrl+F from anywhere in the window, as in a browser or a mail client.
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->searchLineEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchLineEdit->selectAll();
    });

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &HistoryPanel::applyFilter);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, &m_searchDelay,
            qOverload<>(&QTimer::start));
    connect(m_ui->stateFilterComboBox, &QComboBox::currentIndexChanged, this,
            &HistoryPanel::applyFilter);
    retranslateUi();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::setModel(JobHistoryModel* model) {
    m_model = model;
    m_ui->historyListView->setModel(model);
    connect(m_ui->historyListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                emit currentJobChanged(current.isValid()
                                           ? current.data(JobHistoryModel::LocalIdRole).toLongLong()
                                           : 0);
            });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &HistoryPanel::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateCount);
    updateCount();
}

qint64 HistoryPanel::currentJobId() const {
    const QModelIndex current = m_ui->historyListView->currentIndex();
    return current.isValid() ? current.data(JobHistoryModel::LocalIdRole).toLongLong() : 0;
}

bool HistoryPanel::selectJob(qint64 id) {
    const int row = m_model ? m_model->rowOf(id) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    m_ui->historyListView->setCurrentIndex(index);
    m_ui->historyListView->scrollTo(index);
    return true;
}

void HistoryPanel::applyFilter() {
    m_searchDelay.stop();
    if (!m_model)
        return;
    const qint64 selected = currentJobId();
    m_model->setSearchText(m_ui->searchLineEdit->text().trimmed());
    const QVariant state = m_ui->stateFilterComboBox->currentData();
    m_model->setStateFilter(state.isValid() ? QList<JobState>{JobState(state.toInt())}
                                            : QList<JobState>{});
    // The details keep showing the job the user looked at, if the list still has it.
    if (selected != 0)
        selectJob(selected);
}

void HistoryPanel::updateCount() {
    if (!m_model)
        return;
    const int total = m_model->totalCount();
    const bool filtered = !m_model->searchText().isEmpty() || !m_model->stateFilter().isEmpty();
    m_ui->countLabel->setText(filtered ? tr("%Ln matching job(s)", nullptr, total)
                                       : tr("%Ln job(s)", nullptr, total));
}

void HistoryPanel::keepRowsVisible() {
    QListView* list = m_ui->historyListView;
    QStyleOptionViewItem option;
    option.initFrom(list);
    const int row = list->itemDelegate()->sizeHint(option, {}).height();
    // The rows may be wider than the list: room for its scroll bar too.
    list->setMinimumHeight(MinimumVisibleRows * row + 2 * list->frameWidth() +
                           list->horizontalScrollBar()->sizeHint().height());
}

void HistoryPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    } else if (event->type() == QEvent::FontChange) {
        keepRowsVisible();
    }
    QWidget::changeEvent(event);
}

void HistoryPanel::retranslateUi() {
    m_ui->searchLineEdit->setPlaceholderText(tr("Search prompts and IDs (Ctrl+F)"));
    m_ui->searchLineEdit->setAccessibleName(tr("Search the history"));
    m_ui->stateFilterComboBox->setItemText(0, tr("All statuses"));
    const QList<JobState> states = allJobStates();
    for (int i = 0; i < states.size(); ++i)
        m_ui->stateFilterComboBox->setItemText(i + 1, jobStateDisplayName(states.at(i)));
    m_ui->stateFilterComboBox->setAccessibleName(tr("Show jobs with status"));
    m_ui->historyListView->setAccessibleName(tr("Job history"));
    m_ui->countLabel->setAccessibleName(tr("Number of jobs"));
    updateCount();
    // The rows' texts are translated too.
    m_ui->historyListView->viewport()->update();
}
