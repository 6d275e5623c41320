#include "historypanel.h"

#include "jobgallerydelegate.h"
#include "jobhistorydelegate.h"
#include "jobs/jobhistorymodel.h"
#include "ui_historypanel.h"
#include "windowstatestore.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QShortcut>

using namespace Qt::StringLiterals;

HistoryPanel::HistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPanel>()) {
    m_ui->setupUi(this);
    QListView* list = m_ui->historyListView;
    m_listDelegate = new JobHistoryDelegate(list);
    m_galleryDelegate = new JobGalleryDelegate(list);
    applyViewMode();
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

    // List or grid: the buttons in the header, or Ctrl+1 and Ctrl+2 as in a file manager.
    connect(m_ui->listViewToolButton, &QToolButton::clicked, this,
            [this] { setViewMode(ViewMode::List); });
    connect(m_ui->gridViewToolButton, &QToolButton::clicked, this,
            [this] { setViewMode(ViewMode::Grid); });
    for (const auto& [keys, mode] : {std::pair{Qt::CTRL | Qt::Key_1, ViewMode::List},
                                     std::pair{Qt::CTRL | Qt::Key_2, ViewMode::Grid}}) {
        auto* shortcut = new QShortcut(QKeySequence(keys), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, mode] { setViewMode(mode); });
    }

    // A job's menu, with the mouse or the keyboard (the Menu key, Shift+F10).
    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(u"historyContextMenu"_s);
    m_copyIdAction = new QAction(this);
    m_copyIdAction->setObjectName(u"copyVideoIdAction"_s);
    connect(m_copyIdAction, &QAction::triggered, this, [this] {
        const QString id =
            m_ui->historyListView->currentIndex().data(JobHistoryModel::VideoIdRole).toString();
        if (!id.isEmpty())
            QGuiApplication::clipboard()->setText(id);
    });
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(list, &QWidget::customContextMenuRequested, this, [this, list](const QPoint& pos) {
        showContextMenu(list->indexAt(pos), list->viewport()->mapToGlobal(pos));
    });
    list->installEventFilter(this);
    connect(list, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit jobActivated(index.data(JobHistoryModel::LocalIdRole).toLongLong());
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

void HistoryPanel::setViewMode(ViewMode mode) {
    if (mode != m_viewMode) {
        m_viewMode = mode;
        applyViewMode();
    }
    if (m_stateStore)
        m_stateStore->saveWindowState(ViewModeStateKey,
                                      mode == ViewMode::Grid ? "grid"_ba : "list"_ba);
}

void HistoryPanel::setStateStore(WindowStateStore* store) {
    m_stateStore = store;
    if (store)
        setViewMode(store->loadWindowState(ViewModeStateKey) == "grid"_ba ? ViewMode::Grid
                                                                          : ViewMode::List);
}

void HistoryPanel::applyViewMode() {
    const bool grid = m_viewMode == ViewMode::Grid;
    QListView* list = m_ui->historyListView;
    // One view for both, so its selection model, current job and scroll-fetching
    // of the model's pages carry over; only the layout and the painting change.
    list->setItemDelegate(grid ? static_cast<QAbstractItemDelegate*>(m_galleryDelegate)
                               : m_listDelegate);
    list->setViewMode(grid ? QListView::IconMode : QListView::ListMode);
    list->setMovement(QListView::Static);
    list->setFlow(grid ? QListView::LeftToRight : QListView::TopToBottom);
    list->setWrapping(grid);
    list->setResizeMode(grid ? QListView::Adjust : QListView::Fixed);
    list->setSpacing(grid ? JobGalleryDelegate::Spacing : 0);
    list->setUniformItemSizes(true);
    list->setAlternatingRowColors(!grid);
    // Rows and tiles fit the narrowest the panel gets: it never scrolls sideways.
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->listViewToolButton->setChecked(!grid);
    m_ui->gridViewToolButton->setChecked(grid);
    keepRowsVisible();
    if (list->currentIndex().isValid())
        list->scrollTo(list->currentIndex());
}

void HistoryPanel::setContextActions(const QList<QAction*>& actions) {
    m_contextActions = actions;
}

void HistoryPanel::showContextMenu(const QModelIndex& index, const QPoint& globalPos) {
    if (!index.isValid())
        return;
    // The menu is about this job: it becomes the current one (and the details
    // show it) before the actions, which work on the current job, are offered.
    m_ui->historyListView->setCurrentIndex(index);
    m_contextMenu->clear();
    m_contextMenu->addActions(m_contextActions);
    if (!m_contextActions.isEmpty())
        m_contextMenu->addSeparator();
    m_copyIdAction->setEnabled(!index.data(JobHistoryModel::VideoIdRole).toString().isEmpty());
    m_contextMenu->addAction(m_copyIdAction);
    m_contextMenu->popup(globalPos);
}

bool HistoryPanel::eventFilter(QObject* watched, QEvent* event) {
    QListView* list = m_ui->historyListView;
    if (watched == list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool menuKey = key->key() == Qt::Key_Menu ||
                             (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier);
        if (menuKey) {
            const QModelIndex current = list->currentIndex();
            const QRect rect = list->visualRect(current);
            showContextMenu(current, list->viewport()->mapToGlobal(rect.center()));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
    if (m_viewMode == ViewMode::Grid) {
        // One row of tiles: the grid is the richer view, not the one for a small window.
        const int tile = m_galleryDelegate->sizeHint(option, {}).height();
        list->setMinimumHeight(tile + 2 * JobGalleryDelegate::Spacing + 2 * list->frameWidth());
        return;
    }
    const int row = m_listDelegate->sizeHint(option, {}).height();
    list->setMinimumHeight(MinimumVisibleRows * row + 2 * list->frameWidth());
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
    const QString listKeys = QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText);
    const QString gridKeys = QKeySequence(Qt::CTRL | Qt::Key_2).toString(QKeySequence::NativeText);
    m_ui->listViewToolButton->setText(tr("List"));
    m_ui->listViewToolButton->setToolTip(tr("Show the history as a list (%1)").arg(listKeys));
    m_ui->listViewToolButton->setAccessibleName(tr("History as a list"));
    m_ui->gridViewToolButton->setText(tr("Grid"));
    m_ui->gridViewToolButton->setToolTip(
        tr("Show the history as a grid of thumbnails (%1)").arg(gridKeys));
    m_ui->gridViewToolButton->setAccessibleName(tr("History as a grid"));
    m_copyIdAction->setText(tr("Copy &Video ID"));
    m_contextMenu->setAccessibleName(tr("Job actions"));
    updateCount();
    // The rows' texts are translated too.
    m_ui->historyListView->viewport()->update();
}
