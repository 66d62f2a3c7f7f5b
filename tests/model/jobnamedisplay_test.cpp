// SPDX-License-Identifier: MIT
#include "model/jobfilterproxymodel.h"
#include "model/jobnamedisplay.h"
#include "model/jobtablemodel.h"

#include "../testsupport.h"

#include <gtest/gtest.h>

namespace {
Job job(const QString &id, const QString &workspace, const QString &account, const QString &plugin)
{
    Job j;
    j.jobId = id;
    j.status = JobStatus::Success;
    j.workspaceId = workspace;
    j.trustedAccountId = account;
    j.pluginId = plugin;
    j.createdAtMs = 1000;
    return j;
}

QStringList shownIds(const JobFilterProxyModel &proxy)
{
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(JobTableModel::JobIdRole).toString());
    return ids;
}
} // namespace

// Without a directory the table shows ids, as before names existed.
TEST(JobNameDisplay, WithoutADirectoryIdsAreShown)
{
    JobNameDisplay names;
    EXPECT_EQ(names.display(JobNameDisplay::Kind::TrustedAccount, "ta-1"), "ta-1");
    EXPECT_EQ(names.toolTip(JobNameDisplay::Kind::TrustedAccount, "ta-1"), "ta-1");
    EXPECT_EQ(names.display(JobNameDisplay::Kind::Workspace, "*"), "Global (domain)");
    EXPECT_FALSE(names.nameContains(JobNameDisplay::Kind::TrustedAccount, "ta-1", u"ta"));
}

// The model over a set of jobs, with no directory: the search finds ids only, the sort orders
// by ids; the workspace "*" is searched by the text shown for it.
TEST(JobNameDisplay, SearchAndSortWithoutNamesKeepTheirIdBehaviour)
{
    JobTableModel model;
    model.applySnapshot({ job("job-b", "ws-1", "ta-2", "plugin-x"), job("job-a", "*", "ta-1", "plugin-y") });
    JobFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(JobTableModel::TrustedAccountColumn, Qt::AscendingOrder);
    EXPECT_EQ(shownIds(proxy), (QStringList{ "job-a", "job-b" }));
    proxy.setText("global");
    EXPECT_TRUE(shownIds(proxy).isEmpty()); // names are searched only with a directory
    proxy.setText("ta-2");
    EXPECT_EQ(shownIds(proxy), QStringList{ "job-b" });
}
