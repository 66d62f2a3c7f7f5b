// SPDX-License-Identifier: MIT
#include "jobfilterproxymodel.h"

#include "jobslotmatcher.h"
#include "jobslotorder.h"
#include "jobslotsorter.h"
#include "jobtablemodel.h"
#include "jobtext.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

JobFilterProxyModel::JobFilterProxyModel(QObject *parent)
    : JobSlotProxyModel(parent)
{ }

JobFilterProxyModel::~JobFilterProxyModel() = default;

void JobFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    if (m_jobs)
        disconnect(m_jobs, nullptr, this, nullptr);
    m_jobs = qobject_cast<JobTableModel *>(sourceModel);
    QAbstractProxyModel::setSourceModel(m_jobs);
    m_dirty.clear();
    m_inBatch = false;
    if (m_jobs) {
        connect(m_jobs, &QAbstractItemModel::rowsInserted, this, &JobFilterProxyModel::onRowsInserted);
        connect(m_jobs, &QAbstractItemModel::rowsAboutToBeRemoved, this, &JobFilterProxyModel::onRowsAboutToBeRemoved);
        connect(m_jobs, &QAbstractItemModel::dataChanged, this, &JobFilterProxyModel::onDataChanged);
        connect(m_jobs, &JobTableModel::batchAboutToBeApplied, this, &JobFilterProxyModel::onBatchAboutToBeApplied);
        connect(m_jobs, &JobTableModel::batchApplied, this, &JobFilterProxyModel::onBatchApplied);
        connect(m_jobs, &QAbstractItemModel::modelAboutToBeReset, this, &JobFilterProxyModel::beginResetModel);
        connect(m_jobs, &QAbstractItemModel::modelReset, this, [this] {
            m_dirty.clear();
            m_inBatch = false;
            rebuild();
            endResetModel();
        });
        connect(m_jobs, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { openLayout(); });
        connect(m_jobs, &QAbstractItemModel::layoutChanged, this, [this] {
            rebuild();
            closeLayout();
        });
        connect(m_jobs, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        connect(m_jobs, &JobTableModel::namesChanged, this, &JobFilterProxyModel::onNamesChanged);
    }
    rebuild();
    endResetModel();
}

bool JobFilterProxyModel::accepts(int slot) const
{
    // The clock is read only when it matters: a filter pass over 100,000 rows must stay cheap.
    return JobSlotMatcher(m_filter, *m_jobs->jobSet(), m_filter.stuckOnly ? nowMs() : 0, false, &m_jobs->names())
        .matches(slot);
}

JobSlotMatcher JobFilterProxyModel::passMatcher() const
{
    return JobSlotMatcher(m_filter, *m_jobs->jobSet(), m_filter.stuckOnly ? nowMs() : 0, true, &m_jobs->names());
}

bool JobFilterProxyModel::before(int a, int b) const
{
    if (m_serverOrder) {
        const int byServer = JobSlotOrder(*m_serverOrder, *m_jobs->jobSet()).compare(a, b);
        return byServer != 0 ? byServer < 0 : a < b;
    }
    if (m_sortColumn < 0)
        return a < b; // the source's order: rows are slots in slot order
    const JobSet &set = *m_jobs->jobSet();
    int byColumn = JobSlotSorter::compareColumn(
        set, a, b, m_sortColumn, m_sortColumn == JobTableModel::DurationColumn ? nowMs() : 0, &m_jobs->names());
    // Equal keys are ordered by id, never left to chance, so they cannot swap places from one
    // poll to the next.
    if (byColumn == 0)
        byColumn = set.compareIds(a, b);
    if (byColumn == 0)
        byColumn = a < b ? -1 : (b < a ? 1 : 0);
    return m_sortOrder == Qt::AscendingOrder ? byColumn < 0 : byColumn > 0;
}

void JobFilterProxyModel::sortSlots(std::vector<int> &heldSlots) const
{
    const auto isBefore = [this](int a, int b) { return before(a, b); };
    if (m_serverOrder)
        std::sort(heldSlots.begin(), heldSlots.end(), isBefore);
    else if (m_sortColumn >= 0)
        JobSlotSorter::sort(heldSlots, *m_jobs->jobSet(), m_sortColumn, m_sortOrder,
                            m_sortColumn == JobTableModel::DurationColumn ? nowMs() : 0, isBefore, &m_jobs->names());
}

void JobFilterProxyModel::rebuild()
{
    if (!m_jobs) {
        m_order.clear();
        return;
    }
    std::vector<int> held;
    held.reserve(size_t(m_jobs->jobSet()->size()));
    m_jobs->jobSet()->forEach([&held](int slot) { held.push_back(slot); });
    sortSlots(held);
    const JobSlotMatcher matcher = passMatcher();
    m_order.assign(held, [&matcher](int slot) { return matcher.matches(slot); });
}

void JobFilterProxyModel::insertSlot(int slot)
{
    const bool shown = accepts(slot);
    if (!shown || isLayoutOpen()) {
        m_order.insert(slot, shown, [this](int a, int b) { return before(a, b); });
        return;
    }
    m_order.insert(slot, false, [this](int a, int b) { return before(a, b); });
    const int row = m_order.visibleBefore(slot);
    beginInsertRows(QModelIndex(), row, row);
    m_order.setVisible(slot, true);
    endInsertRows();
}

void JobFilterProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Binary searches need every held slot in order: settle the changed ones first.
    flushDirty();
    std::vector<int> held;
    held.reserve(size_t(last - first + 1));
    for (int row = first; row <= last; ++row)
        held.push_back(m_jobs->slotForRow(row));
    if (m_order.visibleCount() == 0 && !isLayoutOpen()) {
        // Nothing shown yet (the first load): the accepted rows are one block at the top.
        std::vector<int> shown;
        for (int slot : held) {
            if (accepts(slot))
                shown.push_back(slot);
            else
                m_order.insert(slot, false, [this](int a, int b) { return before(a, b); });
        }
        if (shown.empty())
            return;
        beginInsertRows(QModelIndex(), 0, int(shown.size()) - 1);
        if (m_order.size() == 0 && (m_sortColumn >= 0 || m_serverOrder)) {
            std::sort(shown.begin(), shown.end(), [this](int a, int b) { return before(a, b); });
            m_order.assign(shown, [](int) { return true; });
        } else {
            for (int slot : shown)
                m_order.insert(slot, true, [this](int a, int b) { return before(a, b); });
        }
        endInsertRows();
        return;
    }
    const bool asLayout = !isLayoutOpen() && int(held.size()) > kMaxRowSignals;
    if (asLayout)
        openLayout();
    for (int slot : held)
        insertSlot(slot);
    if (asLayout && !m_inBatch)
        closeLayout();
}

void JobFilterProxyModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const bool asLayout = !isLayoutOpen() && last - first + 1 > kMaxRowSignals;
    if (asLayout)
        openLayout();
    for (int row = last; row >= first; --row) {
        const int slot = m_jobs->slotForRow(row);
        m_dirty.erase(std::remove(m_dirty.begin(), m_dirty.end(), slot), m_dirty.end());
        const int shownAt = m_order.visibleRank(slot);
        if (shownAt < 0 || isLayoutOpen()) {
            m_order.erase(slot);
            continue;
        }
        beginRemoveRows(QModelIndex(), shownAt, shownAt);
        m_order.erase(slot);
        endRemoveRows();
    }
    if (asLayout && !m_inBatch)
        closeLayout();
}

void JobFilterProxyModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    // Roles that cannot move a row or change whether it is shown are passed straight on.
    static const QSet<int> kPassive{ Qt::DisplayRole, Qt::ToolTipRole, JobTableModel::RelativeTimeRole,
                                     JobTableModel::JobRole };
    bool structural = roles.isEmpty();
    for (int role : roles)
        structural = structural || !kPassive.contains(role);
    if (roles.contains(Qt::DisplayRole) && !roles.contains(JobTableModel::RawValueRole)
        && roles.contains(Qt::ToolTipRole) && roles.contains(JobTableModel::RelativeTimeRole))
        structural = false; // relative times re-read: the values behind them did not move
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (!structural) {
        if (last - first + 1 > kMaxRowSignals) {
            if (m_order.visibleCount() > 0)
                emit dataChanged(index(0, topLeft.column()), index(m_order.visibleCount() - 1, bottomRight.column()),
                                 roles);
            return;
        }
        for (int row = first; row <= last; ++row) {
            const int shownAt = m_order.visibleRank(m_jobs->slotForRow(row));
            if (shownAt >= 0)
                emit dataChanged(index(shownAt, topLeft.column()), index(shownAt, bottomRight.column()), roles);
        }
        return;
    }
    if (m_dirty.empty()) {
        m_dirtyFirstColumn = topLeft.column();
        m_dirtyLastColumn = bottomRight.column();
    } else {
        m_dirtyFirstColumn = qMin(m_dirtyFirstColumn, topLeft.column());
        m_dirtyLastColumn = qMax(m_dirtyLastColumn, bottomRight.column());
    }
    for (int row = first; row <= last; ++row)
        m_dirty.push_back(m_jobs->slotForRow(row));
    if (!m_inBatch)
        flushDirty();
}

void JobFilterProxyModel::flushDirty()
{
    if (m_dirty.empty())
        return;
    std::vector<int> dirty = std::move(m_dirty);
    m_dirty.clear();
    std::sort(dirty.begin(), dirty.end());
    dirty.erase(std::unique(dirty.begin(), dirty.end()), dirty.end());
    // Most changes leave a row where it was: the sequence is still in order if every pair of
    // neighbours around a changed slot is, and then nothing moves and no layout changes.
    bool moves = false;
    for (int slot : dirty) {
        if (accepts(slot) != m_order.isVisible(slot)) {
            moves = true;
            break;
        }
        const int previous = m_order.previous(slot);
        const int next = m_order.next(slot);
        if ((previous >= 0 && before(slot, previous)) || (next >= 0 && before(next, slot))) {
            moves = true;
            break;
        }
    }
    if (moves) {
        const bool wasOpen = isLayoutOpen();
        openLayout();
        for (int slot : dirty)
            m_order.erase(slot);
        for (int slot : dirty)
            m_order.insert(slot, accepts(slot), [this](int a, int b) { return before(a, b); });
        if (!wasOpen && !m_inBatch)
            closeLayout();
        if (isLayoutOpen())
            return; // the layout change repaints every row
    }
    if (int(dirty.size()) > kMaxRowSignals) {
        if (m_order.visibleCount() > 0)
            emit dataChanged(index(0, m_dirtyFirstColumn), index(m_order.visibleCount() - 1, m_dirtyLastColumn));
        return;
    }
    for (int slot : dirty) {
        const int shownAt = m_order.visibleRank(slot);
        if (shownAt >= 0)
            emit dataChanged(index(shownAt, m_dirtyFirstColumn), index(shownAt, m_dirtyLastColumn));
    }
}

void JobFilterProxyModel::onBatchAboutToBeApplied(int expectedChanges)
{
    m_inBatch = true;
    if (expectedChanges > kMaxRowSignals)
        openLayout();
}

void JobFilterProxyModel::onBatchApplied()
{
    flushDirty();
    m_inBatch = false;
    closeLayout();
}

template <typename Change> void JobFilterProxyModel::changeFilter(Change change)
{
    JobFilter next = m_filter;
    change(next);
    if (next == m_filter)
        return;
    m_filter = std::move(next);
    // One pass over the jobs in their sorted order, no sorting, one layout change.
    const bool wasOpen = isLayoutOpen();
    openLayout();
    if (m_jobs) {
        const JobSlotMatcher matcher = passMatcher();
        m_order.refilter([&matcher](int slot) { return matcher.matches(slot); });
    }
    if (!wasOpen)
        closeLayout();
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

void JobFilterProxyModel::onNamesChanged(int column)
{
    // Names arrive a few times a session: judging every row again then is cheap enough, and
    // only a search (which finds names) or a sort by the column reads them.
    const bool sorted = !m_serverOrder && m_sortColumn == column;
    if (m_filter.text.isEmpty() && !sorted)
        return;
    const bool wasOpen = isLayoutOpen();
    openLayout();
    rebuild();
    if (!wasOpen)
        closeLayout();
}

void JobFilterProxyModel::refreshStuck()
{
    if (!m_filter.stuckOnly || !m_jobs)
        return;
    const bool wasOpen = isLayoutOpen();
    openLayout();
    const JobSlotMatcher matcher = passMatcher();
    m_order.refilter([&matcher](int slot) { return matcher.matches(slot); });
    if (!wasOpen)
        closeLayout();
}

void JobFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    column = column < 0 || column >= JobTableModel::ColumnCount ? -1 : column;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
    emit sortChanged(m_sortColumn, m_sortOrder);
}

void JobFilterProxyModel::setServerOrder(const std::optional<JobOrder> &order)
{
    if (order == m_serverOrder)
        return;
    m_serverOrder = order;
    resort();
}

void JobFilterProxyModel::resort()
{
    const bool wasOpen = isLayoutOpen();
    openLayout();
    if (m_jobs) {
        std::vector<int> held;
        held.reserve(size_t(m_order.size()));
        m_order.forEach([&held](int slot) { held.push_back(slot); });
        std::vector<quint8> shown(size_t(m_jobs->jobSet()->slotCount()), 0);
        for (int slot : held)
            shown[size_t(slot)] = m_order.isVisible(slot) ? 1 : 0;
        sortSlots(held);
        m_order.assign(held, [&shown](int slot) { return shown[size_t(slot)] != 0; });
    }
    if (!wasOpen)
        closeLayout();
}
