// SPDX-License-Identifier: MIT
// Saved jobs: the file round-trips exactly and is refused whole when damaged; a session shows
// saved rows before its server answers and its first poll turns them into the server's jobs row
// by row, without a reset and without calling old changes news.
#include "testsupport.h"

#include "api/namedirectory.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "monitor/savedjobsfile.h"
#include "monitor/savedjobsstore.h"
#include "poll/poller.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/seededsandbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {
constexpr int kWaitMs = 30000;

Job sampleJob(int i)
{
    Job job;
    job.jobId = QStringLiteral("job-%1").arg(i, 12, 16, QLatin1Char('0'));
    job.status = i % 3 == 0 ? JobStatus::Failure : JobStatus::Success;
    job.errorMessage
        = i % 3 == 0 ? QStringLiteral("ERROR_COLLECTOR_STATE: timeout \"quoted\"\nsecond line") : QString();
    job.domainId = QStringLiteral("domain-0123456789ab");
    job.workspaceId = i % 5 == 0 ? QStringLiteral("*") : QStringLiteral("workspace-%1").arg(i % 4);
    job.trustedAccountId = QStringLiteral("ta-%1").arg(i % 7);
    job.pluginId = QStringLiteral("plugin-aws-ec2-inven-collector");
    job.resourceGroup = ResourceGroup::Workspace;
    job.options = QJsonObject{ { QStringLiteral("is_sync"), true },
                               { QStringLiteral("nested"), QJsonObject{ { QStringLiteral("k"), i } } } };
    job.createdAtMs = 1717000000000 + i * 60000;
    job.updatedAtMs = job.createdAtMs + 30000;
    job.finishedAtMs = job.updatedAtMs;
    return job;
}

SavedJobs sample(int count)
{
    SavedJobs saved;
    saved.connectionId = QStringLiteral("profile-1");
    saved.filter = JobFilter().toJson();
    saved.savedAtMs = 1717100000123;
    for (int i = 0; i < count; ++i)
        saved.jobs.push_back(sampleJob(i));
    saved.workspaceNames.insert(QStringLiteral("workspace-1"), { QStringLiteral("Data Platform"), {} });
    saved.trustedAccountNames.insert(QStringLiteral("ta-1"), { QStringLiteral("Prod AWS"), QStringLiteral("aws") });
    saved.pluginNames.insert(QStringLiteral("plugin-aws-ec2-inven-collector"), { QStringLiteral("EC2"), {} });
    return saved;
}
} // namespace

TEST(SavedJobsFile, RoundTripsEveryField)
{
    const SavedJobs saved = sample(50);
    QString error;
    const std::optional<SavedJobs> back = SavedJobsFile::decode(SavedJobsFile::encode(saved), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->connectionId, saved.connectionId);
    EXPECT_EQ(back->filter, saved.filter);
    EXPECT_EQ(back->savedAtMs, saved.savedAtMs);
    ASSERT_EQ(back->jobs.size(), saved.jobs.size());
    for (size_t i = 0; i < saved.jobs.size(); ++i)
        EXPECT_EQ(back->jobs[i], saved.jobs[i]) << i;
    EXPECT_EQ(back->workspaceNames, saved.workspaceNames);
    EXPECT_EQ(back->trustedAccountNames, saved.trustedAccountNames);
    EXPECT_EQ(back->pluginNames, saved.pluginNames);
}

TEST(SavedJobsFile, KeepsAtMostTheCap)
{
    const std::optional<SavedJobs> back
        = SavedJobsFile::decode(SavedJobsFile::encode(sample(SavedJobs::kMaxJobs + 25)));
    ASSERT_TRUE(back);
    EXPECT_EQ(int(back->jobs.size()), SavedJobs::kMaxJobs);
}

TEST(SavedJobsFile, ADamagedFileIsRefusedWhole)
{
    const QByteArray good = SavedJobsFile::encode(sample(20));
    const qsizetype newline = good.indexOf('\n');
    QByteArray otherVersion = good;
    otherVersion.replace("\"version\":1", "\"version\":2");
    QByteArray wrongCount = good;
    wrongCount.replace("\"jobs\":20", "\"jobs\":19");
    QByteArray farFuture = good;
    farFuture.replace("\"saved_at_ms\":", "\"saved_at_ms\":1e300,\"_\":");
    QByteArray wrongType = good;
    wrongType.replace("\"saved_at_ms\":", "\"saved_at_ms\":\"x\",\"_\":");
    const QList<QByteArray> damaged{
        {},
        good.left(newline),
        good.left(good.size() - 7), // cut inside the jobs
        good.left(newline / 2) + good.mid(newline),
        otherVersion,
        wrongCount,
        wrongType,
        farFuture,
        QByteArray("{}\n{}"),
        QByteArray(SavedJobsFile::kMaxBytes + 1, ' '),
    };
    for (const QByteArray &bytes : damaged) {
        QString error;
        EXPECT_FALSE(SavedJobsFile::decode(bytes, &error)) << bytes.left(80).toStdString();
        EXPECT_FALSE(error.isEmpty());
    }
}

TEST(SavedJobsFile, WritesAPrivateFileAtomically)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deep/er/saved.json"));
    QString error;
    ASSERT_TRUE(SavedJobsFile::write(path, sample(5), &error)) << error.toStdString();
    EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const std::optional<SavedJobs> back = SavedJobsFile::read(path, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->jobs.size(), 5u);
    EXPECT_FALSE(SavedJobsFile::read(dir.filePath(QStringLiteral("missing.json")), &error));
}

TEST(SavedJobsStore, LoadsInTheBackgroundWhatWasSavedForTheConnection)
{
    QTemporaryDir dir;
    SavedJobsStore store(dir.filePath(QStringLiteral("saved")));
    SavedJobs saved = sample(30);
    saved.connectionId = QStringLiteral("a/../../odd id");
    ASSERT_TRUE(store.save(saved));
    EXPECT_TRUE(store.pathFor(saved.connectionId).startsWith(dir.filePath(QStringLiteral("saved/"))))
        << "any profile id is one file name inside the directory";
    EXPECT_NE(store.pathFor(QStringLiteral("a")), store.pathFor(QStringLiteral("b")));

    store.startLoading(saved.connectionId);
    std::optional<SavedJobs> loaded = store.takeLoaded(saved.connectionId);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(loaded->jobs.size(), 30u);
    EXPECT_FALSE(store.takeLoaded(saved.connectionId)) << "taken once";

    store.startLoading(saved.connectionId);
    EXPECT_FALSE(store.takeLoaded(QStringLiteral("another"))) << "the current connection changed meanwhile";
    store.startLoading(QStringLiteral("never saved"));
    EXPECT_FALSE(store.takeLoaded(QStringLiteral("never saved")));

    QFile file(store.pathFor(saved.connectionId));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"format\":");
    file.close();
    store.startLoading(saved.connectionId);
    EXPECT_FALSE(store.takeLoaded(saved.connectionId)) << "a damaged file is as good as none";

    EXPECT_FALSE(store.save(SavedJobs{})) << "nothing to save leaves the file";

    SavedJobs other = sample(2);
    other.connectionId = QStringLiteral("other");
    ASSERT_TRUE(store.save(other));
    QFile unrelated(dir.filePath(QStringLiteral("saved/notes.txt")));
    ASSERT_TRUE(unrelated.open(QIODevice::WriteOnly));
    unrelated.close();
    store.removeAll();
    EXPECT_FALSE(QFile::exists(store.pathFor(saved.connectionId)));
    EXPECT_FALSE(QFile::exists(store.pathFor(other.connectionId)));
    EXPECT_TRUE(QFile::exists(unrelated.fileName())) << "only the saved jobs go";
}

TEST(SavedJobsStore, WithoutADirectoryKeepsNothing)
{
    SavedJobsStore store{ QString() };
    EXPECT_FALSE(store.isEnabled());
    EXPECT_FALSE(store.save(sample(3)));
    store.startLoading(QStringLiteral("profile-1"));
    EXPECT_FALSE(store.takeLoaded(QStringLiteral("profile-1")));
}

class SavedJobsSessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(server.start(sandboxtest::seededOptions(11, 300), &error)) << error.toStdString();
        endpoint.baseUrl = server.baseUrl();
        endpoint.token = server.tokenFor(sandbox::Role::DomainAdmin);
        endpoint.timeoutMs = 30000;
    }

    static void quiet(JobMonitorSession &session)
    {
        session.poller()->setInterval(3600 * 1000);
        session.poller()->setJitter(0);
    }

    bool pollSettled(JobMonitorSession &session)
    {
        return waitUntil([&] { return session.hasData() && !session.poller()->isPolling(); }, kWaitMs);
    }

    SavedJobs savedFromALiveSession()
    {
        JobMonitorSession session;
        quiet(session);
        session.setEndpoint(endpoint, QStringLiteral("sandbox"));
        EXPECT_TRUE(pollSettled(session));
        // Names asked for by the model arrive after the rows.
        EXPECT_TRUE(waitUntil([&] { return !session.names()->isBusy(); }, kWaitMs));
        return session.jobsToSave();
    }

    sandbox::SandboxServer server;
    ApiEndpoint endpoint;
};

TEST_F(SavedJobsSessionTest, NothingToSaveBeforeAPollSucceeded)
{
    JobMonitorSession session;
    EXPECT_TRUE(session.jobsToSave().isEmpty());
}

TEST_F(SavedJobsSessionTest, SavedRowsShowAtOnceAndTheFirstPollReplacesThemRowByRow)
{
    const SavedJobs saved = savedFromALiveSession();
    ASSERT_EQ(saved.jobs.size(), 300u);
    EXPECT_EQ(saved.connectionId, QStringLiteral("sandbox"));
    EXPECT_GT(saved.savedAtMs, 0);
    ASSERT_FALSE(saved.workspaceNames.isEmpty());
    ASSERT_FALSE(saved.trustedAccountNames.isEmpty());

    // While the app was closed: one job finished with a failure, one was deleted, one is new.
    const QString changedId = saved.jobs[5].jobId;
    QJsonObject changed = *server.job(changedId);
    changed.insert(QStringLiteral("status"), QStringLiteral("FAILURE"));
    changed.insert(QStringLiteral("error_message"), QStringLiteral("collector crashed"));
    changed.insert(QStringLiteral("updated_at"), QStringLiteral("2099-01-01T00:00:00.000Z"));
    ASSERT_TRUE(server.upsertJob(changed));
    const QString deletedId = saved.jobs[7].jobId;
    ASSERT_TRUE(server.deleteJobDirect(deletedId));
    QJsonObject added = *server.job(saved.jobs[9].jobId);
    added.insert(QStringLiteral("job_id"), QStringLiteral("job-added-while-closed"));
    ASSERT_TRUE(server.upsertJob(added));

    JobMonitorSession session;
    quiet(session);
    ASSERT_TRUE(session.showSavedJobs(saved));
    EXPECT_TRUE(session.isShowingSavedJobs());
    EXPECT_FALSE(session.hasData());
    EXPECT_EQ(session.model()->rowCount(), 300);
    const QString workspace = saved.workspaceNames.cbegin().key();
    EXPECT_EQ(session.names()->name(NameDirectory::Kind::Workspace, workspace),
              saved.workspaceNames.value(workspace).name)
        << "names known when the jobs were saved show at once";

    QSignalSpy resets(session.model(), &QAbstractItemModel::modelReset);
    QSignalSpy transitions(&session, &JobMonitorSession::transitionsDetected);
    session.setEndpoint(endpoint, QStringLiteral("sandbox"));
    EXPECT_EQ(session.model()->rowCount(), 300) << "the saved rows stay while the server is asked";
    ASSERT_TRUE(pollSettled(session));
    EXPECT_FALSE(session.isShowingSavedJobs());
    EXPECT_EQ(resets.count(), 0) << "replaced row by row: selection and scroll position survive";
    EXPECT_EQ(transitions.count(), 0) << "a failure that happened while the app was closed is no notification";

    // Now exactly the server's jobs.
    EXPECT_EQ(session.model()->rowCount(), 300);
    EXPECT_EQ(session.model()->rowForId(deletedId), -1);
    ASSERT_GE(session.model()->rowForId(QStringLiteral("job-added-while-closed")), 0);
    const std::optional<Job> now = session.model()->jobAt(session.model()->rowForId(changedId));
    ASSERT_TRUE(now);
    EXPECT_EQ(now->status, JobStatus::Failure);
    EXPECT_EQ(now->errorMessage, QStringLiteral("collector crashed"));
    // And the names are asked for again: the directory forgot what was asked before it connected.
    EXPECT_TRUE(waitUntil(
        [&] {
            return !session.names()->isBusy()
                && session.names()->namedIds(NameDirectory::Kind::Workspace).contains(workspace);
        },
        kWaitMs));
}

TEST_F(SavedJobsSessionTest, AnotherConnectionDropsTheSavedRowsAndTheirNames)
{
    const SavedJobs saved = savedFromALiveSession();
    JobMonitorSession session;
    quiet(session);
    ASSERT_TRUE(session.showSavedJobs(saved));
    QSignalSpy resets(session.model(), &QAbstractItemModel::modelReset);
    session.setEndpoint(endpoint, QStringLiteral("another"));
    EXPECT_FALSE(session.isShowingSavedJobs());
    EXPECT_EQ(resets.count(), 1);
    EXPECT_EQ(session.model()->rowCount(), 0) << "rows of two connections never mix";
    const QString workspace = saved.workspaceNames.cbegin().key();
    EXPECT_TRUE(session.names()->name(NameDirectory::Kind::Workspace, workspace).isEmpty());
}

TEST_F(SavedJobsSessionTest, RefusedUnderAnotherFilterOrOnceLive)
{
    SavedJobs saved = savedFromALiveSession();
    {
        JobMonitorSession session;
        JobFilter failedOnly;
        failedOnly.statuses = { JobStatus::Failure };
        session.setFilter(failedOnly);
        EXPECT_FALSE(session.showSavedJobs(saved)) << "listed with other filters";
        EXPECT_EQ(session.model()->rowCount(), 0);
    }
    {
        JobMonitorSession session;
        quiet(session);
        session.setEndpoint(endpoint, QStringLiteral("sandbox"));
        ASSERT_TRUE(pollSettled(session));
        EXPECT_FALSE(session.showSavedJobs(saved)) << "live rows are never replaced by saved ones";
    }
    {
        JobMonitorSession session;
        saved.jobs.clear();
        EXPECT_FALSE(session.showSavedJobs(saved));
    }
}

TEST_F(SavedJobsSessionTest, AFailingFirstPollKeepsTheSavedRows)
{
    const SavedJobs saved = savedFromALiveSession();
    JobMonitorSession session;
    quiet(session);
    ASSERT_TRUE(session.showSavedJobs(saved));
    server.stop();
    session.setEndpoint(endpoint, QStringLiteral("sandbox"));
    ASSERT_TRUE(waitUntil([&] { return session.isStale(); }, kWaitMs));
    EXPECT_TRUE(session.isShowingSavedJobs());
    EXPECT_EQ(session.model()->rowCount(), 300) << "the last good data stays";
}
