// SPDX-License-Identifier: MIT
#include "jobfilterproxymodel.h"

#include "jobtablemodel.h"

#include <QDateTime>

#include <limits>

namespace {
template <typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareText(const QString &a, const QString &b)
{
    const int folded = QString::compare(a, b, Qt::CaseInsensitive);
    return folded != 0 ? folded : QString::compare(a, b, Qt::CaseSensitive);
}

// Missing times sort after every real one: in a descending "Finished" sort the running jobs
// come first, in an ascending "Created" sort the undated ones last.
qint64 timeKey(qint64 ms)
{
    return ms == JobTime::kNone ? std::numeric_limits<qint64>::max() : ms;
}

int compareColumn(const Job &a, const Job &b, int column, qint64 nowMs)
{
    switch (column) {
    case JobTableModel::StatusColumn: {
        const int byStatus = compareValues(int(a.status), int(b.status));
        return byStatus != 0 ? byStatus : compareText(a.rawStatus, b.rawStatus);
    }
    case JobTableModel::JobIdColumn:
        return compareText(a.jobId, b.jobId);
    case JobTableModel::WorkspaceColumn:
        return compareText(a.workspaceId, b.workspaceId);
    case JobTableModel::TrustedAccountColumn:
        return compareText(a.trustedAccountId, b.trustedAccountId);
    case JobTableModel::PluginColumn:
        return compareText(a.pluginId, b.pluginId);
    case JobTableModel::ResourceGroupColumn: {
        const int byGroup = compareValues(int(a.resourceGroup), int(b.resourceGroup));
        return byGroup != 0 ? byGroup : compareText(a.rawResourceGroup, b.rawResourceGroup);
    }
    case JobTableModel::CreatedColumn:
        return compareValues(timeKey(a.createdAtMs), timeKey(b.createdAtMs));
    case JobTableModel::UpdatedColumn:
        return compareValues(timeKey(a.updatedAtMs), timeKey(b.updatedAtMs));
    case JobTableModel::FinishedColumn:
        return compareValues(timeKey(a.finishedAtMs), timeKey(b.finishedAtMs));
    case JobTableModel::DurationColumn:
        return compareValues(a.durationMs(nowMs), b.durationMs(nowMs));
    case JobTableModel::ErrorColumn:
        return compareText(a.errorMessage, b.errorMessage);
    case JobTableModel::DomainColumn:
        return compareText(a.domainId, b.domainId);
    default:
        return 0;
    }
}
} // namespace

JobFilterProxyModel::JobFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    // lessThan reads the jobs directly; the role only tells dataChanged which changes re-sort.
    setSortRole(JobTableModel::RawValueRole);
}

JobFilterProxyModel::~JobFilterProxyModel() = default;

void JobFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_jobs = qobject_cast<JobTableModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

template <typename Change> void JobFilterProxyModel::changeFilter(Change change)
{
    JobFilter next = m_filter;
    change(next);
    if (next == m_filter)
        return;
    m_filter = std::move(next);
    // Rows only: the sort order of the rows that stay is unaffected by a filter change.
    invalidateRowsFilter();
    emit filterChanged(m_filter);
}

void JobFilterProxyModel::setFilter(const JobFilter &filter)
{
    changeFilter([&filter](JobFilter &f) { f = filter; });
}

void JobFilterProxyModel::setStatuses(const QList<JobStatus> &statuses)
{
    // JobFilter keeps statuses in display order, so the same set ticked in another order is
    // no change.
    QList<JobStatus> ordered;
    for (JobStatus status : JobStatuses::kKnown) {
        if (statuses.contains(status))
            ordered.append(status);
    }
    if (statuses.contains(JobStatus::Unknown))
        ordered.append(JobStatus::Unknown);
    changeFilter([&ordered](JobFilter &f) { f.statuses = ordered; });
}

void JobFilterProxyModel::setWorkspaceId(const QString &workspaceId)
{
    changeFilter([&workspaceId](JobFilter &f) { f.workspaceId = workspaceId; });
}

void JobFilterProxyModel::setTrustedAccountId(const QString &trustedAccountId)
{
    changeFilter([&trustedAccountId](JobFilter &f) { f.trustedAccountId = trustedAccountId; });
}

void JobFilterProxyModel::setPluginId(const QString &pluginId)
{
    changeFilter([&pluginId](JobFilter &f) { f.pluginId = pluginId; });
}

void JobFilterProxyModel::setText(const QString &text)
{
    changeFilter([&text](JobFilter &f) { f.text = text; });
}

void JobFilterProxyModel::setStuckOnly(bool stuckOnly)
{
    changeFilter([stuckOnly](JobFilter &f) { f.stuckOnly = stuckOnly; });
}

void JobFilterProxyModel::setStuckThresholdMs(qint64 thresholdMs)
{
    changeFilter([thresholdMs](JobFilter &f) { f.stuckThresholdMs = thresholdMs; });
}

void JobFilterProxyModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshStuck();
}

qint64 JobFilterProxyModel::nowMs() const
{
    if (m_clock)
        return m_clock();
    return m_jobs ? m_jobs->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void JobFilterProxyModel::refreshStuck()
{
    if (m_filter.stuckOnly)
        invalidateRowsFilter();
}

const Job *JobFilterProxyModel::jobAt(const QModelIndex &proxyIndex) const
{
    if (!m_jobs || !proxyIndex.isValid() || proxyIndex.model() != this)
        return nullptr;
    return m_jobs->jobAt(mapToSource(proxyIndex).row());
}

QStringList JobFilterProxyModel::jobIds(const QModelIndexList &proxyIndexes) const
{
    QStringList ids;
    for (const QModelIndex &index : proxyIndexes) {
        const Job *job = jobAt(index);
        if (job && !ids.contains(job->jobId))
            ids.append(job->jobId);
    }
    return ids;
}

bool JobFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_jobs)
        return false;
    const Job *job = m_jobs->jobAt(sourceRow);
    // The clock is read only when it matters: a filter pass over 100,000 rows must stay cheap.
    return job && m_filter.matches(*job, m_filter.stuckOnly ? nowMs() : 0);
}

bool JobFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Job *a = m_jobs ? m_jobs->jobAt(left.row()) : nullptr;
    const Job *b = m_jobs ? m_jobs->jobAt(right.row()) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    const int byColumn
        = compareColumn(*a, *b, left.column(), left.column() == JobTableModel::DurationColumn ? nowMs() : 0);
    if (byColumn != 0)
        return byColumn < 0;
    // Equal keys are ordered by id, never left to the sort's mercy, so they cannot swap places
    // from one poll to the next.
    return a->jobId < b->jobId;
}
