// SPDX-License-Identifier: MIT
#pragma once

#include "jobfilter.h"

#include <QSortFilterProxyModel>

#include <functional>

class JobTableModel;

// Filters and sorts a JobTableModel. Filtering reads the Job values, never display text, and
// re-filters rows only (no re-sort) when the filter changes. Sorting is typed per column with
// the job id as the last key, so rows with equal keys keep their order across polls. Dynamic
// sort and filter stay on: a job whose status changes moves in or out by itself.
class JobFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterProxyModel)

public:
    using Clock = std::function<qint64()>;

    explicit JobFilterProxyModel(QObject *parent = nullptr);
    ~JobFilterProxyModel() override;

    // Only a JobTableModel is accepted; anything else leaves the proxy empty.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    JobTableModel *jobModel() const { return m_jobs; }

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

    const Job *jobAt(const QModelIndex &proxyIndex) const;
    QStringList jobIds(const QModelIndexList &proxyIndexes) const;

signals:
    void filterChanged(const JobFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    template <typename Change> void changeFilter(Change change);

    JobTableModel *m_jobs = nullptr;
    JobFilter m_filter;
    Clock m_clock;
};
