#pragma once

#include "jobrecord.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

class JobLibrary;
class JobStore;

// Every job of the library, newest first, for the history view. Rows arrive a
// page at a time (canFetchMore/fetchMore with keyset paging), search text and
// status filter are applied by SQLite, so 10,000 jobs cost one page of memory
// until the user scrolls. Only QtCore: thumbnails are paths, the view loads them.
class JobHistoryModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobHistoryModel)

public:
    enum Role {
        LocalIdRole = Qt::UserRole + 1,
        VideoIdRole,
        SourceVideoIdRole,
        StateRole,     // JobState as int
        StateKeyRole,  // "in_progress"
        StateTextRole, // "In progress", translated
        ProgressRole,
        PromptRole,
        SizeRole,
        ModelRole,
        CreatedAtRole,
        UpdatedAtRole,
        CompletedAtRole,
        ExpiresAtRole,
        ExpiryTextRole, // "expires in 42 min" while the result is not downloaded
        ThumbnailPathRole,
        FilePathRole,
        DownloadedRole,
        ErrorMessageRole,
        KindRole,        // JobKind as int
        VersionTextRole, // "version 2 of 3" for the versions of one submit; empty otherwise
        CostTextRole,    // its estimate, "US$0.40", in the UI locale; empty without one
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 200;

    explicit JobHistoryModel(JobStore* store, QObject* parent = nullptr);

    // Keeps the rows current as the library works.
    void watch(JobLibrary* library);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString& text);
    QList<JobState> stateFilter() const { return m_states; }
    void setStateFilter(const QList<JobState>& states);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);

    // Reads again from the store, keeping as many rows as were loaded.
    void reload();

    // -1 when the job is not loaded (or filtered out).
    int rowOf(qint64 id) const { return m_rowOf.value(id, -1); }
    JobRecord record(int row) const { return m_rows.value(row); }
    // Rows matching the filter in the whole store, loaded or not.
    int totalCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    void addJob(qint64 id);
    void refreshJob(qint64 id);
    void removeJob(qint64 id);

private:
    bool matches(const JobRecord& record) const;
    int insertionRow(const JobRecord& record) const;
    void reindexFrom(int row);
    void resetTo(int rows);

    JobStore* m_store = nullptr;
    QString m_searchText;
    QList<JobState> m_states;
    int m_pageSize = DefaultPageSize;
    QList<JobRecord> m_rows;
    QHash<qint64, int> m_rowOf;
    bool m_exhausted = false;
    bool m_fetching = false;
};
