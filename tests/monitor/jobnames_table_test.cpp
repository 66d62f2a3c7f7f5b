// SPDX-License-Identifier: MIT
// Names in the job table, from the sandbox's directory over real HTTP: the model shows names with
// the id in the tooltip, sorts the name columns by name and its search finds jobs by name; a
// token that may not list workspaces leaves workspace ids with the reason in the tooltip.
#include "apitestutil.h"

#include "api/jobapiclient.h"
#include "api/jobdecoder.h"
#include "api/namedirectory.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "poll/jobstats.h"
#include "poll/poller.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/seededsandbox.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace {

using Kind = NameDirectory::Kind;

class JobNamesTableTest : public sandboxtest::SeededSandboxTest
{
protected:
    // The sandbox's jobs in a model whose names come from a directory on `role`'s token.
    void load(sandbox::Role role)
    {
        ApiEndpoint endpoint;
        endpoint.baseUrl = s_server->baseUrl();
        endpoint.token = s_server->tokenFor(role);
        endpoint.timeoutMs = 30000;
        client.setEndpoint(endpoint);
        std::vector<Job> jobs;
        for (const QString &id : s_server->jobIds()) {
            Job job;
            QString error;
            ASSERT_TRUE(JobDecoder::decodeJob(*s_server->job(id), &job, &error)) << error.toStdString();
            jobs.push_back(job);
        }
        model.setNameDirectory(&directory);
        model.applySnapshot(std::move(jobs));
        proxy.setSourceModel(&model);
        ASSERT_TRUE(waitUntil([this] { return !directory.isBusy(); }));
    }

    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return proxy.index(row, column).data(role).toString();
    }
    QString idAt(int row, int column) const
    {
        const std::optional<Job> job = proxy.jobAt(proxy.index(row, 0));
        if (column == JobTableModel::WorkspaceColumn)
            return job->workspaceId;
        return column == JobTableModel::TrustedAccountColumn ? job->trustedAccountId : job->pluginId;
    }

    JobApiClient client;
    NameDirectory directory{ &client };
    JobTableModel model;
    JobFilterProxyModel proxy;
};

TEST_F(JobNamesTableTest, CellsShowNamesWithTheIdInTheTooltip)
{
    load(sandbox::Role::DomainAdmin);
    ASSERT_GT(proxy.rowCount(), 100);
    int named = 0;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        for (int column : { JobTableModel::TrustedAccountColumn, JobTableModel::PluginColumn }) {
            const QString id = idAt(row, column);
            const QString shown = cell(row, column);
            const QString tip = cell(row, column, Qt::ToolTipRole);
            ASSERT_TRUE(tip.contains(id)) << tip.toStdString();
            if (shown != id) {
                ++named;
                EXPECT_EQ(tip, shown + "\n" + id);
            }
        }
    }
    EXPECT_GT(named, proxy.rowCount()); // most accounts and plugins have names
    // The deleted account old jobs still name shows its id and says why.
    bool sawMiss = false;
    for (int row = 0; row < proxy.rowCount() && !sawMiss; ++row) {
        const QString id = idAt(row, JobTableModel::TrustedAccountColumn);
        if (directory.isMiss(Kind::TrustedAccount, id)) {
            sawMiss = true;
            EXPECT_EQ(cell(row, JobTableModel::TrustedAccountColumn), id);
            EXPECT_TRUE(cell(row, JobTableModel::TrustedAccountColumn, Qt::ToolTipRole).contains("deleted"));
        }
    }
    EXPECT_TRUE(sawMiss);
}

TEST_F(JobNamesTableTest, NameColumnsSortByNameAndSearchFindsNames)
{
    load(sandbox::Role::DomainAdmin);
    proxy.sort(JobTableModel::TrustedAccountColumn, Qt::AscendingOrder);
    for (int row = 1; row < proxy.rowCount(); ++row)
        ASSERT_LE(QString::compare(cell(row - 1, JobTableModel::TrustedAccountColumn),
                                   cell(row, JobTableModel::TrustedAccountColumn), Qt::CaseInsensitive),
                  0)
            << row;

    // A word of one account's name that is not part of any id.
    QString name;
    for (int row = 0; row < proxy.rowCount() && name.isEmpty(); ++row) {
        const QString shown = cell(row, JobTableModel::TrustedAccountColumn);
        if (shown != idAt(row, JobTableModel::TrustedAccountColumn))
            name = shown;
    }
    ASSERT_FALSE(name.isEmpty());
    const int all = proxy.rowCount();
    proxy.setText(name);
    ASSERT_GT(proxy.rowCount(), 0);
    EXPECT_LT(proxy.rowCount(), all);
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const bool byName = cell(row, JobTableModel::TrustedAccountColumn).contains(name, Qt::CaseInsensitive)
            || cell(row, JobTableModel::PluginColumn).contains(name, Qt::CaseInsensitive)
            || cell(row, JobTableModel::WorkspaceColumn).contains(name, Qt::CaseInsensitive);
        EXPECT_TRUE(byName
                    || cell(row, JobTableModel::ErrorColumn, Qt::ToolTipRole).contains(name, Qt::CaseInsensitive))
            << row;
    }
}

TEST_F(JobNamesTableTest, ARefusedDirectoryLeavesIdsAndSaysWhy)
{
    load(sandbox::Role::WorkspaceMember);
    ASSERT_GT(proxy.rowCount(), 0);
    ASSERT_FALSE(directory.unavailableReason(Kind::Workspace).isEmpty());
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QString id = idAt(row, JobTableModel::WorkspaceColumn);
        if (id == "*")
            continue;
        EXPECT_EQ(cell(row, JobTableModel::WorkspaceColumn), id);
        EXPECT_TRUE(cell(row, JobTableModel::WorkspaceColumn, Qt::ToolTipRole).contains("No name"));
        break;
    }
}

} // namespace

namespace {
class JobNamesServerSearchTest : public sandboxtest::SeededSandboxTest
{
};
} // namespace

// More jobs than the window: a search goes to the server, and finds the jobs of an account by a
// name that is in no id, exactly as many as the server holds for that account.
TEST_F(JobNamesServerSearchTest, ASearchOnTheServerFindsJobsByName)
{
    JobMonitorSession session;
    session.poller()->setInterval(3600 * 1000);
    session.poller()->setJitter(0);
    session.poller()->setWindowSize(100);
    ApiEndpoint endpoint;
    endpoint.baseUrl = s_server->baseUrl();
    endpoint.token = s_server->tokenFor(sandbox::Role::DomainAdmin);
    endpoint.timeoutMs = 30000;
    session.setEndpoint(endpoint, QStringLiteral("names"));
    ASSERT_TRUE(waitUntil([&] { return session.hasData() && !session.poller()->isPolling() && session.hasStats(); }));
    ASSERT_TRUE(session.isWindowed());
    ASSERT_TRUE(waitUntil([&] { return !session.names()->isBusy(); }));

    // The account with the most jobs, named, its name not part of its id.
    const JobStats::ValueCount top = session.stats().trustedAccounts.value(0);
    const QString name = session.names()->name(NameDirectory::Kind::TrustedAccount, top.value);
    ASSERT_FALSE(name.isEmpty()) << top.value.toStdString();
    JobFilter search = session.filter();
    search.text = name;
    session.setFilter(search);
    ASSERT_TRUE(session.searchesOnServer());
    ASSERT_TRUE(waitUntil([&] { return !session.poller()->isPolling() && session.matchingTotal() >= 0; }));
    EXPECT_GE(session.matchingTotal(), top.count);
    bool found = false;
    for (const QueryFilter &condition : session.matchingJobSearch())
        found = found || (condition.key == "trusted_account_id" && condition.value.toArray().contains(top.value));
    EXPECT_TRUE(found);
    int ofAccount = 0;
    for (int row = 0; row < session.model()->rowCount(); ++row)
        ofAccount += session.model()->jobAt(row)->trustedAccountId == top.value ? 1 : 0;
    EXPECT_EQ(ofAccount, qMin<qint64>(top.count, session.model()->rowCount()));
}
