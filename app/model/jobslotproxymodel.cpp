// SPDX-License-Identifier: MIT
#include "jobslotproxymodel.h"

#include "jobtablemodel.h"

#include <QSet>

JobSlotProxyModel::JobSlotProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

JobSlotProxyModel::~JobSlotProxyModel() = default;

void JobSlotProxyModel::openLayout()
{
    if (m_layoutOpen)
        return;
    m_layoutOpen = true;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_savedIndexes = persistentIndexList();
    m_savedJobs.clear();
    m_savedJobs.reserve(size_t(m_savedIndexes.size()));
    for (const QModelIndex &index : std::as_const(m_savedIndexes)) {
        const int slot = m_order.visibleAt(index.row());
        m_savedJobs.emplace_back(slot, slot >= 0 ? m_jobs->jobSet()->jobId(slot) : QString());
    }
}

void JobSlotProxyModel::closeLayout()
{
    if (!m_layoutOpen)
        return;
    m_layoutOpen = false;
    QModelIndexList to;
    to.reserve(m_savedIndexes.size());
    const JobSet *set = m_jobs ? m_jobs->jobSet().get() : nullptr;
    for (qsizetype i = 0; i < m_savedIndexes.size(); ++i) {
        const auto &[slot, id] = m_savedJobs[size_t(i)];
        // A slot freed and taken by another job in the meantime no longer means this row.
        const bool same = set && slot >= 0 && set->isLive(slot) && set->hasId(slot, id);
        const int row = same ? m_order.visibleRank(slot) : -1;
        to.append(row < 0 ? QModelIndex() : createIndex(row, m_savedIndexes[i].column()));
    }
    changePersistentIndexList(m_savedIndexes, to);
    m_savedIndexes.clear();
    m_savedJobs.clear();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

std::optional<Job> JobSlotProxyModel::jobAt(const QModelIndex &proxyIndex) const
{
    if (!m_jobs || !proxyIndex.isValid() || proxyIndex.model() != this)
        return std::nullopt;
    const int slot = m_order.visibleAt(proxyIndex.row());
    if (slot < 0)
        return std::nullopt;
    return m_jobs->jobSet()->job(slot);
}

QStringList JobSlotProxyModel::jobIds(const QModelIndexList &proxyIndexes) const
{
    QStringList ids;
    QSet<int> seen;
    for (const QModelIndex &index : proxyIndexes) {
        if (seen.contains(index.row()))
            continue;
        seen.insert(index.row());
        const int slot = m_jobs && index.model() == this ? m_order.visibleAt(index.row()) : -1;
        if (slot >= 0)
            ids.append(m_jobs->jobSet()->jobId(slot));
    }
    return ids;
}

QModelIndex JobSlotProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_order.visibleCount()
        || column >= JobTableModel::ColumnCount || !m_jobs)
        return {};
    return createIndex(row, column);
}

QModelIndex JobSlotProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex JobSlotProxyModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int JobSlotProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_jobs ? 0 : m_order.visibleCount();
}

int JobSlotProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_jobs ? 0 : int(JobTableModel::ColumnCount);
}

bool JobSlotProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant JobSlotProxyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int slot = m_order.visibleAt(index.row());
    return slot < 0 ? QVariant() : m_jobs->dataOfSlot(slot, index.column(), role);
}

// The row's slot is found once for all the roles a view asks for at once.
void JobSlotProxyModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    const bool valid = checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
    const int slot = valid ? m_order.visibleAt(index.row()) : -1;
    for (QModelRoleData &roleData : roleDataSpan) {
        if (slot < 0)
            roleData.clearData();
        else
            roleData.setData(m_jobs->dataOfSlot(slot, index.column(), roleData.role()));
    }
}

QVariant JobSlotProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_jobs ? m_jobs->headerData(section, orientation, role) : QVariant();
    return QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex JobSlotProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_jobs || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int slot = m_order.visibleAt(proxyIndex.row());
    return slot < 0 ? QModelIndex() : m_jobs->index(m_jobs->rowForSlot(slot), proxyIndex.column());
}

QModelIndex JobSlotProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_jobs || !sourceIndex.isValid() || sourceIndex.model() != m_jobs)
        return {};
    const int row = m_order.visibleRank(m_jobs->slotForRow(sourceIndex.row()));
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}
