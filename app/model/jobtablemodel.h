// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "jobfilter.h"
#include "jobmodeldiff.h"
#include "jobmodelsnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

class QTimer;

// The job list as a table, keyed by job id. Each poll is applied as a diff (removed runs,
// changed cells, one batch of new rows at the end) and never as a reset, so selection, current
// index, scroll position and sort order survive. Rows stay in the order first seen; sorting and
// filtering belong to JobFilterProxyModel.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)

public:
    enum Column {
        StatusColumn,
        JobIdColumn,
        WorkspaceColumn,
        TrustedAccountColumn,
        PluginColumn,
        ResourceGroupColumn,
        CreatedColumn,
        UpdatedColumn,
        FinishedColumn,
        DurationColumn,
        ErrorColumn,
        DomainColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        // Typed value for sorting: qint64 times and durations, the status enum as int, else text.
        RawValueRole = Qt::UserRole,
        JobStatusRole, // int(JobStatus)
        JobIdRole, // QString
        StuckRole, // bool: active for longer than stuckThresholdMs()
        JobRole, // the whole Job
        RelativeTimeRole, // time columns: "5 min ago"
    };
    Q_ENUM(Role)

    enum class ApplyResult {
        Applied,
        Rebased, // prepared before a local delete; re-targeted by id and applied
        Rejected, // prepared against an older poll or another connection; nothing changed
    };
    Q_ENUM(ApplyResult)

    explicit JobTableModel(QObject *parent = nullptr);
    ~JobTableModel() override;

    static bool isHiddenByDefault(Column column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows with one poll's result, as a diff. Convenient on the GUI thread for
    // small lists; large lists go through snapshot() + JobDiffBuilder on a worker + applyDiff().
    void applySnapshot(std::vector<Job> fresh);
    JobModelSnapshot snapshot() const;
    ApplyResult applyDiff(JobModelDiff diff);
    // Drops every row at once: the only reset, for a change of server, account or logout.
    // Diffs prepared before it are rejected.
    void resetForNewConnection();
    void clear() { resetForNewConnection(); }
    // Rows the user deleted leave the table now rather than at the next poll, and stay hidden
    // while polls sent before the delete still list them.
    void removeJobs(const QStringList &ids);

    const Job *jobAt(int row) const;
    int rowForId(const QString &id) const;
    int activeCount() const { return m_activeCount; }
    quint64 generation() const { return m_generation; }

    // Duration and "stuck" depend on the clock. tick() moves it and signals only the cells
    // that change: the duration of active rows, the whole row where the stuck state flips,
    // and the time columns when they are shown relative.
    void tick(qint64 nowMs);
    qint64 nowMs() const { return m_nowMs; }
    // Calls tick() with the wall clock every intervalMs; 0 stops it.
    void setLiveUpdateInterval(int intervalMs);
    void setStuckThresholdMs(qint64 thresholdMs);
    qint64 stuckThresholdMs() const { return m_stuckThresholdMs; }
    // Shows "5 min ago" instead of local times in the created/updated/finished columns.
    void setRelativeTimes(bool relative);
    bool relativeTimes() const { return m_relativeTimes; }

signals:
    // After each applied poll, for a status line.
    void pollApplied(int removed, int updated, int added);
    void activeCountChanged(int count);

private:
    Job &physical(int row) { return (*m_rows)[size_t(row < m_gapStart ? row : row + m_gapSize)]; }
    const Job &physical(int row) const { return (*m_rows)[size_t(row < m_gapStart ? row : row + m_gapSize)]; }
    void detachRows();
    void removeRuns(const std::vector<std::pair<int, int>> &runs);
    void emitRowUpdates(std::vector<JobModelDiff::RowUpdate> &updates);
    void rebuildIndex(int fromRow);
    void setActiveCount(int count);
    void rebase(JobModelDiff *diff);
    QVariant displayValue(const Job &job, int column) const;
    QVariant rawValue(const Job &job, int column) const;
    QVariant toolTip(const Job &job, int column) const;

    std::shared_ptr<std::vector<Job>> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, int> m_recentlyRemoved;
    // While removals are signalled the vector has a hole of m_gapSize dead rows at m_gapStart;
    // rows behind it are shifted down once, not once per removed run.
    int m_gapStart = 0;
    int m_gapSize = 0;
    int m_activeCount = 0;
    quint64 m_epoch = 1;
    quint64 m_generation = 0;
    quint64 m_lastPollGeneration = 0;
    qint64 m_nowMs = 0;
    qint64 m_stuckThresholdMs = JobFilter::kDefaultStuckThresholdMs;
    bool m_relativeTimes = false;
    QTimer *m_liveTimer = nullptr;
};
