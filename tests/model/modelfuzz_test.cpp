// SPDX-License-Identifier: MIT
#include "jobfactory.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "modelspy.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSet>

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

// The sort key of the fuzzed columns, as JobFilterProxyModel orders them (then by id).
int compareKey(const Job &a, const Job &b, int column)
{
    auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    switch (column) {
    case JobTableModel::StatusColumn:
        return cmp(int(a.status), int(b.status));
    case JobTableModel::UpdatedColumn:
        return cmp(a.updatedAtMs, b.updatedAtMs);
    case JobTableModel::CreatedColumn:
        return cmp(a.createdAtMs, b.createdAtMs);
    case JobTableModel::TrustedAccountColumn: {
        const int folded = QString::compare(a.trustedAccountId, b.trustedAccountId, Qt::CaseInsensitive);
        return folded != 0 ? folded : QString::compare(a.trustedAccountId, b.trustedAccountId);
    }
    default:
        return 0;
    }
}

// The proxy shows exactly the model's rows that pass its filter, sorted descending by the
// column with the id as the last key.
void expectProxyConsistent(const JobTableModel &model, const JobFilterProxyModel &proxy, int column, int round)
{
    QSet<QString> expected;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (proxy.filter().matches(*model.jobAt(row), model.nowMs()))
            expected.insert(model.jobAt(row)->jobId);
    }
    ASSERT_EQ(idsIn(proxy), expected) << "round " << round;
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const std::optional<Job> above = proxy.jobAt(proxy.index(row - 1, 0));
        const std::optional<Job> below = proxy.jobAt(proxy.index(row, 0));
        int c = compareKey(*above, *below, column);
        if (c == 0)
            c = above->jobId < below->jobId ? -1 : 1;
        ASSERT_GT(c, 0) << "round " << round << " row " << row;
        ASSERT_EQ(proxy.mapToSource(proxy.index(row, 0)).row(), model.rowForId(below->jobId));
        ASSERT_EQ(proxy.mapFromSource(model.index(model.rowForId(below->jobId), 0)).row(), row);
    }
}

QSet<QString> selectedIds(const QItemSelectionModel &selection, const JobFilterProxyModel &proxy)
{
    const QStringList ids = proxy.jobIds(selection.selectedRows());
    return QSet<QString>(ids.begin(), ids.end());
}

// A simulated server: a few hundred polls over a pool of ids, with jobs appearing, changing
// status, failing, being deleted, duplicated in a reply, and whole replies coming back empty.
// Each reply is applied as a full listing, as one delta (removals then upserts) or as many
// one-job deltas. After every poll the table must equal the reply (kept rows in place), the
// proxy must show exactly the matching rows in order, the model tester must be silent, nothing
// may reset, and the user's selection and current row on the sorted, filtered view must still
// be the same jobs.
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

        // What the table must show: the last copy of each listed id; rows that stay keep their
        // row, apart from the rows removed before them.
        QHash<QString, Job> last;
        for (const Job &job : reply)
            last.insert(job.jobId, job);
        QStringList kept;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (last.contains(model.jobAt(row)->jobId))
                kept.append(model.jobAt(row)->jobId);
        }

        const QSet<QString> selectedBefore = selectedIds(selection, proxy);
        const std::optional<Job> current = proxy.jobAt(selection.currentIndex());
        const QString currentBefore = current ? current->jobId : QString();

        switch (random.bounded(3)) {
        case 0:
            model.applySnapshot(std::move(reply));
            break;
        case 1: {
            // A delta poll: what left, then every changed or new row in one go.
            QStringList gone;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (!last.contains(model.jobAt(row)->jobId))
                    gone.append(model.jobAt(row)->jobId);
            }
            model.jobSet()->remove(gone);
            model.jobSet()->upsert(std::move(reply));
            break;
        }
        default: {
            // Replies arriving a few rows at a time: each is signalled row by row.
            QStringList gone;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (!last.contains(model.jobAt(row)->jobId))
                    gone.append(model.jobAt(row)->jobId);
            }
            for (const QString &id : std::as_const(gone))
                model.jobSet()->remove({ id });
            for (Job &job : reply)
                model.jobSet()->upsert({ std::move(job) });
        }
        }

        ASSERT_EQ(model.rowCount(), last.size()) << "round " << round;
        int active = 0;
        QStringList keptNow;
        for (int row = 0; row < model.rowCount(); ++row) {
            const std::optional<Job> job = model.jobAt(row);
            ASSERT_TRUE(last.contains(job->jobId)) << "round " << round;
            ASSERT_EQ(*job, last.value(job->jobId)) << "round " << round;
            ASSERT_EQ(model.rowForId(job->jobId), row);
            active += job->isActive() ? 1 : 0;
            if (kept.contains(job->jobId))
                keptNow.append(job->jobId);
        }
        ASSERT_EQ(keptNow, kept) << "round " << round; // no kept row moved past another
        ASSERT_EQ(model.activeCount(), active);
        expectProxyConsistent(model, proxy, sortColumn, round);

        const QSet<QString> shown = idsIn(proxy);
        roundsWithSelection += (selectedBefore & shown).isEmpty() ? 0 : 1;
        roundsWithCurrent += shown.contains(currentBefore) ? 1 : 0;
        ASSERT_EQ(selectedIds(selection, proxy), selectedBefore & shown) << "round " << round;
        if (!currentBefore.isEmpty() && shown.contains(currentBefore)) {
            const std::optional<Job> now = proxy.jobAt(selection.currentIndex());
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

// The user deletes jobs while a poll is in flight: the reply, computed before the delete
// reached the server, still lists them. The deleted rows must leave at once and not come back,
// and the server's next reply (without them) must settle everything.
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
    QSet<QString> deletedEver;
    int nextId = 0;
    int roundsWithDeletes = 0;
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

        // Meanwhile the user deletes a few of the rows they can see, and the server obeys.
        QStringList deleted;
        for (int i = int(random.bounded(3)); i > 0 && proxy.rowCount() > 0; --i) {
            const std::optional<Job> job = proxy.jobAt(proxy.index(int(random.bounded(quint32(proxy.rowCount()))), 0));
            if (!deleted.contains(job->jobId))
                deleted.append(job->jobId);
        }
        if (!deleted.isEmpty()) {
            ++roundsWithDeletes;
            const QSet<QString> selectedBefore = selectedIds(selection, proxy);
            model.removeJobs(deleted);
            for (const QString &id : std::as_const(deleted)) {
                deletedEver.insert(id);
                server.erase(id.mid(4).toInt(nullptr, 16));
            }
            ASSERT_EQ(selectedIds(selection, proxy), selectedBefore - QSet<QString>(deleted.begin(), deleted.end()));
        }

        // The stale reply arrives; then, every other round, the server's current one.
        model.applySnapshot(reply);
        if (round % 2 == 0) {
            std::vector<Job> current;
            for (const auto &entry : server)
                current.push_back(entry.second);
            model.applySnapshot(std::move(current));
        }
        ASSERT_LE(model.rowCount(), int(server.size() + size_t(deleted.size())));
        for (int row = 0; row < model.rowCount(); ++row) {
            ASSERT_FALSE(deletedEver.contains(model.jobAt(row)->jobId)) << "round " << round;
            ASSERT_EQ(model.rowForId(model.jobAt(row)->jobId), row);
        }
        expectProxyConsistent(model, proxy, JobTableModel::CreatedColumn, round);

        if (proxy.rowCount() > 0)
            selection.select(proxy.index(int(random.bounded(quint32(proxy.rowCount()))), 0),
                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    EXPECT_GT(roundsWithDeletes, rounds / 3);
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

TEST(ModelFuzz, PollsSortedByCreated)
{
    runPolls(31, 200, JobTableModel::CreatedColumn);
}

} // namespace
