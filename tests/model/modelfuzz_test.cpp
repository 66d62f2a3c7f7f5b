// SPDX-License-Identifier: MIT
#include "jobfactory.h"
#include "model/jobdiffbuilder.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "modelspy.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSet>
#include <QtConcurrent>

#include <gtest/gtest.h>

#include <map>

namespace {

QSet<QString> idsIn(const JobFilterProxyModel &proxy)
{
    QSet<QString> ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.insert(proxy.index(row, 0).data(JobTableModel::JobIdRole).toString());
    return ids;
}

QSet<QString> selectedIds(const QItemSelectionModel &selection, const JobFilterProxyModel &proxy)
{
    const QStringList ids = proxy.jobIds(selection.selectedRows());
    return QSet<QString>(ids.begin(), ids.end());
}

// A simulated server: a few hundred polls over a pool of ids, with jobs appearing, changing
// status, failing, being deleted, duplicated in a reply, and whole replies coming back empty.
// After every poll the table must equal the reply (kept rows in place, new rows appended), the
// model tester must be silent, nothing may reset, and the user's selection and current row on
// the sorted, filtered view must still be the same jobs.
void runPolls(quint32 seed, int rounds, int sortColumn)
{
    testsupport::clearModelTestMessages();
    JobTableModel model;
    JobFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    ModelSpy spy(&model);
    ModelSpy proxySpy(&proxy);
    proxy.setStatuses({ JobStatus::Pending, JobStatus::InProgress, JobStatus::Failure, JobStatus::Success });
    proxy.sort(sortColumn, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);

    QRandomGenerator random(seed);
    std::map<int, Job> server;
    QStringList expectedOrder;
    int nextId = 0;
    int roundsWithSelection = 0;
    int roundsWithCurrent = 0;

    for (int round = 0; round < rounds; ++round) {
        // Server-side changes.
        const int births = int(random.bounded(6));
        for (int i = 0; i < births; ++i) {
            const int n = nextId++;
            server[n] = jobfactory::make(n, JobStatus::Pending);
        }
        for (auto it = server.begin(); it != server.end();) {
            const quint32 roll = random.bounded(100);
            Job &job = it->second;
            if (roll < 4) {
                it = server.erase(it);
                continue;
            }
            if (roll < 20) {
                job.status = JobStatuses::kKnown[random.bounded(5)];
                job.updatedAtMs += 1000;
                job.finishedAtMs = job.isActive() ? JobTime::kNone : job.updatedAtMs;
                job.errorMessage
                    = job.status == JobStatus::Failure ? QStringLiteral("failed in round %1").arg(round) : QString();
            } else if (roll < 24) {
                job.trustedAccountId = QStringLiteral("ta-%1").arg(random.bounded(9));
            }
            ++it;
        }

        // The reply: in any order, sometimes with a duplicate, sometimes empty.
        std::vector<Job> reply;
        if (random.bounded(25) != 0) {
            for (const auto &entry : server)
                reply.push_back(entry.second);
            for (size_t i = reply.size(); i > 1; --i)
                std::swap(reply[i - 1], reply[random.bounded(quint32(i))]);
            if (!reply.empty() && random.bounded(5) == 0) {
                Job twin = reply[random.bounded(quint32(reply.size()))];
                twin.errorMessage = QStringLiteral("duplicate copy");
                reply.push_back(twin);
            }
        }

        // What the table must show: surviving rows in place, unseen ids in reply order, the
        // last copy of a duplicated id.
        QHash<QString, Job> last;
        QStringList replyOrder;
        for (const Job &job : reply) {
            if (!last.contains(job.jobId))
                replyOrder.append(job.jobId);
            last.insert(job.jobId, job);
        }
        QStringList order;
        for (const QString &id : std::as_const(expectedOrder))
            if (last.contains(id))
                order.append(id);
        for (const QString &id : std::as_const(replyOrder))
            if (!expectedOrder.contains(id))
                order.append(id);
        expectedOrder = order;

        const QSet<QString> selectedBefore = selectedIds(selection, proxy);
        const Job *current = proxy.jobAt(selection.currentIndex());
        const QString currentBefore = current ? current->jobId : QString();

        switch (random.bounded(3)) {
        case 0:
            model.applySnapshot(std::move(reply));
            break;
        case 1:
            ASSERT_NE(model.applyDiff(JobDiffBuilder::build(model.snapshot(), std::move(reply))),
                      JobTableModel::ApplyResult::Rejected);
            break;
        default: {
            QFuture<JobModelDiff> future
                = QtConcurrent::run([snapshot = model.snapshot(), reply = std::move(reply)]() mutable {
                      return JobDiffBuilder::build(snapshot, std::move(reply));
                  });
            future.waitForFinished();
            ASSERT_EQ(model.applyDiff(future.takeResult()), JobTableModel::ApplyResult::Applied);
        }
        }

        ASSERT_EQ(model.rowCount(), expectedOrder.size()) << "round " << round;
        int active = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const Job *job = model.jobAt(row);
            ASSERT_EQ(job->jobId, expectedOrder[row]) << "round " << round;
            ASSERT_EQ(*job, last.value(job->jobId)) << "round " << round;
            ASSERT_EQ(model.rowForId(job->jobId), row);
            active += job->isActive() ? 1 : 0;
        }
        ASSERT_EQ(model.activeCount(), active);

        const QSet<QString> shown = idsIn(proxy);
        roundsWithSelection += (selectedBefore & shown).isEmpty() ? 0 : 1;
        roundsWithCurrent += shown.contains(currentBefore) ? 1 : 0;
        ASSERT_EQ(selectedIds(selection, proxy), selectedBefore & shown) << "round " << round;
        if (!currentBefore.isEmpty() && shown.contains(currentBefore)) {
            const Job *now = proxy.jobAt(selection.currentIndex());
            ASSERT_TRUE(now) << "round " << round;
            ASSERT_EQ(now->jobId, currentBefore) << "round " << round;
        }

        // The user clicks around between polls.
        if (proxy.rowCount() > 0) {
            if (random.bounded(3) == 0)
                selection.clearSelection();
            const int clicks = int(random.bounded(4));
            for (int i = 0; i < clicks; ++i)
                selection.select(proxy.index(int(random.bounded(quint32(proxy.rowCount()))), 0),
                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
            if (random.bounded(2) == 0)
                selection.setCurrentIndex(proxy.index(int(random.bounded(quint32(proxy.rowCount()))), 2),
                                          QItemSelectionModel::NoUpdate);
        }
    }
    EXPECT_EQ(spy.resets, 0);
    EXPECT_EQ(proxySpy.resets, 0);
    // The checks above only mean something if the user had something selected most of the time.
    EXPECT_GT(roundsWithSelection, rounds / 2);
    EXPECT_GT(roundsWithCurrent, rounds / 3);
    EXPECT_NO_MODELTEST_FAILURES();
}

// The user deletes jobs while a poll is being prepared: the reply, computed before the delete
// reached the server, still lists them. The prepared diff must be rebased, the deleted rows must
// not come back, and the server's next reply (without them) must settle everything.
void runPollsWithLocalDeletes(quint32 seed, int rounds)
{
    testsupport::clearModelTestMessages();
    JobTableModel model;
    JobFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    ModelSpy spy(&model);
    proxy.sort(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);

    QRandomGenerator random(seed);
    std::map<int, Job> server;
    QStringList expectedOrder;
    int nextId = 0;
    int rebased = 0;
    for (int round = 0; round < rounds; ++round) {
        for (int i = int(random.bounded(5)); i > 0; --i) {
            const int n = nextId++;
            server[n] = jobfactory::make(n, JobStatuses::kKnown[random.bounded(5)]);
        }
        for (auto &entry : server) {
            if (random.bounded(10) == 0)
                entry.second.updatedAtMs += 1000;
        }
        std::vector<Job> reply;
        for (const auto &entry : server)
            reply.push_back(entry.second);
        JobModelDiff diff = JobDiffBuilder::build(model.snapshot(), reply);

        // Meanwhile the user deletes a few of the rows they can see, and the server obeys.
        QStringList deleted;
        for (int i = int(random.bounded(3)); i > 0 && proxy.rowCount() > 0; --i) {
            const Job *job = proxy.jobAt(proxy.index(int(random.bounded(quint32(proxy.rowCount()))), 0));
            if (!deleted.contains(job->jobId))
                deleted.append(job->jobId);
        }
        if (!deleted.isEmpty()) {
            const QSet<QString> selectedBefore = selectedIds(selection, proxy);
            model.removeJobs(deleted);
            for (const QString &id : std::as_const(deleted)) {
                expectedOrder.removeOne(id);
                server.erase(id.mid(4).toInt(nullptr, 16));
            }
            ASSERT_EQ(selectedIds(selection, proxy), selectedBefore - QSet<QString>(deleted.begin(), deleted.end()));
        }

        const JobTableModel::ApplyResult result = model.applyDiff(std::move(diff));
        ASSERT_EQ(result,
                  deleted.isEmpty() ? JobTableModel::ApplyResult::Applied : JobTableModel::ApplyResult::Rebased);
        rebased += result == JobTableModel::ApplyResult::Rebased ? 1 : 0;

        for (const Job &job : reply) {
            if (!expectedOrder.contains(job.jobId) && !deleted.contains(job.jobId))
                expectedOrder.append(job.jobId);
        }
        ASSERT_EQ(model.rowCount(), expectedOrder.size()) << "round " << round;
        for (int row = 0; row < model.rowCount(); ++row) {
            ASSERT_EQ(model.jobAt(row)->jobId, expectedOrder[row]) << "round " << round;
            ASSERT_EQ(model.rowForId(expectedOrder[row]), row);
        }

        if (proxy.rowCount() > 0)
            selection.select(proxy.index(int(random.bounded(quint32(proxy.rowCount()))), 0),
                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    EXPECT_GT(rebased, rounds / 3);
    EXPECT_EQ(spy.resets, 0);
    EXPECT_NO_MODELTEST_FAILURES();
}

TEST(ModelFuzz, LocalDeletesDuringPolls)
{
    runPollsWithLocalDeletes(5, 200);
}

TEST(ModelFuzz, PollsSortedByStatus)
{
    runPolls(20240611, 300, JobTableModel::StatusColumn);
}

TEST(ModelFuzz, PollsSortedByUpdated)
{
    runPolls(7, 300, JobTableModel::UpdatedColumn);
}

TEST(ModelFuzz, PollsSortedByTrustedAccount)
{
    runPolls(99, 200, JobTableModel::TrustedAccountColumn);
}

} // namespace
