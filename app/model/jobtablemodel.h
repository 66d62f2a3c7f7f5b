// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "api/joborder.h"
#include "jobfilter.h"
#include "jobnamedisplay.h"
#include "jobset.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>
#include <set>
#include <vector>

class JobCellText;

class QTimer;

// The jobs of a JobSet as a table. The set tells the model about every change as it happens
// (a poll changing k jobs is k small steps, never a reset), so selection, current index, scroll
// position and sort order survive. Rows are the set's live slots in slot order: a new job may
// take the row a removed one left. Sorting and filtering belong to JobFilterProxyModel.
class JobTableModel final : public QAbstractTableModel, private JobSet::Observer
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

    // Over its own, empty JobSet, or over one shared with a poller.
    explicit JobTableModel(QObject *parent = nullptr);
    explicit JobTableModel(std::shared_ptr<JobSet> jobs, QObject *parent = nullptr);
    ~JobTableModel() override;

    static bool isHiddenByDefault(Column column);
    // Bit (1 << Column) for every column whose shown content differs.
    static quint32 changedColumns(const Job &before, const Job &after);

    const std::shared_ptr<JobSet> &jobSet() const { return m_set; }

    // Shows workspace, trusted-account and plugin names from `directory` (ids until they are
    // known), and asks it for the ids of every job as jobs arrive or change; null shows ids.
    void setNameDirectory(NameDirectory *directory);
    // Asks the directory again for the names of every loaded job: after it forgot what was asked
    // (a connection made under rows that were already shown).
    void requestNamesAgain();
    const JobNameDisplay &names() const { return m_names; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The server's order for a column sorted this way; none for the duration, which is
    // computed here from two times and the clock.
    static std::optional<JobOrder> serverOrderFor(int column, Qt::SortOrder order);
    // The rows are a window of more matching jobs: the header tooltips say which columns the
    // server sorts, and fetchMore() asks for the rows after the window (moreRequested()).
    void setWindowed(bool windowed);
    bool isWindowed() const { return m_windowed; }
    void setMoreOnServer(bool more);
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Makes the rows equal to one full listing, changing only what differs.
    void applySnapshot(std::vector<Job> fresh);
    // Drops every row at once: the only reset, for a change of server, account or logout.
    void resetForNewConnection();
    void clear() { resetForNewConnection(); }
    // Rows the user deleted leave the table now rather than at the next poll, and stay hidden
    // while polls sent before the delete still list them.
    void removeJobs(const QStringList &ids);

    std::optional<Job> jobAt(int row) const;
    int rowForId(const QString &id) const;
    int slotForRow(int row) const { return m_set->slotAt(row); }
    int rowForSlot(int slot) const { return m_set->isLive(slot) ? m_set->rowOf(slot) : -1; }
    int activeCount() const { return int(m_activeSlots.size()); }
    // Counts the groups of changes applied (polls, local deletes).
    quint64 generation() const { return m_generation; }
    // The role values of a job as data() gives them for its row.
    QVariant dataOf(const Job &job, int column, int role) const;
    // The same for the job in a live slot, reading only what the role needs.
    QVariant dataOfSlot(int slot, int column, int role) const;

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
    // Around each group of changes (one poll, one local delete, one clock tick): a proxy can
    // treat a large group as one layout change instead of many row signals.
    void batchAboutToBeApplied(int expectedChanges);
    void batchApplied();
    // After each applied group, for a status line.
    void pollApplied(int removed, int updated, int added);
    void activeCountChanged(int count);
    // The view reached the last row and the server has more.
    void moreRequested();
    // Names shown in `column` changed: a filter or sort that reads names must judge again.
    void namesChanged(int column);

private:
    JobCellText cellText() const;
    QString headerText(Column column, bool tip) const;
    void emitChangedCells(int row, quint32 columns);
    // Asks the directory for the names of the slots' ids it has not been asked for.
    void requestNames(int firstSlot, int lastSlot);
    void onNamesChanged(NameDirectory::Kind kind);

    // JobSet::Observer
    void batchStarted(int expectedChanges) override;
    void batchFinished() override;
    void jobsAboutToBeInserted(int firstSlot, int lastSlot) override;
    void jobsInserted(int firstSlot, int lastSlot) override;
    void jobsAboutToBeRemoved(const std::vector<int> &removed) override;
    void jobsRemoved(const std::vector<int> &removed) override;
    void jobAboutToChange(int slot, const Job &next) override;
    void jobChanged(int slot) override;
    void aboutToReset() override;
    void wasReset() override;

    std::shared_ptr<JobSet> m_set;
    // Active jobs by slot: slot order is row order, so the live tick walks them in row order.
    std::set<int> m_activeSlots;
    // The job last read for a cell (jobOfSlot), while the set is unchanged.
    const Job &jobOfSlot(int slot) const;
    mutable int m_jobSlot = -1;
    mutable quint64 m_jobGeneration = 0;
    mutable Job m_job;
    quint32 m_pendingColumns = 0;
    int m_batchRemoved = 0;
    int m_batchUpdated = 0;
    int m_batchAdded = 0;
    int m_activeBefore = 0;
    quint64 m_generation = 0;
    qint64 m_nowMs = 0;
    qint64 m_stuckThresholdMs = JobFilter::kDefaultStuckThresholdMs;
    bool m_relativeTimes = false;
    bool m_windowed = false;
    bool m_moreOnServer = false;
    QTimer *m_liveTimer = nullptr;
    JobNameDisplay m_names;
    QPointer<NameDirectory> m_directory;
    // By table id, per kind: the text whose name was asked for, so a poll asks only for new ids.
    std::vector<QString> m_namesAsked[3];
};
