// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "rankedslots.h"

#include <QAbstractProxyModel>

#include <optional>
#include <utility>
#include <vector>

class JobTableModel;

// A flat proxy over a JobTableModel whose rows are the visible slots of a RankedSlots order:
// row n is the n-th visible slot, found in O(log n), and its data is the source's data of that
// slot. What decides the order and which slots are visible is the subclass's; this class maps
// rows, hands out jobs by row, and keeps the persistent indexes on their jobs across a layout
// change.
class JobSlotProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobSlotProxyModel)

public:
    ~JobSlotProxyModel() override;

    JobTableModel *jobModel() const { return m_jobs; }
    std::optional<Job> jobAt(const QModelIndex &proxyIndex) const;
    // The ids of the rows of these indexes, each row once, in the order given.
    QStringList jobIds(const QModelIndexList &proxyIndexes) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

protected:
    explicit JobSlotProxyModel(QObject *parent = nullptr);

    // Opens a layout change (once; nested calls do nothing): the persistent indexes are noted
    // with the job each points at, so that closeLayout() can put them back on the same jobs
    // wherever the rows went, or invalidate them when a job left.
    void openLayout();
    void closeLayout();
    bool isLayoutOpen() const { return m_layoutOpen; }

    JobTableModel *m_jobs = nullptr;
    RankedSlots m_order;

private:
    bool m_layoutOpen = false;
    QModelIndexList m_savedIndexes;
    std::vector<std::pair<int, QString>> m_savedJobs;
};
