// SPDX-License-Identifier: MIT
#include "jobtablemodel.h"

#include "jobcelltext.h"
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
} // namespace

namespace {
constexpr quint32 bit(JobTableModel::Column column)
{
    return 1u << column;
}
constexpr quint32 kAllColumns = (1u << JobTableModel::ColumnCount) - 1;
} // namespace

JobTableModel::JobTableModel(QObject *parent)
    : JobTableModel(std::make_shared<JobSet>(), parent)
{ }

JobTableModel::JobTableModel(std::shared_ptr<JobSet> jobs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_set(jobs ? std::move(jobs) : std::make_shared<JobSet>())
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
    m_set->forEach([this](int slot) {
        if (m_set->isActive(slot))
            m_activeSlots.insert(slot);
    });
    m_set->addObserver(this);
}

JobTableModel::~JobTableModel()
{
    m_set->removeObserver(this);
}

quint32 JobTableModel::changedColumns(const Job &before, const Job &after)
{
    // A status change repaints the whole row: views tint rows by status and by "stuck".
    if (before.status != after.status || before.rawStatus != after.rawStatus)
        return kAllColumns;
    quint32 columns = 0;
    if (before.jobId != after.jobId)
        columns |= bit(JobIdColumn);
    if (before.workspaceId != after.workspaceId)
        columns |= bit(WorkspaceColumn);
    if (before.trustedAccountId != after.trustedAccountId)
        columns |= bit(TrustedAccountColumn);
    if (before.pluginId != after.pluginId)
        columns |= bit(PluginColumn);
    if (before.resourceGroup != after.resourceGroup || before.rawResourceGroup != after.rawResourceGroup)
        columns |= bit(ResourceGroupColumn);
    if (before.createdAtMs != after.createdAtMs)
        columns |= bit(CreatedColumn) | bit(DurationColumn);
    if (before.updatedAtMs != after.updatedAtMs)
        columns |= bit(UpdatedColumn);
    if (before.finishedAtMs != after.finishedAtMs)
        columns |= bit(FinishedColumn) | bit(DurationColumn);
    if (before.errorMessage != after.errorMessage)
        columns |= bit(ErrorColumn);
    if (before.domainId != after.domainId)
        columns |= bit(DomainColumn);
    return columns;
}

bool JobTableModel::isHiddenByDefault(Column column)
{
    return column == DomainColumn;
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_set->size();
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return dataOfSlot(m_set->slotAt(index.row()), index.column(), role);
}

// A view asks for the cells of a row one after another: the row's job is read once for all of them.
const Job &JobTableModel::jobOfSlot(int slot) const
{
    if (slot != m_jobSlot || m_set->generation() != m_jobGeneration) {
        m_job = m_set->job(slot);
        m_jobSlot = slot;
        m_jobGeneration = m_set->generation();
    }
    return m_job;
}

QVariant JobTableModel::dataOfSlot(int slot, int column, int role) const
{
    // Views ask for many roles per cell; only the ones with an answer build the Job value.
    switch (role) {
    case Qt::TextAlignmentRole:
        return column == DurationColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                        : int(Qt::AlignLeft | Qt::AlignVCenter);
    case JobStatusRole:
        return int(m_set->status(slot));
    case JobIdRole:
        return m_set->jobId(slot);
    case StuckRole:
        return JobFilter::isStuck(m_set->status(slot), m_set->updatedAtMs(slot), m_set->createdAtMs(slot), m_nowMs,
                                  m_stuckThresholdMs);
    case Qt::DisplayRole:
    case RawValueRole:
    case Qt::ToolTipRole:
    case JobRole:
    case RelativeTimeRole:
        return dataOf(jobOfSlot(slot), column, role);
    default:
        return {};
    }
}

QVariant JobTableModel::dataOf(const Job &job, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return cellText().display(job, column);
    case RawValueRole:
        return cellText().raw(job, column);
    case Qt::ToolTipRole:
        return cellText().toolTip(job, column);
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
        return JobCellText::isTimeColumn(column)
            ? QVariant(JobFormat::relativeTime(JobCellText::timeOf(job, column), m_nowMs))
            : QVariant();
    default:
        return {};
    }
}

JobCellText JobTableModel::cellText() const
{
    return JobCellText(m_names, m_nowMs, m_stuckThresholdMs, m_relativeTimes);
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == DurationColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                         : int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::DisplayRole)
        return headerText(Column(section), false);
    if (role != Qt::ToolTipRole)
        return {};
    const QString tip = headerText(Column(section), true);
    if (!m_windowed)
        return tip;
    // More jobs match than are loaded: say what a click on this header sorts.
    const QString where = serverOrderFor(section, Qt::AscendingOrder)
        ? tr("Sorting by this column asks the server for its order and reloads the window.")
        : tr("The server cannot sort by this column: sorting it orders only the loaded jobs.");
    return QStringLiteral("%1\n%2").arg(tip, where);
}

QString JobTableModel::headerText(Column column, bool tip) const
{
    switch (column) {
    case StatusColumn:
        return tip ? tr("Job state; unknown values from the server are shown as received") : tr("Status");
    case JobIdColumn:
        return tip ? tr("Job id (job_id)") : tr("Job ID");
    case WorkspaceColumn:
        return tip ? tr("Workspace (its id in the tooltip); \"Global (domain)\" for domain-level jobs")
                   : tr("Workspace");
    case TrustedAccountColumn:
        return tip ? tr("Trusted account whose resources the job synchronizes (its id in the tooltip)")
                   : tr("Trusted account");
    case PluginColumn:
        return tip ? tr("Collector plugin that ran the job (its id in the tooltip)") : tr("Plugin");
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

std::optional<JobOrder> JobTableModel::serverOrderFor(int column, Qt::SortOrder order)
{
    const bool descending = order == Qt::DescendingOrder;
    switch (column) {
    case StatusColumn:
        return JobOrder(JobOrder::Field::Status, descending);
    case JobIdColumn:
        return JobOrder(JobOrder::Field::JobId, descending);
    case WorkspaceColumn:
        return JobOrder(JobOrder::Field::WorkspaceId, descending);
    case TrustedAccountColumn:
        return JobOrder(JobOrder::Field::TrustedAccountId, descending);
    case PluginColumn:
        return JobOrder(JobOrder::Field::PluginId, descending);
    case ResourceGroupColumn:
        return JobOrder(JobOrder::Field::ResourceGroup, descending);
    case CreatedColumn:
        return JobOrder(JobOrder::Field::CreatedAt, descending);
    case UpdatedColumn:
        return JobOrder(JobOrder::Field::UpdatedAt, descending);
    case FinishedColumn:
        return JobOrder(JobOrder::Field::FinishedAt, descending);
    case ErrorColumn:
        return JobOrder(JobOrder::Field::ErrorMessage, descending);
    case DomainColumn:
        return JobOrder(JobOrder::Field::DomainId, descending);
    default:
        // The duration is computed here from two times (and the clock, while a job runs).
        return std::nullopt;
    }
}

void JobTableModel::setWindowed(bool windowed)
{
    if (windowed == m_windowed)
        return;
    m_windowed = windowed;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void JobTableModel::setMoreOnServer(bool more)
{
    m_moreOnServer = more;
}

bool JobTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreOnServer;
}

void JobTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && m_moreOnServer)
        emit moreRequested();
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
    m_set->replaceAll(std::move(fresh));
}

void JobTableModel::resetForNewConnection()
{
    m_set->clear();
}

void JobTableModel::removeJobs(const QStringList &ids)
{
    m_set->forget(ids, kRemovedPollGrace);
}

std::optional<Job> JobTableModel::jobAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_set->job(m_set->slotAt(row));
}

int JobTableModel::rowForId(const QString &id) const
{
    const int slot = m_set->slotOf(id);
    return slot < 0 ? -1 : m_set->rowOf(slot);
}

void JobTableModel::batchStarted(int expectedChanges)
{
    m_batchRemoved = 0;
    m_batchUpdated = 0;
    m_batchAdded = 0;
    m_activeBefore = activeCount();
    emit batchAboutToBeApplied(expectedChanges);
}

void JobTableModel::batchFinished()
{
    ++m_generation;
    emit batchApplied();
    emit pollApplied(m_batchRemoved, m_batchUpdated, m_batchAdded);
    if (activeCount() != m_activeBefore)
        emit activeCountChanged(activeCount());
}

void JobTableModel::jobsAboutToBeInserted(int firstSlot, int lastSlot)
{
    const int row = m_set->rowOf(firstSlot);
    beginInsertRows(QModelIndex(), row, row + lastSlot - firstSlot);
}

void JobTableModel::jobsInserted(int firstSlot, int lastSlot)
{
    for (int slot = firstSlot; slot <= lastSlot; ++slot) {
        if (m_set->isActive(slot))
            m_activeSlots.insert(slot);
    }
    m_batchAdded += lastSlot - firstSlot + 1;
    endInsertRows();
    requestNames(firstSlot, lastSlot);
}

void JobTableModel::jobsAboutToBeRemoved(const std::vector<int> &removed)
{
    const int row = m_set->rowOf(removed.front());
    beginRemoveRows(QModelIndex(), row, row + int(removed.size()) - 1);
    for (int slot : removed)
        m_activeSlots.erase(slot);
}

void JobTableModel::jobsRemoved(const std::vector<int> &removed)
{
    m_batchRemoved += int(removed.size());
    endRemoveRows();
}

void JobTableModel::jobAboutToChange(int slot, const Job &next)
{
    m_pendingColumns = changedColumns(jobOfSlot(slot), next);
    if (next.isActive())
        m_activeSlots.insert(slot);
    else
        m_activeSlots.erase(slot);
}

void JobTableModel::jobChanged(int slot)
{
    ++m_batchUpdated;
    emitChangedCells(m_set->rowOf(slot), m_pendingColumns);
    if (m_pendingColumns & (bit(WorkspaceColumn) | bit(TrustedAccountColumn) | bit(PluginColumn)))
        requestNames(slot, slot);
}

void JobTableModel::aboutToReset()
{
    beginResetModel();
}

void JobTableModel::wasReset()
{
    const bool hadActive = !m_activeSlots.empty();
    m_activeSlots.clear();
    ++m_generation;
    for (auto &asked : m_namesAsked)
        asked.clear();
    endResetModel();
    if (hadActive)
        emit activeCountChanged(0);
}

void JobTableModel::emitChangedCells(int row, quint32 columns)
{
    if (columns == 0) {
        // Only fields no column shows (options) changed: tell JobRole readers.
        emit dataChanged(index(row, JobIdColumn), index(row, JobIdColumn), { JobRole });
        return;
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
        emit dataChanged(index(row, column), index(row, last));
        column = last + 1;
    }
}

void JobTableModel::tick(qint64 nowMs)
{
    const qint64 before = m_nowMs;
    m_nowMs = nowMs;
    const int count = rowCount();
    if (count == 0 || before == nowMs)
        return;
    const bool refreshRelative = m_relativeTimes && before / kRelativeRefreshMs != nowMs / kRelativeRefreshMs;
    if (!refreshRelative && m_activeSlots.empty())
        return;
    emit batchAboutToBeApplied(refreshRelative ? count : int(m_activeSlots.size()));
    // Relative times read in minutes: refreshing them twice a minute is enough, and spares a
    // proxy sorted by a time column from re-sorting every row on every tick.
    if (refreshRelative)
        emit dataChanged(index(0, CreatedColumn), index(count - 1, FinishedColumn),
                         { Qt::DisplayRole, Qt::ToolTipRole, RelativeTimeRole });
    // Only active jobs have a running duration or can become stuck: the walk is over them,
    // in row order, never over every row.
    const QList<int> durationRoles{ Qt::DisplayRole, RawValueRole, Qt::ToolTipRole };
    const QList<int> stuckRoles{ StuckRole, Qt::ToolTipRole };
    int runStart = -1;
    int runEnd = -1;
    for (int slot : m_activeSlots) {
        const int row = m_set->rowOf(slot);
        const qint64 updated = m_set->updatedAtMs(slot);
        const qint64 created = m_set->createdAtMs(slot);
        const JobStatus status = m_set->status(slot);
        if (JobFilter::isStuck(status, updated, created, before, m_stuckThresholdMs)
            != JobFilter::isStuck(status, updated, created, nowMs, m_stuckThresholdMs))
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), stuckRoles);
        if (runStart >= 0 && row == runEnd + 1) {
            runEnd = row;
            continue;
        }
        if (runStart >= 0)
            emit dataChanged(index(runStart, DurationColumn), index(runEnd, DurationColumn), durationRoles);
        runStart = runEnd = row;
    }
    if (runStart >= 0)
        emit dataChanged(index(runStart, DurationColumn), index(runEnd, DurationColumn), durationRoles);
    emit batchApplied();
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
