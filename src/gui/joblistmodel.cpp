#include "joblistmodel.h"

#include "remixjob.h"
#include "statusbadge.h"

using namespace Qt::StringLiterals;

JobListModel::JobListModel(QObject* parent)
    : QAbstractListModel(parent) {}

int JobListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_jobs.size());
}

QVariant JobListModel::data(const QModelIndex& index, int role) const {
    const RemixJob* job = jobAt(index.row());
    if (!job || index.parent().isValid())
        return {};
    const StatusBadge::State state = StatusBadge::stateOf(*job);
    switch (role) {
    case Qt::DisplayRole:
        return job->hasVideo() ? job->video().id : tr("Remix of %1").arg(job->request().videoId);
    case Qt::ToolTipRole:
        return job->request().prompt;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3%")
            .arg(data(index, Qt::DisplayRole).toString(), StatusBadge::textFor(state))
            .arg(job->video().progress);
    case JobRole:
        return QVariant::fromValue(const_cast<RemixJob*>(job));
    case VideoIdRole:
        return job->video().id;
    case StatusRole:
        return int(state);
    case StatusTextRole:
        return StatusBadge::textFor(state);
    case ProgressRole:
        return job->video().progress;
    case PromptRole:
        return job->request().prompt;
    default:
        return {};
    }
}

void JobListModel::addJob(RemixJob* job) {
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs.append(job);
    endInsertRows();
    connect(job, &RemixJob::changed, this, [this, job] {
        const int at = rowOf(job);
        if (at >= 0)
            emit dataChanged(index(at), index(at));
    });
    connect(job, &QObject::destroyed, this, [this, job] {
        const int at = int(m_jobs.indexOf(job));
        if (at < 0)
            return;
        beginRemoveRows({}, at, at);
        m_jobs.removeAt(at);
        endRemoveRows();
    });
}

RemixJob* JobListModel::jobAt(int row) const {
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row) : nullptr;
}

int JobListModel::rowOf(const RemixJob* job) const {
    return int(m_jobs.indexOf(const_cast<RemixJob*>(job)));
}

void JobListModel::retranslate() {
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0), index(int(m_jobs.size()) - 1));
}
