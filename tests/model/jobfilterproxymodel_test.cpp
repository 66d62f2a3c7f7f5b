// SPDX-License-Identifier: MIT
#include "jobfactory.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "modelspy.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using jobfactory::idFor;
using jobfactory::make;
using jobfactory::range;

namespace {

class JobFilterProxyModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        testsupport::clearModelTestMessages();
        proxy.setSourceModel(&model);
        spy.clear(); // attaching the source is the one legitimate reset
    }
    void TearDown() override
    {
        EXPECT_NO_MODELTEST_FAILURES();
        EXPECT_EQ(spy.resets, 0);
    }

    QStringList shownIds() const
    {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.jobAt(proxy.index(row, 0))->jobId);
        return ids;
    }
    QStringList sortedShownIds() const
    {
        QStringList ids = shownIds();
        ids.sort();
        return ids;
    }

    JobTableModel model;
    JobFilterProxyModel proxy;
    QAbstractItemModelTester modelTester{ &model, QAbstractItemModelTester::FailureReportingMode::Warning };
    QAbstractItemModelTester proxyTester{ &proxy, QAbstractItemModelTester::FailureReportingMode::Warning };
    ModelSpy spy{ &proxy };
};

TEST_F(JobFilterProxyModelTest, StatusFilter)
{
    model.applySnapshot({ make(1, JobStatus::Success), make(2, JobStatus::Failure), make(3, JobStatus::Pending),
                          make(4, JobStatus::Failure) });
    proxy.setStatuses({ JobStatus::Failure });
    EXPECT_EQ(sortedShownIds(), QStringList({ idFor(2), idFor(4) }));
    proxy.setStatuses({ JobStatus::Failure, JobStatus::Pending });
    EXPECT_EQ(sortedShownIds(), QStringList({ idFor(2), idFor(3), idFor(4) }));
    proxy.setStatuses({});
    EXPECT_EQ(proxy.rowCount(), 4);
}

TEST_F(JobFilterProxyModelTest, WorkspaceAccountAndPluginFilters)
{
    model.applySnapshot(range(1, 30));
    proxy.setWorkspaceId(QStringLiteral("*"));
    for (const QString &id : shownIds())
        EXPECT_EQ(model.jobAt(model.rowForId(id))->workspaceId, QStringLiteral("*"));
    EXPECT_EQ(proxy.rowCount(), 6);
    proxy.setWorkspaceId({});
    proxy.setTrustedAccountId(make(3).trustedAccountId);
    EXPECT_EQ(sortedShownIds(), QStringList({ idFor(3), idFor(10), idFor(17), idFor(24) }));
    proxy.setTrustedAccountId({});
    proxy.setPluginId(QStringLiteral("plugin-collector-2"));
    EXPECT_EQ(proxy.rowCount(), 8);
    proxy.setWorkspaceId(QStringLiteral("workspace-0"));
    for (const QString &id : shownIds()) {
        const std::optional<Job> job = model.jobAt(model.rowForId(id));
        EXPECT_EQ(job->pluginId, QStringLiteral("plugin-collector-2"));
        EXPECT_EQ(job->workspaceId, QStringLiteral("workspace-0"));
    }
}

TEST_F(JobFilterProxyModelTest, TextFilterSearchesIdAccountPluginAndErrorCaseInsensitively)
{
    Job failed = make(7, JobStatus::Failure);
    failed.errorMessage = QStringLiteral("Quota EXCEEDED for project");
    model.applySnapshot({ make(1), make(2), failed });
    proxy.setText(QStringLiteral("quota exceeded"));
    EXPECT_EQ(shownIds(), QStringList{ idFor(7) });
    proxy.setText(idFor(2).toUpper());
    EXPECT_EQ(shownIds(), QStringList{ idFor(2) });
    proxy.setText(QStringLiteral("TA-000000000001"));
    EXPECT_EQ(shownIds(), QStringList{ idFor(1) });
    proxy.setText(QStringLiteral("collector-2"));
    EXPECT_EQ(shownIds(), QStringList{ idFor(2) });
    proxy.setText(QStringLiteral("workspace-1")); // workspace is not searched by text
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setText({});
    EXPECT_EQ(proxy.rowCount(), 3);
}

TEST_F(JobFilterProxyModelTest, StuckOnlyUsesTheInjectedClock)
{
    Job old = make(1, JobStatus::InProgress);
    Job fresh = make(2, JobStatus::Pending);
    fresh.updatedAtMs = old.updatedAtMs + 50 * 60 * 1000;
    model.applySnapshot({ old, fresh, make(3, JobStatus::Success) });
    qint64 now = old.updatedAtMs + 30 * 60 * 1000;
    proxy.setClock([&now] { return now; });
    proxy.setStuckOnly(true);
    EXPECT_EQ(proxy.rowCount(), 0);
    now = old.updatedAtMs + 61 * 60 * 1000;
    proxy.refreshStuck();
    EXPECT_EQ(shownIds(), QStringList{ idFor(1) });
    now = old.updatedAtMs + 200 * 60 * 1000;
    proxy.refreshStuck();
    EXPECT_EQ(sortedShownIds(), QStringList({ idFor(1), idFor(2) }));
    proxy.setStuckThresholdMs(4 * 60 * 60 * 1000);
    EXPECT_EQ(proxy.rowCount(), 0);
}

TEST_F(JobFilterProxyModelTest, StuckOnlyFollowsTheModelClockWithoutInjection)
{
    Job old = make(1, JobStatus::InProgress);
    model.applySnapshot({ old, make(2) });
    model.tick(old.updatedAtMs + 10 * 60 * 1000);
    proxy.setStuckOnly(true);
    EXPECT_EQ(proxy.rowCount(), 0);
    // The model's tick signals the row whose stuck state flipped; the proxy re-filters it.
    model.tick(old.updatedAtMs + 70 * 60 * 1000);
    EXPECT_EQ(shownIds(), QStringList{ idFor(1) });
}

TEST_F(JobFilterProxyModelTest, SettersIgnoreUnchangedValues)
{
    model.applySnapshot(range(1, 10));
    int filterChanges = 0;
    QObject::connect(&proxy, &JobFilterProxyModel::filterChanged, &proxy, [&filterChanges] { ++filterChanges; });
    proxy.setText(QStringLiteral("job"));
    proxy.setText(QStringLiteral("job"));
    proxy.setStuckOnly(false);
    proxy.setStatuses({});
    proxy.setStatuses({ JobStatus::Failure, JobStatus::Pending });
    proxy.setStatuses({ JobStatus::Pending, JobStatus::Failure, JobStatus::Pending });
    EXPECT_EQ(proxy.filter().statuses, QList<JobStatus>({ JobStatus::Pending, JobStatus::Failure }));
    JobFilter same = proxy.filter();
    proxy.setFilter(same);
    EXPECT_EQ(filterChanges, 2);
}

TEST_F(JobFilterProxyModelTest, FilterChangeIsOneLayoutChangeThatKeepsTheSelection)
{
    model.applySnapshot(range(1, 40));
    proxy.sort(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);
    const auto rowOf = [this](int n) { return proxy.mapFromSource(model.index(model.rowForId(idFor(n)), 0)).row(); };
    selection.select(proxy.index(rowOf(5), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.select(proxy.index(rowOf(6), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(proxy.index(rowOf(5), 3), QItemSelectionModel::NoUpdate);
    spy.clear();
    // Scattered rows leave: one layout change, not a signal per row.
    proxy.setPluginId(QStringLiteral("plugin-collector-1")); // n % 4 == 1: keeps 5, drops 6
    EXPECT_EQ(spy.layoutChanges, 1);
    EXPECT_TRUE(spy.removed.empty());
    EXPECT_EQ(proxy.rowCount(), 10);
    EXPECT_EQ(proxy.jobIds(selection.selectedRows()), QStringList{ idFor(5) });
    EXPECT_EQ(proxy.jobAt(selection.currentIndex())->jobId, idFor(5));
    proxy.setPluginId({});
    EXPECT_EQ(spy.layoutChanges, 2);
    EXPECT_EQ(spy.resets, 0);
    EXPECT_EQ(proxy.rowCount(), 40);
    EXPECT_EQ(proxy.jobAt(proxy.index(0, 0))->jobId, idFor(40)); // still sorted, without a sort
    EXPECT_EQ(proxy.jobAt(selection.currentIndex())->jobId, idFor(5));
}

TEST_F(JobFilterProxyModelTest, StatusChangeMovesARowInAndOutByItself)
{
    std::vector<Job> jobs = { make(1, JobStatus::InProgress), make(2, JobStatus::InProgress), make(3) };
    model.applySnapshot(jobs);
    proxy.setStatuses({ JobStatus::InProgress, JobStatus::Pending });
    EXPECT_EQ(proxy.rowCount(), 2);
    jobs[0] = make(1, JobStatus::Failure);
    model.applySnapshot(jobs);
    EXPECT_EQ(shownIds(), QStringList{ idFor(2) });
    jobs[2] = make(3, JobStatus::Pending);
    model.applySnapshot(jobs);
    EXPECT_EQ(sortedShownIds(), QStringList({ idFor(2), idFor(3) }));
}

TEST_F(JobFilterProxyModelTest, EqualKeysAreOrderedByIdAndStayPutAcrossPolls)
{
    // Inserted out of id order, all with the same status.
    std::vector<Job> jobs;
    for (int n : { 9, 3, 7, 1, 5, 8, 2 })
        jobs.push_back(make(n, n % 2 ? JobStatus::Success : JobStatus::Failure));
    model.applySnapshot(jobs);
    proxy.sort(JobTableModel::StatusColumn, Qt::AscendingOrder);
    const QStringList expected = { idFor(2), idFor(8), idFor(1), idFor(3), idFor(5), idFor(7), idFor(9) };
    EXPECT_EQ(shownIds(), expected);
    for (int round = 0; round < 5; ++round) {
        for (Job &job : jobs)
            job.updatedAtMs += 1000; // changes a column that is not the sort key
        jobs.push_back(make(100 + round, JobStatus::Success)); // sorts after the ties above
        model.applySnapshot(jobs);
        EXPECT_EQ(shownIds().mid(0, expected.size()), expected);
    }
    proxy.sort(JobTableModel::StatusColumn, Qt::DescendingOrder);
    EXPECT_EQ(shownIds().last(), idFor(2));
}

TEST_F(JobFilterProxyModelTest, EveryColumnSortsWithAStrictOrdering)
{
    std::vector<Job> jobs;
    QRandomGenerator random(7);
    for (int n = 0; n < 60; ++n) {
        Job job = make(n, JobStatuses::kKnown[random.bounded(5)]);
        if (random.bounded(4) == 0)
            job.createdAtMs = jobfactory::kBaseMs; // ties
        if (random.bounded(6) == 0) {
            job.status = JobStatus::Unknown;
            job.rawStatus = random.bounded(2) ? QStringLiteral("ERROR") : QStringLiteral("CANCELD");
        }
        jobs.push_back(job);
    }
    model.applySnapshot(jobs);
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::AscendingOrder);
        for (int row = 0; row + 1 < proxy.rowCount(); ++row) {
            const QModelIndex a = proxy.index(row, column);
            const QModelIndex b = proxy.index(row + 1, column);
            const QVariant ra = a.data(JobTableModel::RawValueRole);
            const QVariant rb = b.data(JobTableModel::RawValueRole);
            if (column == JobTableModel::CreatedColumn) {
                EXPECT_LE(ra.toLongLong(), rb.toLongLong());
            }
            if (column == JobTableModel::StatusColumn) {
                EXPECT_LE(ra.toInt(), rb.toInt());
            }
            if (ra == rb && a.data() == b.data()) {
                EXPECT_LT(a.data(JobTableModel::JobIdRole).toString(), b.data(JobTableModel::JobIdRole).toString());
            }
        }
    }
}

TEST_F(JobFilterProxyModelTest, JobIdsOfASelection)
{
    model.applySnapshot(range(1, 5));
    proxy.sort(JobTableModel::JobIdColumn, Qt::DescendingOrder);
    const QStringList ids = proxy.jobIds({ proxy.index(0, 0), proxy.index(0, 3), proxy.index(2, 1) });
    EXPECT_EQ(ids, QStringList({ idFor(5), idFor(3) }));
}

} // namespace
