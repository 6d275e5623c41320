#include "jobhistorymodel.h"

#include "../pricing/costestimate.h"
#include "../settings/logredaction.h"

#include "joblibrary.h"
#include "jobstore.h"

#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace {

// Newest first; the id breaks ties, exactly like the SQL ORDER BY.
bool newerThan(const JobRecord& a, const JobRecord& b) {
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}

} // namespace

JobHistoryModel::JobHistoryModel(JobStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store) {}

void JobHistoryModel::watch(JobLibrary* library) {
    connect(library, &JobLibrary::jobAdded, this, &JobHistoryModel::addJob);
    connect(library, &JobLibrary::jobChanged, this, &JobHistoryModel::refreshJob);
    connect(library, &JobLibrary::jobRemoved, this, &JobHistoryModel::removeJob);
    connect(library, &JobLibrary::externalChange, this, &JobHistoryModel::reload);
}

void JobHistoryModel::setSearchText(const QString& text) {
    if (text == m_searchText)
        return;
    m_searchText = text;
    resetTo(0);
}

void JobHistoryModel::setStateFilter(const QList<JobState>& states) {
    if (states == m_states)
        return;
    m_states = states;
    resetTo(0);
}

void JobHistoryModel::setPageSize(int rows) {
    m_pageSize = std::max(1, rows);
}

void JobHistoryModel::reload() {
    resetTo(int(m_rows.size()));
}

void JobHistoryModel::resetTo(int rows) {
    // The first page (or as many rows as were shown) is read inside the reset,
    // so a view never sees an empty list flash by.
    const int wanted = std::max(rows, m_pageSize);
    const QList<JobRecord> records =
        m_store->recent(JobQuery::matching(m_searchText, m_states, wanted));
    beginResetModel();
    m_rows = records;
    m_rowOf.clear();
    reindexFrom(0);
    m_exhausted = records.size() < wanted;
    endResetModel();
}

int JobHistoryModel::totalCount() const {
    return m_store->count(JobQuery::matching(m_searchText, m_states, 0));
}

int JobHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool JobHistoryModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void JobHistoryModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_exhausted || m_fetching)
        return;
    // Views (and model testers) may ask for more from inside rowsInserted.
    const QScopedValueRollback guard(m_fetching, true);
    JobQuery query = JobQuery::matching(m_searchText, m_states, m_pageSize);
    if (!m_rows.isEmpty())
        query.before = JobQuery::Cursor{m_rows.last().createdAt, m_rows.last().id};
    const QList<JobRecord> page = m_store->recent(query);
    m_exhausted = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    reindexFrom(first);
    endInsertRows();
}

QVariant JobHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PromptRole:
        return r.prompt.isEmpty() && role == Qt::DisplayRole ? r.videoId : r.prompt;
    case Qt::ToolTipRole:
        return r.prompt;
    case LocalIdRole:
        return r.id;
    case VideoIdRole:
        return r.videoId;
    case SourceVideoIdRole:
        return r.sourceVideoId;
    case StateRole:
        return int(r.state);
    case StateKeyRole:
        return jobStateKey(r.state);
    case StateTextRole:
        return jobStateDisplayName(r.state);
    case ProgressRole:
        return r.progress;
    case SizeRole:
        return r.size;
    case ModelRole:
        return r.model;
    case CreatedAtRole:
        return r.createdAt;
    case UpdatedAtRole:
        return r.updatedAt;
    case CompletedAtRole:
        return r.completedAt;
    case ExpiresAtRole:
        return r.expiresAt;
    case ExpiryTextRole:
        return r.expiryText();
    case ThumbnailPathRole:
        return r.thumbnailPath;
    case FilePathRole:
        return r.filePath;
    case DownloadedRole:
        return r.downloaded;
    case ErrorMessageRole:
        return LogRedaction::redact(r.errorMessage(uiLanguageForLocale(QLocale())));
    case KindRole:
        return int(r.kind);
    case CostTextRole:
        return r.estimateAmount ? CostEstimate::money(*r.estimateAmount, r.estimateCurrency)
                                : QString{};
    case VersionTextRole:
        return r.groupIndex > 0 ? tr("version %1 of %2").arg(r.groupIndex).arg(r.groupSize)
                                : QString{};
    default:
        return {};
    }
}

QHash<int, QByteArray> JobHistoryModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        {LocalIdRole, "localId"},
        {VideoIdRole, "videoId"},
        {SourceVideoIdRole, "sourceVideoId"},
        {StateRole, "state"},
        {StateKeyRole, "stateKey"},
        {StateTextRole, "stateText"},
        {ProgressRole, "progress"},
        {PromptRole, "prompt"},
        {SizeRole, "size"},
        {ModelRole, "model"},
        {CreatedAtRole, "createdAt"},
        {UpdatedAtRole, "updatedAt"},
        {CompletedAtRole, "completedAt"},
        {ExpiresAtRole, "expiresAt"},
        {ExpiryTextRole, "expiryText"},
        {ThumbnailPathRole, "thumbnailPath"},
        {FilePathRole, "filePath"},
        {DownloadedRole, "downloaded"},
        {ErrorMessageRole, "errorMessage"},
        {KindRole, "kind"},
        {VersionTextRole, "versionText"},
        {CostTextRole, "costText"},
    });
    return names;
}

bool JobHistoryModel::matches(const JobRecord& record) const {
    if (!m_states.isEmpty() && !m_states.contains(record.state))
        return false;
    const QString text = m_searchText.trimmed();
    return text.isEmpty() || record.prompt.contains(text, Qt::CaseInsensitive) ||
           record.videoId.contains(text, Qt::CaseInsensitive) ||
           record.sourceVideoId.contains(text, Qt::CaseInsensitive) ||
           record.sourceAliasId.contains(text, Qt::CaseInsensitive);
}

int JobHistoryModel::insertionRow(const JobRecord& record) const {
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), record, newerThan);
    return int(std::distance(m_rows.cbegin(), it));
}

void JobHistoryModel::reindexFrom(int row) {
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

void JobHistoryModel::addJob(qint64 id) {
    if (m_rowOf.contains(id)) {
        refreshJob(id);
        return;
    }
    const std::optional<JobRecord> record = m_store->job(id);
    if (!record || !matches(*record))
        return;
    const int row = insertionRow(*record);
    // Beyond the loaded rows it arrives with a later page, in its place.
    if (row == m_rows.size() && !m_exhausted)
        return;
    beginInsertRows({}, row, row);
    m_rows.insert(row, *record);
    reindexFrom(row);
    endInsertRows();
}

void JobHistoryModel::refreshJob(qint64 id) {
    const int row = rowOf(id);
    if (row < 0) {
        addJob(id);
        return;
    }
    const std::optional<JobRecord> record = m_store->job(id);
    if (!record || !matches(*record)) {
        removeJob(id);
        return;
    }
    m_rows[row] = *record;
    emit dataChanged(index(row), index(row));
}

void JobHistoryModel::removeJob(qint64 id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOf.remove(id);
    reindexFrom(row);
    endRemoveRows();
}
