// SPDX-License-Identifier: MIT
#pragma once

#include "api/joborder.h"
#include "jobfilter.h"
#include "jobslotmatcher.h"
#include "jobslotproxymodel.h"

#include <functional>
#include <optional>
#include <vector>

class JobTableModel;

// Filters and sorts a JobTableModel. Filtering reads the Job values, never display text; sorting
// is typed per column with the job id as the last key, so rows with equal keys keep their order
// across polls. A job whose status changes moves in or out by itself.
//
// The rows are kept in a RankedSlots sequence, so a poll that changes k jobs costs O(k log n)
// here too: a few changes are signalled row by row, many at once as one layout change. A new
// filter is one pass over the jobs in their sorted order and one layout change, whatever the
// needle; a new sort column is one sort. Selection and current index survive both, through
// the persistent indexes.
class JobFilterProxyModel final : public JobSlotProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterProxyModel)

public:
    using Clock = std::function<qint64()>;
    // More row changes than this in one group are signalled as a single layout change.
    static constexpr int kMaxRowSignals = 64;

    explicit JobFilterProxyModel(QObject *parent = nullptr);
    ~JobFilterProxyModel() override;

    // Only a JobTableModel is accepted; anything else leaves the proxy empty.
    void setSourceModel(QAbstractItemModel *sourceModel) override;

    const JobFilter &filter() const { return m_filter; }
    void setFilter(const JobFilter &filter);
    // Each setter does nothing when the value is unchanged.
    void setStatuses(const QList<JobStatus> &statuses);
    void setWorkspaceId(const QString &workspaceId);
    void setTrustedAccountId(const QString &trustedAccountId);
    void setPluginId(const QString &pluginId);
    void setText(const QString &text);
    void setStuckOnly(bool stuckOnly);
    void setStuckThresholdMs(qint64 thresholdMs);

    // "Stuck" is judged against this clock. Unset, it is the source model's nowMs(), which the
    // model's live tick moves, so the filter and the StuckRole shown in the table agree.
    void setClock(Clock clock);
    qint64 nowMs() const;
    // Re-judges "stuck only" after the clock moved without the model signalling it.
    void refreshStuck();

    // -1: the source model's order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Rows in exactly the server's order instead of the sort column's own comparison: when the
    // rows are a window of that order, rows listed later must land after the ones shown.
    void setServerOrder(const std::optional<JobOrder> &order);
    const std::optional<JobOrder> &serverOrder() const { return m_serverOrder; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void filterChanged(const JobFilter &filter);
    void sortChanged(int column, Qt::SortOrder order);

private:
    template <typename Change> void changeFilter(Change change);
    bool accepts(int slot) const;
    // For one pass over many slots while the set holds still.
    JobSlotMatcher passMatcher() const;
    bool before(int a, int b) const;
    void sortSlots(std::vector<int> &heldSlots) const;
    void rebuild();
    void resort();
    void flushDirty();
    void insertSlot(int slot);

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onBatchAboutToBeApplied(int expectedChanges);
    void onBatchApplied();
    void onNamesChanged(int column);

    JobFilter m_filter;
    Clock m_clock;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::optional<JobOrder> m_serverOrder;

    // A group of source changes in progress, and what it left to do at its end.
    bool m_inBatch = false;
    std::vector<int> m_dirty; // slots whose sort key or filter result may have changed
    int m_dirtyFirstColumn = 0;
    int m_dirtyLastColumn = 0;
};
