// SPDX-License-Identifier: MIT
#include "jobfactory.h"

#include "model/jobbreakdown.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace {
using Group = JobBreakdown::Group;

Job jobIn(int n, JobStatus status, const QString &workspace)
{
    Job job = jobfactory::make(n, status);
    job.workspaceId = workspace;
    return job;
}

class JobBreakdownTest : public ::testing::Test
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::system()); }
};
} // namespace

TEST_F(JobBreakdownTest, CountsEachStatusAndWorkspaceLargestFirstTiesByName)
{
    QList<Job> jobs;
    int n = 0;
    for (int i = 0; i < 3; ++i)
        jobs << jobIn(++n, JobStatus::InProgress, QStringLiteral("workspace-b"));
    for (int i = 0; i < 2; ++i)
        jobs << jobIn(++n, JobStatus::Pending, QStringLiteral("*"));
    jobs << jobIn(++n, JobStatus::Pending, QStringLiteral("workspace-a"));
    Job legacy = jobIn(++n, JobStatus::Unknown, QStringLiteral("workspace-c"));
    legacy.rawStatus = QStringLiteral("ERROR");
    jobs << legacy;

    const JobBreakdown breakdown(jobs);
    EXPECT_EQ(breakdown.byStatus(),
              (QList<Group>{ { QStringLiteral("In progress"), 3 },
                             { QStringLiteral("Pending"), 3 },
                             { QStringLiteral("ERROR"), 1 } }))
        << "an unknown status keeps its raw text";
    EXPECT_EQ(breakdown.byWorkspace(),
              (QList<Group>{ { QStringLiteral("workspace-b"), 3 },
                             { QStringLiteral("*"), 2 },
                             { QStringLiteral("workspace-a"), 1 },
                             { QStringLiteral("workspace-c"), 1 } }));
    EXPECT_EQ(breakdown.statusText(), QStringLiteral("3 In progress · 3 Pending · 1 ERROR"));
    EXPECT_EQ(breakdown.workspaceText(10),
              QStringLiteral("3 in workspace-b · 2 Global (domain) · 1 in workspace-a · 1 in workspace-c"));
}

TEST_F(JobBreakdownTest, NamesTheLargestWorkspacesAndSumsTheRest)
{
    QList<Job> jobs;
    int n = 0;
    for (int ws = 0; ws < 8; ++ws) {
        // workspace-0 holds 1,200 jobs, every later one fewer.
        const int count = ws == 0 ? 1200 : 8 - ws;
        for (int i = 0; i < count; ++i)
            jobs << jobIn(++n, JobStatus::Pending, QStringLiteral("workspace-%1").arg(ws));
    }
    const JobBreakdown breakdown(jobs);
    EXPECT_EQ(breakdown.statusText(), QStringLiteral("1,228 Pending"));
    EXPECT_EQ(
        breakdown.workspaceText(3),
        QStringLiteral("1,200 in workspace-0 · 7 in workspace-1 · 6 in workspace-2 · 5 more workspaces (15 jobs)"));
    EXPECT_EQ(breakdown.workspaceText(7),
              QStringLiteral("1,200 in workspace-0 · 7 in workspace-1 · 6 in workspace-2 · "
                             "5 in workspace-3 · 4 in workspace-4 · 3 in workspace-5 · "
                             "2 in workspace-6 · 1 more workspace (1 job)"));
    EXPECT_EQ(breakdown.workspaceText(8).count(QStringLiteral(" · ")), 7) << "all eight named, nothing summed";
}

TEST_F(JobBreakdownTest, AnEmptySetSaysNothingAndAJobWithoutAWorkspaceSaysSo)
{
    const JobBreakdown empty({});
    EXPECT_TRUE(empty.byStatus().isEmpty());
    EXPECT_TRUE(empty.statusText().isEmpty());
    EXPECT_TRUE(empty.workspaceText(5).isEmpty());
    const JobBreakdown bare({ jobIn(1, JobStatus::Failure, QString()) });
    EXPECT_EQ(bare.workspaceText(5), QStringLiteral("1 without a workspace"));
    EXPECT_EQ(bare.statusText(), QStringLiteral("1 Failure"));
}
