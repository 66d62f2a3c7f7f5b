// SPDX-License-Identifier: MIT
#include "jobfactory.h"
#include "model/jobtablemodel.h"
#include "modelspy.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using jobfactory::idFor;
using jobfactory::make;
using jobfactory::range;

namespace {

QStringList idsOf(const JobTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.jobAt(row)->jobId);
    return ids;
}

QStringList idList(std::initializer_list<int> ns)
{
    QStringList ids;
    for (int n : ns)
        ids.append(idFor(n));
    return ids;
}

std::vector<Job> pick(std::initializer_list<int> ns)
{
    std::vector<Job> jobs;
    for (int n : ns)
        jobs.push_back(make(n));
    return jobs;
}

class JobTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override { testsupport::clearModelTestMessages(); }
    void TearDown() override
    {
        EXPECT_NO_MODELTEST_FAILURES();
        EXPECT_EQ(spy.resets, 0) << "a poll must never reset the model";
    }

    JobTableModel model;
    QAbstractItemModelTester tester{ &model, QAbstractItemModelTester::FailureReportingMode::Warning };
    ModelSpy spy{ &model };
};

TEST_F(JobTableModelTest, FirstLoadInsertsAllRowsInOneBatch)
{
    model.applySnapshot(range(1, 50));
    ASSERT_EQ(model.rowCount(), 50);
    ASSERT_EQ(spy.inserted.size(), 1u);
    EXPECT_EQ(spy.inserted[0], (ModelSpy::Range{ 0, 49 }));
    EXPECT_EQ(model.columnCount(), JobTableModel::ColumnCount);
    EXPECT_EQ(model.rowForId(idFor(17)), 16);
    EXPECT_EQ(model.rowForId(QStringLiteral("job-missing")), -1);
    EXPECT_EQ(model.jobAt(16)->jobId, idFor(17));
    EXPECT_EQ(model.jobAt(50), std::nullopt);
    EXPECT_EQ(model.jobAt(-1), std::nullopt);
}

TEST_F(JobTableModelTest, UnchangedPollEmitsNothing)
{
    model.applySnapshot(range(1, 20));
    spy.clear();
    const quint64 generation = model.generation();
    model.applySnapshot(range(1, 20));
    EXPECT_TRUE(spy.removed.empty());
    EXPECT_TRUE(spy.inserted.empty());
    EXPECT_TRUE(spy.changed.empty());
    EXPECT_EQ(model.generation(), generation); // nothing to apply, not even a batch
}

TEST_F(JobTableModelTest, UpdateSignalsOnlyTheChangedCells)
{
    model.applySnapshot(range(1, 10));
    spy.clear();
    std::vector<Job> next = range(1, 10);
    next[3].errorMessage = QStringLiteral("quota exceeded");
    next[7].trustedAccountId = QStringLiteral("ta-other");
    model.applySnapshot(next);
    ASSERT_EQ(spy.changed.size(), 2u);
    EXPECT_EQ(spy.changed[0].top, 3);
    EXPECT_EQ(spy.changed[0].bottom, 3);
    EXPECT_EQ(spy.changed[0].left, JobTableModel::ErrorColumn);
    EXPECT_EQ(spy.changed[0].right, JobTableModel::ErrorColumn);
    EXPECT_EQ(spy.changed[1].top, 7);
    EXPECT_EQ(spy.changed[1].left, JobTableModel::TrustedAccountColumn);
    EXPECT_EQ(spy.changed[1].right, JobTableModel::TrustedAccountColumn);
    EXPECT_EQ(model.jobAt(3)->errorMessage, QStringLiteral("quota exceeded"));
}

TEST_F(JobTableModelTest, StatusChangeRepaintsTheRow)
{
    model.applySnapshot(pick({ 1, 2, 3 }));
    spy.clear();
    std::vector<Job> next = pick({ 1, 2, 3 });
    next[1] = make(2, JobStatus::Failure);
    model.applySnapshot(next);
    ASSERT_EQ(spy.changed.size(), 1u);
    EXPECT_EQ(spy.changed[0].top, 1);
    EXPECT_EQ(spy.changed[0].left, 0);
    EXPECT_EQ(spy.changed[0].right, JobTableModel::ColumnCount - 1);
}

TEST_F(JobTableModelTest, EachChangedRowSignalsOnlyItsChangedCells)
{
    model.applySnapshot(range(1, 10));
    spy.clear();
    std::vector<Job> next = range(1, 10);
    for (int i : { 2, 3, 4 })
        next[size_t(i)].pluginId = QStringLiteral("plugin-new");
    model.applySnapshot(next);
    ASSERT_EQ(spy.changed.size(), 3u);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(spy.changed[size_t(i)].top, 2 + i);
        EXPECT_EQ(spy.changed[size_t(i)].bottom, 2 + i);
        EXPECT_EQ(spy.changed[size_t(i)].left, JobTableModel::PluginColumn);
        EXPECT_EQ(spy.changed[size_t(i)].right, JobTableModel::PluginColumn);
    }
}

TEST_F(JobTableModelTest, OptionsOnlyChangeUpdatesTheJobWithoutRepaintingCells)
{
    model.applySnapshot(pick({ 1, 2 }));
    spy.clear();
    std::vector<Job> next = pick({ 1, 2 });
    next[0].options.insert(QStringLiteral("region"), QStringLiteral("eu"));
    model.applySnapshot(next);
    ASSERT_EQ(spy.changed.size(), 1u);
    EXPECT_EQ(spy.changed[0].roles, QList<int>{ JobTableModel::JobRole });
    EXPECT_EQ(model.jobAt(0)->options.value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
}

TEST_F(JobTableModelTest, RemovalsAtHeadMiddleAndTailAreContiguousRuns)
{
    model.applySnapshot(range(0, 9));
    spy.clear();
    model.applySnapshot(pick({ 2, 3, 4, 6, 7 }));
    // Back to front, so each run's rows are still where they were when it is signalled.
    ASSERT_EQ(spy.removed.size(), 3u);
    EXPECT_EQ(spy.removed[0], (ModelSpy::Range{ 8, 9 }));
    EXPECT_EQ(spy.removed[1], (ModelSpy::Range{ 5, 5 }));
    EXPECT_EQ(spy.removed[2], (ModelSpy::Range{ 0, 1 }));
    EXPECT_EQ(idsOf(model), idList({ 2, 3, 4, 6, 7 }));
    for (int n : { 2, 3, 4, 6, 7 })
        EXPECT_EQ(model.jobAt(model.rowForId(idFor(n)))->jobId, idFor(n));
    EXPECT_TRUE(spy.changed.empty());
    EXPECT_TRUE(spy.inserted.empty());
}

TEST_F(JobTableModelTest, RemovalUpdateAndInsertInOnePoll)
{
    model.applySnapshot(range(0, 5));
    spy.clear();
    std::vector<Job> next = pick({ 5, 1, 9, 3, 8 });
    next[3] = make(3, JobStatus::Failure);
    model.applySnapshot(next);
    // Existing rows keep their order; new ones take the rows the removed ones left, lowest
    // first, in the server's order.
    EXPECT_EQ(idsOf(model), idList({ 9, 1, 8, 3, 5 }));
    ASSERT_EQ(spy.removed.size(), 3u);
    ASSERT_EQ(spy.inserted.size(), 2u);
    EXPECT_EQ(spy.inserted[0], (ModelSpy::Range{ 0, 0 }));
    EXPECT_EQ(spy.inserted[1], (ModelSpy::Range{ 2, 2 }));
    ASSERT_EQ(spy.changed.size(), 1u);
    EXPECT_EQ(spy.changed[0].top, 1); // before the insertions
    EXPECT_EQ(model.jobAt(3)->status, JobStatus::Failure);
}

TEST_F(JobTableModelTest, EmptyResultRemovesEverythingOnce)
{
    model.applySnapshot(range(1, 30));
    spy.clear();
    model.applySnapshot({});
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_EQ(spy.removed.size(), 1u);
    EXPECT_EQ(spy.removed[0], (ModelSpy::Range{ 0, 29 }));
    spy.clear();
    model.applySnapshot({});
    EXPECT_TRUE(spy.removed.empty());
    EXPECT_TRUE(spy.inserted.empty());
}

TEST_F(JobTableModelTest, DuplicateIdsKeepTheLastCopy)
{
    std::vector<Job> jobs = pick({ 1, 2, 1, 3 });
    jobs[2].errorMessage = QStringLiteral("second copy");
    model.applySnapshot(jobs);
    EXPECT_EQ(idsOf(model), idList({ 1, 2, 3 }));
    EXPECT_EQ(model.jobAt(0)->errorMessage, QStringLiteral("second copy"));

    std::vector<Job> again = pick({ 2, 2, 3, 4, 4 });
    again[1].pluginId = QStringLiteral("plugin-last");
    model.applySnapshot(again);
    EXPECT_EQ(idsOf(model), idList({ 4, 2, 3 })); // 4 took the row 1 left
    EXPECT_EQ(model.jobAt(model.rowForId(idFor(2)))->pluginId, QStringLiteral("plugin-last"));
}

TEST_F(JobTableModelTest, DisplayAndTypedRoles)
{
    Job running = make(1, JobStatus::InProgress);
    running.workspaceId = QStringLiteral("*");
    running.createdAtMs = jobfactory::kBaseMs;
    running.updatedAtMs = jobfactory::kBaseMs;
    Job odd = make(2, JobStatus::Unknown);
    odd.rawStatus = QStringLiteral("CANCELD");
    Job failed = make(3, JobStatus::Failure);
    model.applySnapshot({ running, odd, failed });
    model.tick(jobfactory::kBaseMs + 192000);

    auto at = [this](int row, int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    EXPECT_EQ(at(0, JobTableModel::StatusColumn).toString(), QStringLiteral("In progress"));
    EXPECT_EQ(at(1, JobTableModel::StatusColumn).toString(), QStringLiteral("CANCELD"));
    EXPECT_EQ(at(0, JobTableModel::WorkspaceColumn).toString(), QStringLiteral("Global (domain)"));
    EXPECT_EQ(at(0, JobTableModel::DurationColumn).toString(), QStringLiteral("3m 12s"));
    EXPECT_EQ(at(2, JobTableModel::DurationColumn).toString(), QStringLiteral("3m 12s"));
    EXPECT_EQ(at(0, JobTableModel::FinishedColumn).toString(), QString());

    const QVariant created = at(0, JobTableModel::CreatedColumn, JobTableModel::RawValueRole);
    EXPECT_EQ(created.typeId(), QMetaType::LongLong);
    EXPECT_EQ(created.toLongLong(), jobfactory::kBaseMs);
    EXPECT_FALSE(at(0, JobTableModel::FinishedColumn, JobTableModel::RawValueRole).isValid());
    EXPECT_EQ(at(0, JobTableModel::DurationColumn, JobTableModel::RawValueRole).toLongLong(), 192000);
    EXPECT_EQ(at(0, JobTableModel::StatusColumn, JobTableModel::RawValueRole).toInt(), int(JobStatus::InProgress));
    EXPECT_EQ(at(2, JobTableModel::PluginColumn, JobTableModel::JobStatusRole).toInt(), int(JobStatus::Failure));
    EXPECT_EQ(at(1, JobTableModel::ErrorColumn, JobTableModel::JobIdRole).toString(), idFor(2));
    EXPECT_EQ(at(2, JobTableModel::StatusColumn, JobTableModel::JobRole).value<Job>(), failed);

    // The table shows the first line of an error; the tooltip has all of it.
    EXPECT_EQ(at(2, JobTableModel::ErrorColumn).toString(),
              QStringLiteral("ERROR_AUTHENTICATION_FAILURE: token expired"));
    EXPECT_EQ(at(2, JobTableModel::ErrorColumn, Qt::ToolTipRole).toString(), failed.errorMessage);
    EXPECT_TRUE(at(0, JobTableModel::CreatedColumn, Qt::ToolTipRole).toString().contains(QStringLiteral("UTC")));
    EXPECT_EQ(at(0, JobTableModel::CreatedColumn, JobTableModel::RelativeTimeRole).toString(),
              QStringLiteral("3 min ago"));
    EXPECT_EQ(at(0, JobTableModel::DurationColumn, Qt::TextAlignmentRole).toInt(),
              int(Qt::AlignRight | Qt::AlignVCenter));

    model.setRelativeTimes(true);
    EXPECT_EQ(at(0, JobTableModel::CreatedColumn).toString(), QStringLiteral("3 min ago"));

    EXPECT_EQ(model.headerData(JobTableModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
    EXPECT_FALSE(model.headerData(JobTableModel::DurationColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    EXPECT_TRUE(JobTableModel::isHiddenByDefault(JobTableModel::DomainColumn));
    EXPECT_FALSE(JobTableModel::isHiddenByDefault(JobTableModel::StatusColumn));
}

TEST_F(JobTableModelTest, StuckRoleFollowsTheClock)
{
    Job pending = make(1, JobStatus::Pending);
    model.applySnapshot({ pending, make(2) });
    model.tick(pending.updatedAtMs + 30 * 60 * 1000);
    EXPECT_FALSE(model.data(model.index(0, 0), JobTableModel::StuckRole).toBool());
    spy.clear();
    model.tick(pending.updatedAtMs + 61 * 60 * 1000);
    EXPECT_TRUE(model.data(model.index(0, 0), JobTableModel::StuckRole).toBool());
    EXPECT_FALSE(model.data(model.index(1, 0), JobTableModel::StuckRole).toBool());
    const bool stuckSignalled = std::any_of(spy.changed.begin(), spy.changed.end(), [](const ModelSpy::Cells &c) {
        return c.top == 0 && c.roles.contains(JobTableModel::StuckRole);
    });
    EXPECT_TRUE(stuckSignalled);
}

TEST_F(JobTableModelTest, TickSignalsOnlyDurationsOfActiveRows)
{
    std::vector<Job> jobs = range(1, 8);
    for (int i : { 1, 2, 5 })
        jobs[size_t(i)] = make(i + 1, JobStatus::InProgress);
    model.applySnapshot(jobs);
    model.tick(jobfactory::kBaseMs);
    spy.clear();
    model.tick(jobfactory::kBaseMs + 1000);
    ASSERT_EQ(spy.changed.size(), 2u);
    EXPECT_EQ(spy.changed[0].top, 1);
    EXPECT_EQ(spy.changed[0].bottom, 2);
    EXPECT_EQ(spy.changed[1].top, 5);
    EXPECT_EQ(spy.changed[1].bottom, 5);
    for (const auto &cells : spy.changed) {
        EXPECT_EQ(cells.left, JobTableModel::DurationColumn);
        EXPECT_EQ(cells.right, JobTableModel::DurationColumn);
    }
}

TEST_F(JobTableModelTest, RelativeTimesRefreshTwiceAMinute)
{
    model.applySnapshot(range(1, 4));
    model.setRelativeTimes(true);
    const qint64 start = jobfactory::kBaseMs + 1000; // just after a 30 s boundary
    model.tick(start);
    spy.clear();
    model.tick(start + 5000);
    EXPECT_TRUE(spy.changed.empty());
    model.tick(start + 30000);
    ASSERT_EQ(spy.changed.size(), 1u);
    EXPECT_EQ(spy.changed[0].left, JobTableModel::CreatedColumn);
    EXPECT_EQ(spy.changed[0].right, JobTableModel::FinishedColumn);
    EXPECT_EQ(spy.changed[0].bottom, 3);
}

TEST_F(JobTableModelTest, ActiveCountFollowsPolls)
{
    std::vector<Job> jobs = { make(1, JobStatus::Pending), make(2, JobStatus::InProgress), make(3) };
    model.applySnapshot(jobs);
    EXPECT_EQ(model.activeCount(), 2);
    jobs[1] = make(2, JobStatus::Success);
    jobs.push_back(make(4, JobStatus::InProgress));
    model.applySnapshot(jobs);
    EXPECT_EQ(model.activeCount(), 2);
    model.removeJobs({ idFor(1) });
    EXPECT_EQ(model.activeCount(), 1);
}

TEST_F(JobTableModelTest, DeletedJobsLeaveAtOnceAndStayHiddenWhileStillListed)
{
    model.applySnapshot(range(1, 6));
    spy.clear();
    model.removeJobs({ idFor(2), idFor(3), idFor(5), QStringLiteral("job-unknown") });
    EXPECT_EQ(idsOf(model), idList({ 1, 4, 6 }));
    ASSERT_EQ(spy.removed.size(), 2u);
    EXPECT_EQ(spy.removed[0], (ModelSpy::Range{ 4, 4 }));
    EXPECT_EQ(spy.removed[1], (ModelSpy::Range{ 1, 2 }));
    EXPECT_EQ(model.rowForId(idFor(6)), 2);

    // A reply to a request sent before the delete still lists them: they stay away.
    model.applySnapshot(range(1, 6));
    EXPECT_EQ(idsOf(model), idList({ 1, 4, 6 }));
    // The server stops listing 2 and 3; 5 is still listed (its delete failed) and comes back
    // after the grace period.
    model.applySnapshot(pick({ 1, 4, 5, 6 }));
    model.applySnapshot(pick({ 1, 4, 5, 6 }));
    EXPECT_EQ(idsOf(model), idList({ 1, 4, 6 }));
    model.applySnapshot(pick({ 1, 4, 5, 6 }));
    EXPECT_EQ(idsOf(model), idList({ 1, 5, 4, 6 }));
    model.applySnapshot(range(1, 6));
    EXPECT_EQ(idsOf(model), idList({ 1, 5, 2, 4, 3, 6 }));
}

TEST_F(JobTableModelTest, ResetOnlyForANewConnection)
{
    model.applySnapshot(range(1, 5));
    model.resetForNewConnection();
    EXPECT_EQ(spy.resets, 1);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.rowForId(idFor(1)), -1);
    spy.resets = 0; // the teardown check is about polls
    model.applySnapshot(range(1, 3));
    EXPECT_EQ(model.rowCount(), 3);
}

TEST_F(JobTableModelTest, SharedJobSetChangesAreSignalledAsTheyHappen)
{
    auto jobs = std::make_shared<JobSet>();
    JobTableModel shared(jobs);
    QAbstractItemModelTester sharedTester(&shared, QAbstractItemModelTester::FailureReportingMode::Warning);
    ModelSpy sharedSpy(&shared);
    int batches = 0;
    QObject::connect(&shared, &JobTableModel::batchApplied, &shared, [&batches] { ++batches; });
    jobs->upsert(range(1, 5));
    EXPECT_EQ(shared.rowCount(), 5);
    ASSERT_EQ(sharedSpy.inserted.size(), 1u);
    Job changed = make(3, JobStatus::Failure);
    jobs->upsert({ changed });
    ASSERT_EQ(sharedSpy.changed.size(), 1u);
    EXPECT_EQ(sharedSpy.changed[0].top, 2);
    jobs->remove({ idFor(1) });
    EXPECT_EQ(sharedSpy.removed.back(), (ModelSpy::Range{ 0, 0 }));
    EXPECT_EQ(batches, 3);
    EXPECT_EQ(shared.rowForId(idFor(3)), 1);
}

TEST_F(JobTableModelTest, RowsAreFoundWithoutScanningAfterManyChanges)
{
    // Thousands of rows through removals and reuse of their slots: every id maps to its row and
    // back, which only holds if the live-slot counts stay right. (No model tester here: it
    // re-reads the whole table on every signal.)
    JobTableModel model;
    model.applySnapshot(range(1, 3000));
    std::vector<Job> next;
    for (int n = 1; n <= 3000; ++n) {
        if (n % 3 != 0)
            next.push_back(make(n));
    }
    for (int n = 5000; n < 5500; ++n)
        next.push_back(make(n));
    model.applySnapshot(next);
    ASSERT_EQ(model.rowCount(), 2500);
    for (int row = 0; row < model.rowCount(); ++row)
        ASSERT_EQ(model.rowForId(model.jobAt(row)->jobId), row);
}

TEST_F(JobTableModelTest, PollChangesOnlyTheChangedRowInPlace)
{
    model.applySnapshot(range(1, 10));
    const int firstSlot = model.slotForRow(0);
    const int changedSlot = model.slotForRow(model.rowForId(idFor(5)));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    std::vector<Job> next = range(1, 10);
    for (Job &job : next) {
        if (job.jobId == idFor(5))
            job.errorMessage = QStringLiteral("changed");
    }
    model.applySnapshot(next);
    EXPECT_EQ(model.slotForRow(0), firstSlot);
    EXPECT_EQ(model.slotForRow(model.rowForId(idFor(5))), changedSlot);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), model.rowForId(idFor(5)));
    EXPECT_EQ(model.jobAt(model.rowForId(idFor(5)))->errorMessage, QStringLiteral("changed"));
}

} // namespace

// A view reads a row's cells one after another, and the model reads the row's job once for them;
// a change to that job, or another job taking its slot, shows at the next read. (A model of its
// own: the fixture's model tester reads every cell after each change.)
TEST(JobTableModelCells, ShowAChangeToTheJobJustRead)
{
    JobTableModel cells;
    cells.applySnapshot(range(1, 10));
    const QModelIndex error = cells.index(3, JobTableModel::ErrorColumn);
    const QString before = error.data().toString();

    std::vector<Job> next = range(1, 10);
    next[3].errorMessage = QStringLiteral("quota exceeded");
    cells.applySnapshot(next);
    EXPECT_NE(error.data().toString(), before);
    EXPECT_EQ(error.data().toString(), QStringLiteral("quota exceeded"));

    // The row's job goes and a new one takes its slot: the cells are the new job's.
    const QModelIndex id = cells.index(3, JobTableModel::JobIdColumn);
    const QString gone = id.data().toString();
    std::vector<Job> without = range(1, 10);
    without.erase(without.begin() + 3);
    cells.applySnapshot(without);
    without.push_back(make(42));
    cells.applySnapshot(without);
    for (int row = 0; row < cells.rowCount(); ++row) {
        const QString shown = cells.index(row, JobTableModel::JobIdColumn).data().toString();
        EXPECT_NE(shown, gone);
        EXPECT_EQ(shown, cells.jobAt(row)->jobId);
    }
}
