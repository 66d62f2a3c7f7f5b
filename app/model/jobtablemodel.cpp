// SPDX-License-Identifier: MIT
#include "jobtablemodel.h"

#include "jobdiffbuilder.h"
#include "jobformat.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <iterator>

namespace {
// How many polls may still list a job the user deleted before it is shown again: enough for
// replies already in flight, few enough that a delete the server refused does not hide a job.
constexpr int kRemovedPollGrace = 3;
constexpr qint64 kRelativeRefreshMs = 30 * 1000;

bool isTimeColumn(int column)
{
    return column == JobTableModel::CreatedColumn || column == JobTableModel::UpdatedColumn
        || column == JobTableModel::FinishedColumn;
}

qint64 timeOf(const Job &job, int column)
{
    switch (column) {
    case JobTableModel::CreatedColumn:
        return job.createdAtMs;
    case JobTableModel::UpdatedColumn:
        return job.updatedAtMs;
    case JobTableModel::FinishedColumn:
        return job.finishedAtMs;
    default:
        return JobTime::kNone;
    }
}

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end);
}
} // namespace

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_rows(std::make_shared<std::vector<Job>>())
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{ }

JobTableModel::~JobTableModel() = default;

bool JobTableModel::isHiddenByDefault(Column column)
{
    return column == DomainColumn;
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows->size()) - m_gapSize;
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = physical(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(job, column);
    case RawValueRole:
        return rawValue(job, column);
    case Qt::ToolTipRole:
        return toolTip(job, column);
    case Qt::TextAlignmentRole:
        return column == DurationColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                        : int(Qt::AlignLeft | Qt::AlignVCenter);
    case JobStatusRole:
        return int(job.status);
    case JobIdRole:
        return job.jobId;
    case StuckRole:
        return JobFilter::isStuck(job, m_nowMs, m_stuckThresholdMs);
    case JobRole:
        return QVariant::fromValue(job);
    case RelativeTimeRole:
        return isTimeColumn(column) ? QVariant(JobFormat::relativeTime(timeOf(job, column), m_nowMs)) : QVariant();
    default:
        return {};
    }
}

QVariant JobTableModel::displayValue(const Job &job, int column) const
{
    switch (column) {
    case StatusColumn:
        return job.statusLabel();
    case JobIdColumn:
        return job.jobId;
    case WorkspaceColumn:
        return job.isDomainLevel() ? tr("Global (domain)") : job.workspaceId;
    case TrustedAccountColumn:
        return job.trustedAccountId;
    case PluginColumn:
        return job.pluginId;
    case ResourceGroupColumn:
        return job.resourceGroup == ResourceGroup::Unknown ? job.rawResourceGroup
                                                           : ResourceGroups::label(job.resourceGroup);
    case CreatedColumn:
    case UpdatedColumn:
    case FinishedColumn:
        return m_relativeTimes ? JobFormat::relativeTime(timeOf(job, column), m_nowMs)
                               : JobFormat::localDateTime(timeOf(job, column));
    case DurationColumn:
        return JobFormat::duration(job.durationMs(m_nowMs));
    case ErrorColumn:
        // Tracebacks span many lines; a table row shows the first, the tooltip the rest.
        return firstLine(job.errorMessage);
    case DomainColumn:
        return job.domainId;
    default:
        return {};
    }
}

QVariant JobTableModel::rawValue(const Job &job, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(job.status);
    case CreatedColumn:
    case UpdatedColumn:
    case FinishedColumn: {
        const qint64 ms = timeOf(job, column);
        return ms == JobTime::kNone ? QVariant() : QVariant(ms);
    }
    case DurationColumn: {
        const qint64 ms = job.durationMs(m_nowMs);
        return ms < 0 ? QVariant() : QVariant(ms);
    }
    case ResourceGroupColumn:
        return job.resourceGroupText();
    case JobIdColumn:
        return job.jobId;
    case WorkspaceColumn:
        return job.workspaceId;
    case TrustedAccountColumn:
        return job.trustedAccountId;
    case PluginColumn:
        return job.pluginId;
    case ErrorColumn:
        return job.errorMessage;
    case DomainColumn:
        return job.domainId;
    default:
        return {};
    }
}

QVariant JobTableModel::toolTip(const Job &job, int column) const
{
    switch (column) {
    case StatusColumn: {
        QString tip = job.status == JobStatus::Unknown && !job.rawStatus.isEmpty()
            ? tr("Status \"%1\" is not one the server defines").arg(job.rawStatus)
            : job.statusLabel();
        if (JobFilter::isStuck(job, m_nowMs, m_stuckThresholdMs)) {
            const qint64 since = job.updatedAtMs != JobTime::kNone ? job.updatedAtMs : job.createdAtMs;
            tip += QLatin1Char('\n')
                + tr("No progress for %1: probably stuck").arg(JobFormat::duration(m_nowMs - since));
        }
        return tip;
    }
    case WorkspaceColumn:
        return job.isDomainLevel() ? tr("Domain-level job (workspace_id \"*\")") : job.workspaceId;
    case CreatedColumn:
    case UpdatedColumn:
    case FinishedColumn: {
        const qint64 ms = timeOf(job, column);
        if (ms == JobTime::kNone)
            return column == FinishedColumn && job.isActive() ? tr("Not finished yet") : QVariant();
        return JobFormat::localDateTime(ms) + QLatin1Char('\n') + JobFormat::utcDateTime(ms) + QLatin1Char('\n')
            + JobFormat::relativeTime(ms, m_nowMs);
    }
    case DurationColumn: {
        const qint64 ms = job.durationMs(m_nowMs);
        if (ms < 0)
            return {};
        return job.isActive() ? tr("Running for %1").arg(JobFormat::duration(ms))
                              : tr("Ran for %1").arg(JobFormat::duration(ms));
    }
    case ResourceGroupColumn:
        return job.resourceGroupText();
    case ErrorColumn:
        return job.errorMessage.isEmpty() ? QVariant() : QVariant(job.errorMessage);
    default:
        return displayValue(job, column);
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == DurationColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                         : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case StatusColumn:
        return tip ? tr("Job state; unknown values from the server are shown as received") : tr("Status");
    case JobIdColumn:
        return tip ? tr("Job id (job_id)") : tr("Job ID");
    case WorkspaceColumn:
        return tip ? tr("Workspace id; \"Global (domain)\" for domain-level jobs") : tr("Workspace");
    case TrustedAccountColumn:
        return tip ? tr("Trusted account whose resources the job synchronizes") : tr("Trusted account");
    case PluginColumn:
        return tip ? tr("Collector plugin that ran the job") : tr("Plugin");
    case ResourceGroupColumn:
        return tip ? tr("Scope of the trusted account: domain or workspace") : tr("Scope");
    case CreatedColumn:
        return tip ? tr("When the job was created (local time)") : tr("Created");
    case UpdatedColumn:
        return tip ? tr("Last state change (local time)") : tr("Updated");
    case FinishedColumn:
        return tip ? tr("When the job ended (local time); empty while it runs") : tr("Finished");
    case DurationColumn:
        return tip ? tr("Run time; counts up live for pending and running jobs") : tr("Duration");
    case ErrorColumn:
        return tip ? tr("Error message of a failed job; hover a cell for the full text") : tr("Error");
    case DomainColumn:
        return tip ? tr("Domain id") : tr("Domain");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> JobTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(JobStatusRole, "jobStatus");
    names.insert(JobIdRole, "jobId");
    names.insert(StuckRole, "stuck");
    names.insert(JobRole, "job");
    names.insert(RelativeTimeRole, "relativeTime");
    return names;
}

void JobTableModel::applySnapshot(std::vector<Job> fresh)
{
    // Two statements on purpose: the snapshot must be released before applyDiff, or the
    // rows it shares would be copied.
    JobModelDiff diff = JobDiffBuilder::build(snapshot(), std::move(fresh));
    applyDiff(std::move(diff));
}

JobModelSnapshot JobTableModel::snapshot() const
{
    Q_ASSERT(m_gapSize == 0);
    JobModelSnapshot s;
    s.rows = m_rows;
    s.rowById = m_rowById;
    s.recentlyRemoved = m_recentlyRemoved;
    s.epoch = m_epoch;
    s.generation = m_generation;
    return s;
}

JobTableModel::ApplyResult JobTableModel::applyDiff(JobModelDiff diff)
{
    if (!diff.prepared || diff.epoch != m_epoch || diff.baseGeneration > m_generation)
        return ApplyResult::Rejected;
    ApplyResult result = ApplyResult::Applied;
    if (diff.baseGeneration != m_generation) {
        // Older than a poll already shown: applying it would bring back stale rows.
        if (diff.baseGeneration < m_lastPollGeneration)
            return ApplyResult::Rejected;
        rebase(&diff);
        result = ApplyResult::Rebased;
    }

    detachRows();
    const int removed = diff.removedCount();
    removeRuns(diff.removedRuns);
    if (result == ApplyResult::Rebased)
        rebuildIndex(0);
    else
        m_rowById = std::move(diff.rowById);
    emitRowUpdates(diff.updates);

    if (!diff.appended.empty()) {
        std::vector<Job> &rows = *m_rows;
        const int first = int(rows.size());
        beginInsertRows(QModelIndex(), first, first + int(diff.appended.size()) - 1);
        rows.insert(rows.end(), std::make_move_iterator(diff.appended.begin()),
                    std::make_move_iterator(diff.appended.end()));
        endInsertRows();
        if (result == ApplyResult::Rebased)
            rebuildIndex(first);
    }

    for (const QString &id : std::as_const(diff.confirmedRemoved))
        m_recentlyRemoved.remove(id);
    for (const QString &id : std::as_const(diff.stillListed)) {
        const auto it = m_recentlyRemoved.find(id);
        if (it != m_recentlyRemoved.end() && --*it <= 0)
            m_recentlyRemoved.erase(it);
    }

    ++m_generation;
    m_lastPollGeneration = m_generation;
    if (result == ApplyResult::Rebased) {
        const std::vector<Job> &rows = *m_rows;
        setActiveCount(int(std::count_if(rows.begin(), rows.end(), [](const Job &job) { return job.isActive(); })));
    } else {
        setActiveCount(diff.activeCount);
    }
    emit pollApplied(removed, int(diff.updates.size()), int(diff.appended.size()));
    return result;
}

void JobTableModel::rebase(JobModelDiff *diff)
{
    // Only local deletes happened since the diff was prepared: re-target it by id.
    std::vector<int> removedRows;
    removedRows.reserve(size_t(diff->removedIds.size()));
    for (const QString &id : std::as_const(diff->removedIds)) {
        const int row = rowForId(id);
        if (row >= 0)
            removedRows.push_back(row);
    }
    std::sort(removedRows.begin(), removedRows.end());
    removedRows.erase(std::unique(removedRows.begin(), removedRows.end()), removedRows.end());
    diff->removedRuns.clear();
    for (int row : removedRows) {
        if (!diff->removedRuns.empty() && diff->removedRuns.back().second == row - 1)
            diff->removedRuns.back().second = row;
        else
            diff->removedRuns.emplace_back(row, row);
    }

    std::vector<JobModelDiff::RowUpdate> updates;
    updates.reserve(diff->updates.size());
    for (JobModelDiff::RowUpdate &update : diff->updates) {
        const int row = rowForId(update.job.jobId);
        if (row < 0)
            continue;
        const auto before = std::lower_bound(removedRows.begin(), removedRows.end(), row);
        update.row = row - int(before - removedRows.begin());
        updates.push_back(std::move(update));
    }
    diff->updates = std::move(updates);

    diff->appended.erase(std::remove_if(diff->appended.begin(), diff->appended.end(),
                                        [this](const Job &job) {
                                            return m_rowById.contains(job.jobId)
                                                || m_recentlyRemoved.contains(job.jobId);
                                        }),
                         diff->appended.end());
    diff->rowById.clear();
}

void JobTableModel::detachRows()
{
    // A worker still reads the rows through a snapshot: give it the old vector, change a copy.
    if (m_rows.use_count() > 1)
        m_rows = std::make_shared<std::vector<Job>>(*m_rows);
}

void JobTableModel::removeRuns(const std::vector<std::pair<int, int>> &runs)
{
    if (runs.empty())
        return;
    // One pass over the vector for all runs. Rows between runs are moved down into the hole
    // just before each run is signalled, so every signal sees a consistent table.
    std::vector<Job> &rows = *m_rows;
    const int total = int(rows.size());
    int write = runs.front().first;
    int read = write;
    for (const auto &run : runs) {
        for (; read < run.first; ++read)
            rows[size_t(write++)] = std::move(rows[size_t(read)]);
        m_gapStart = write;
        m_gapSize = run.first - write;
        beginRemoveRows(QModelIndex(), write, write + run.second - run.first);
        m_gapSize += run.second - run.first + 1;
        endRemoveRows();
        read = run.second + 1;
    }
    for (; read < total; ++read)
        rows[size_t(write++)] = std::move(rows[size_t(read)]);
    rows.erase(rows.begin() + write, rows.end());
    m_gapStart = 0;
    m_gapSize = 0;
}

void JobTableModel::emitRowUpdates(std::vector<JobModelDiff::RowUpdate> &updates)
{
    if (updates.empty())
        return;
    std::vector<Job> &rows = *m_rows;
    if (updates.size() * 2 > rows.size()) {
        // Save the overhead of many signals when most of the table changed anyway.
        for (JobModelDiff::RowUpdate &update : updates)
            rows[size_t(update.row)] = std::move(update.job);
        emit dataChanged(index(0, 0), index(int(rows.size()) - 1, ColumnCount - 1));
        return;
    }
    size_t i = 0;
    while (i < updates.size()) {
        // Neighbouring rows with the same changed cells share one signal.
        size_t end = i + 1;
        while (end < updates.size() && updates[end].row == updates[end - 1].row + 1
               && updates[end].columns == updates[i].columns)
            ++end;
        for (size_t k = i; k < end; ++k)
            rows[size_t(updates[k].row)] = std::move(updates[k].job);
        const int firstRow = updates[i].row;
        const int lastRow = updates[end - 1].row;
        const quint32 columns = updates[i].columns;
        if (columns == 0) {
            // Only fields no column shows (options) changed: tell JobRole readers.
            emit dataChanged(index(firstRow, JobIdColumn), index(lastRow, JobIdColumn), { JobRole });
        }
        int column = 0;
        while (column < ColumnCount) {
            if (!(columns & (1u << column))) {
                ++column;
                continue;
            }
            int last = column;
            while (last + 1 < ColumnCount && (columns & (1u << (last + 1))))
                ++last;
            emit dataChanged(index(firstRow, column), index(lastRow, last));
            column = last + 1;
        }
        i = end;
    }
}

void JobTableModel::rebuildIndex(int fromRow)
{
    const int count = rowCount();
    if (fromRow == 0) {
        m_rowById.clear();
        m_rowById.reserve(count);
    }
    for (int row = fromRow; row < count; ++row)
        m_rowById.insert(physical(row).jobId, row);
}

void JobTableModel::setActiveCount(int count)
{
    if (m_activeCount == count)
        return;
    m_activeCount = count;
    emit activeCountChanged(count);
}

void JobTableModel::resetForNewConnection()
{
    beginResetModel();
    // A worker may still hold the old rows; it keeps its own reference.
    m_rows = std::make_shared<std::vector<Job>>();
    m_rowById.clear();
    m_recentlyRemoved.clear();
    m_gapStart = 0;
    m_gapSize = 0;
    ++m_epoch;
    ++m_generation;
    m_lastPollGeneration = m_generation;
    endResetModel();
    setActiveCount(0);
}

void JobTableModel::removeJobs(const QStringList &ids)
{
    std::vector<int> rows;
    rows.reserve(size_t(ids.size()));
    int activeRemoved = 0;
    for (const QString &id : ids) {
        const int row = rowForId(id);
        if (row < 0)
            continue;
        rows.push_back(row);
        m_recentlyRemoved.insert(id, kRemovedPollGrace);
    }
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::vector<std::pair<int, int>> runs;
    for (int row : rows) {
        if (physical(row).isActive())
            ++activeRemoved;
        m_rowById.remove(physical(row).jobId);
        if (!runs.empty() && runs.back().second == row - 1)
            runs.back().second = row;
        else
            runs.emplace_back(row, row);
    }
    detachRows();
    removeRuns(runs);
    rebuildIndex(rows.front());
    ++m_generation;
    setActiveCount(m_activeCount - activeRemoved);
}

const Job *JobTableModel::jobAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &physical(row);
}

int JobTableModel::rowForId(const QString &id) const
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.constEnd())
        return -1;
    const int row = *it;
    // While a diff is being applied the index already describes the end state; a row that has
    // not reached its new place yet is reported as absent rather than as the wrong row.
    if (row < 0 || row >= rowCount() || physical(row).jobId != id)
        return -1;
    return row;
}

void JobTableModel::tick(qint64 nowMs)
{
    const qint64 before = m_nowMs;
    m_nowMs = nowMs;
    const int count = rowCount();
    if (count == 0 || before == nowMs)
        return;
    // Relative times read in minutes: refreshing them twice a minute is enough, and spares a
    // proxy sorted by a time column from re-sorting every row on every tick.
    if (m_relativeTimes && before / kRelativeRefreshMs != nowMs / kRelativeRefreshMs)
        emit dataChanged(index(0, CreatedColumn), index(count - 1, FinishedColumn),
                         { Qt::DisplayRole, Qt::ToolTipRole, RelativeTimeRole });
    const QList<int> durationRoles{ Qt::DisplayRole, RawValueRole, Qt::ToolTipRole };
    const QList<int> stuckRoles{ StuckRole, Qt::ToolTipRole };
    int runStart = -1;
    for (int row = 0; row <= count; ++row) {
        const Job *job = row < count ? &physical(row) : nullptr;
        const bool active = job && job->isActive();
        if (active) {
            if (runStart < 0)
                runStart = row;
            if (JobFilter::isStuck(*job, before, m_stuckThresholdMs)
                != JobFilter::isStuck(*job, nowMs, m_stuckThresholdMs))
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1), stuckRoles);
            continue;
        }
        if (runStart >= 0) {
            emit dataChanged(index(runStart, DurationColumn), index(row - 1, DurationColumn), durationRoles);
            runStart = -1;
        }
    }
}

void JobTableModel::setLiveUpdateInterval(int intervalMs)
{
    if (intervalMs <= 0) {
        if (m_liveTimer)
            m_liveTimer->stop();
        return;
    }
    if (!m_liveTimer) {
        m_liveTimer = new QTimer(this);
        connect(m_liveTimer, &QTimer::timeout, this, [this] { tick(QDateTime::currentMSecsSinceEpoch()); });
    }
    m_liveTimer->start(intervalMs);
}

void JobTableModel::setStuckThresholdMs(qint64 thresholdMs)
{
    if (m_stuckThresholdMs == thresholdMs)
        return;
    m_stuckThresholdMs = thresholdMs;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { StuckRole, Qt::ToolTipRole });
}

void JobTableModel::setRelativeTimes(bool relative)
{
    if (m_relativeTimes == relative)
        return;
    m_relativeTimes = relative;
    if (rowCount() > 0)
        emit dataChanged(index(0, CreatedColumn), index(rowCount() - 1, FinishedColumn), { Qt::DisplayRole });
}
