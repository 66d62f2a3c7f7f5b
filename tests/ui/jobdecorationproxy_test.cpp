// SPDX-License-Identifier: MIT
// The proxy the job table shows: icons, colours and the stuck highlight on top of the filter
// proxy, under QAbstractItemModelTester through polls, sorting, filtering and the clock.
#include "jobfactory.h"
#include "modelspy.h"
#include "testsupport.h"

#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "ui/iconprovider.h"
#include "ui/jobdecorationproxy.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QSet>

#include <gtest/gtest.h>

using jobfactory::idFor;
using jobfactory::kBaseMs;
using jobfactory::make;

namespace {

constexpr qint64 kHourMs = 60 * 60 * 1000;

class JobDecorationProxyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        testsupport::clearModelTestMessages();
        filter.setSourceModel(&model);
        decoration.setSourceModel(&filter);
        spy.clear(); // attaching the sources is the one legitimate reset
        model.tick(kBaseMs + 2 * kHourMs);
    }
    void TearDown() override
    {
        EXPECT_NO_MODELTEST_FAILURES();
        EXPECT_EQ(spy.resets, 0);
    }

    // The decoration proxy's index of a job's cell.
    QModelIndex cell(const QString &id, int column) const
    {
        for (int row = 0; row < decoration.rowCount(); ++row) {
            const QModelIndex index = decoration.index(row, column);
            if (index.data(JobTableModel::JobIdRole).toString() == id)
                return index;
        }
        return {};
    }
    static qint64 iconKey(const QVariant &v) { return v.value<QIcon>().cacheKey(); }

    JobTableModel model;
    JobFilterProxyModel filter;
    JobDecorationProxy decoration;
    QAbstractItemModelTester modelTester{ &model, QAbstractItemModelTester::FailureReportingMode::Warning };
    QAbstractItemModelTester filterTester{ &filter, QAbstractItemModelTester::FailureReportingMode::Warning };
    QAbstractItemModelTester decorationTester{ &decoration, QAbstractItemModelTester::FailureReportingMode::Warning };
    ModelSpy spy{ &decoration };
};

TEST_F(JobDecorationProxyTest, StatusCellsCarryTheirIconAndColour)
{
    const QList<JobStatus> statuses{ JobStatus::Pending, JobStatus::InProgress, JobStatus::Success, JobStatus::Failure,
                                     JobStatus::Canceled };
    std::vector<Job> jobs;
    for (int i = 0; i < statuses.size(); ++i) {
        Job job = make(i + 1, statuses[i]);
        job.updatedAtMs = kBaseMs + 2 * kHourMs; // active ones are fresh, not stuck
        jobs.push_back(job);
    }
    model.applySnapshot(jobs);
    ASSERT_EQ(decoration.rowCount(), statuses.size());

    QSet<qint64> icons;
    for (int i = 0; i < statuses.size(); ++i) {
        const QModelIndex status = cell(idFor(i + 1), JobTableModel::StatusColumn);
        ASSERT_TRUE(status.isValid());
        EXPECT_EQ(iconKey(status.data(Qt::DecorationRole)), IconProvider::statusIcon(statuses[i]).cacheKey());
        EXPECT_FALSE(status.data(Qt::DecorationRole).value<QIcon>().isNull());
        EXPECT_EQ(status.data(Qt::ForegroundRole).value<QColor>(), IconProvider::statusColor(statuses[i]));
        icons.insert(iconKey(status.data(Qt::DecorationRole)));
        // Text stays the source's.
        EXPECT_EQ(status.data(Qt::DisplayRole), filter.index(status.row(), status.column()).data(Qt::DisplayRole));
    }
    EXPECT_EQ(icons.size(), statuses.size()) << "every status has an icon of its own";
}

TEST_F(JobDecorationProxyTest, ErrorTextIsInTheFailureColourAndOtherCellsAreLeftAlone)
{
    model.applySnapshot({ make(1, JobStatus::Failure) });
    const QModelIndex error = cell(idFor(1), JobTableModel::ErrorColumn);
    EXPECT_EQ(error.data(Qt::ForegroundRole).value<QColor>(), IconProvider::statusColor(JobStatus::Failure));
    EXPECT_FALSE(error.data(Qt::DecorationRole).isValid());

    for (const int column : { int(JobTableModel::JobIdColumn), int(JobTableModel::WorkspaceColumn),
                              int(JobTableModel::DurationColumn), int(JobTableModel::CreatedColumn) }) {
        const QModelIndex index = cell(idFor(1), column);
        EXPECT_FALSE(index.data(Qt::DecorationRole).isValid()) << column;
        EXPECT_FALSE(index.data(Qt::ForegroundRole).isValid()) << column;
        EXPECT_FALSE(index.data(Qt::BackgroundRole).isValid()) << column;
        for (const int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(JobTableModel::RawValueRole),
                                int(JobTableModel::JobIdRole) })
            EXPECT_EQ(index.data(role), filter.index(index.row(), column).data(role)) << column << " " << role;
    }
}

TEST_F(JobDecorationProxyTest, StuckRowsAreHighlightedAcrossAndMarkedInTheDuration)
{
    Job stuck = make(1, JobStatus::InProgress);
    stuck.updatedAtMs = kBaseMs; // two hours before the model's clock
    Job fresh = make(2, JobStatus::InProgress);
    fresh.updatedAtMs = kBaseMs + 2 * kHourMs - 60000;
    model.applySnapshot({ stuck, fresh, make(3, JobStatus::Success) });

    for (int column = 0; column < decoration.columnCount(); ++column) {
        EXPECT_EQ(cell(idFor(1), column).data(Qt::BackgroundRole).value<QColor>(), IconProvider::stuckRowBackground())
            << column;
        EXPECT_FALSE(cell(idFor(2), column).data(Qt::BackgroundRole).isValid()) << column;
        EXPECT_FALSE(cell(idFor(3), column).data(Qt::BackgroundRole).isValid()) << column;
    }
    EXPECT_EQ(iconKey(cell(idFor(1), JobTableModel::DurationColumn).data(Qt::DecorationRole)),
              IconProvider::stuckIcon().cacheKey());
    EXPECT_FALSE(cell(idFor(2), JobTableModel::DurationColumn).data(Qt::DecorationRole).isValid());

    // An hour later the second one is stuck too; a higher threshold clears both.
    model.tick(kBaseMs + 3 * kHourMs);
    EXPECT_TRUE(cell(idFor(2), JobTableModel::JobIdColumn).data(Qt::BackgroundRole).isValid());
    model.setStuckThresholdMs(10 * kHourMs);
    EXPECT_FALSE(cell(idFor(1), JobTableModel::JobIdColumn).data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(cell(idFor(2), JobTableModel::DurationColumn).data(Qt::DecorationRole).isValid());
}

TEST_F(JobDecorationProxyTest, FollowsPollsSortingAndFilteringWithoutAReset)
{
    std::vector<Job> first;
    for (int n = 1; n <= 40; ++n)
        first.push_back(make(n, n % 4 == 0 ? JobStatus::Failure : JobStatus::Success));
    model.applySnapshot(first);
    filter.sort(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    EXPECT_EQ(decoration.rowCount(), 40);

    // A poll: ten gone, five new, three changed state.
    std::vector<Job> second;
    for (int n = 11; n <= 45; ++n)
        second.push_back(make(n, n % 4 == 0 ? JobStatus::Failure : JobStatus::Success));
    for (Job &job : second) {
        if (job.jobId == idFor(20) || job.jobId == idFor(21) || job.jobId == idFor(22)) {
            job.status = JobStatus::Canceled;
            job.updatedAtMs += 5000;
        }
    }
    model.applySnapshot(second);
    ASSERT_EQ(decoration.rowCount(), 35);
    EXPECT_FALSE(spy.removed.empty());
    EXPECT_FALSE(spy.inserted.empty());
    EXPECT_EQ(iconKey(cell(idFor(21), JobTableModel::StatusColumn).data(Qt::DecorationRole)),
              IconProvider::statusIcon(JobStatus::Canceled).cacheKey());
    EXPECT_EQ(iconKey(cell(idFor(45), JobTableModel::StatusColumn).data(Qt::DecorationRole)),
              IconProvider::statusIcon(JobStatus::Success).cacheKey());

    filter.setStatuses({ JobStatus::Failure });
    ASSERT_EQ(decoration.rowCount(), 8); // 12, 16, 24, 28, ..., 44: 20 was canceled
    for (int row = 0; row < decoration.rowCount(); ++row) {
        EXPECT_EQ(iconKey(decoration.index(row, JobTableModel::StatusColumn).data(Qt::DecorationRole)),
                  IconProvider::statusIcon(JobStatus::Failure).cacheKey());
    }
    filter.setStatuses({});
    EXPECT_EQ(decoration.rowCount(), 35);
}

TEST_F(JobDecorationProxyTest, RefreshColorsRepaintsEveryCellOnce)
{
    decoration.refreshColors();
    EXPECT_TRUE(spy.changed.empty()) << "nothing to repaint in an empty table";

    model.applySnapshot({ make(1), make(2, JobStatus::Failure), make(3, JobStatus::Pending) });
    spy.clear();
    decoration.refreshColors();
    ASSERT_EQ(spy.changed.size(), 1u);
    const ModelSpy::Cells &cells = spy.changed.front();
    EXPECT_EQ(cells.top, 0);
    EXPECT_EQ(cells.left, 0);
    EXPECT_EQ(cells.bottom, 2);
    EXPECT_EQ(cells.right, decoration.columnCount() - 1);
    EXPECT_EQ(cells.roles, QList<int>({ Qt::DecorationRole, Qt::ForegroundRole, Qt::BackgroundRole }));
    EXPECT_TRUE(spy.inserted.empty());
    EXPECT_TRUE(spy.removed.empty());
}

} // namespace

// What a view asks for in one call is what it would get role by role, for every cell: stuck,
// failed, running and finished jobs, every column.
TEST_F(JobDecorationProxyTest, ManyRolesAtOnceAreTheRolesOneByOne)
{
    std::vector<Job> jobs;
    jobs.push_back(make(1, JobStatus::Failure));
    Job stuck = make(2, JobStatus::InProgress);
    stuck.updatedAtMs = kBaseMs - 10 * kHourMs;
    jobs.push_back(stuck);
    jobs.push_back(make(3, JobStatus::Pending));
    jobs.push_back(make(4, JobStatus::Success));
    Job odd = make(5, JobStatus::Unknown);
    odd.rawStatus = QStringLiteral("PAUSED");
    jobs.push_back(odd);
    model.applySnapshot(jobs);
    const int roles[] = { Qt::FontRole,
                          Qt::TextAlignmentRole,
                          Qt::ForegroundRole,
                          Qt::CheckStateRole,
                          Qt::DecorationRole,
                          Qt::DisplayRole,
                          Qt::BackgroundRole,
                          Qt::ToolTipRole,
                          JobTableModel::JobIdRole,
                          JobTableModel::StuckRole,
                          JobTableModel::JobStatusRole };
    bool sawStuck = false;
    for (int row = 0; row < decoration.rowCount(); ++row) {
        for (int column = 0; column < decoration.columnCount(); ++column) {
            const QModelIndex index = decoration.index(row, column);
            std::vector<QModelRoleData> all;
            for (int role : roles)
                all.emplace_back(role);
            decoration.multiData(index, QModelRoleDataSpan(all));
            for (size_t i = 0; i < all.size(); ++i) {
                const QVariant one = decoration.data(index, roles[i]);
                if (roles[i] == Qt::DecorationRole)
                    EXPECT_EQ(iconKey(all[i].data()), iconKey(one)) << row << "," << column;
                else
                    EXPECT_EQ(all[i].data(), one) << row << "," << column << " role " << roles[i];
            }
            sawStuck = sawStuck || index.data(JobTableModel::StuckRole).toBool();
        }
    }
    EXPECT_TRUE(sawStuck);
}
