// SPDX-License-Identifier: MIT
// The main window as a window onto a server with far more jobs than it loads (100,000 against a
// window of 10,000): the status bar says so, the search finds an old job on the server and it
// opens, a header click asks the server for its order, scrolling to the end loads the next page,
// and the mode follows the server's total as jobs are created and deleted.
#include "api/jobapiclient.h"
#include "api/joblistreply.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "poll/poller.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"
#include "ui/appsettings.h"
#include "ui/filterbar.h"
#include "ui/jobdetaildialog.h"
#include "ui/jobdialogcontroller.h"
#include "ui/jobtableview.h"
#include "ui/mainwindow.h"
#include "ui/pollstatusbar.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>

namespace {

constexpr int kWaitMs = 120000;
constexpr int kJobs = 100000;

QJsonObject queryOf(const sandbox::RecordedRequest &r)
{
    return r.body.toObject().value(QLatin1String("query")).toObject();
}

class WindowedModeTest : public ::testing::Test
{
protected:
    // Generating 100,000 jobs takes the sandbox a while: one server serves every test of the
    // suite that only reads.
    static void SetUpTestSuite()
    {
        s_server = new sandbox::SandboxServer;
        sandbox::SandboxOptions options;
        options.initialJobs = kJobs;
        options.seed = 13;
        options.simulate = false;
        QString error;
        if (!s_server->start(options, &error))
            s_startError = error;
    }

    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_startError.isEmpty()) << s_startError.toStdString();
        open(*s_server, AppSettings::kDefaultWindowSize);
        ASSERT_TRUE(
            waitUntil([this] { return session->hasData() && session->isWindowed() && tableRows() == 10000; }, kWaitMs));
    }

    void TearDown() override
    {
        dialogs.reset();
        window.reset();
        session.reset();
    }

    void open(sandbox::SandboxServer &server, int windowSize)
    {
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        settings->setWindowSize(windowSize);
        session = std::make_unique<JobMonitorSession>();
        window = std::make_unique<MainWindow>(session.get(), settings.get());
        dialogs = std::make_unique<JobDialogController>(window.get(), session.get());
        window->setConnections({ { QStringLiteral("test"), QStringLiteral("Test sandbox") } }, QStringLiteral("test"));
        ApiEndpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.token = server.defaultToken();
        endpoint.timeoutMs = 60000;
        session->poller()->setJitter(0);
        session->poller()->setInterval(3600 * 1000); // polls run when a test asks
        session->setEndpoint(endpoint, QStringLiteral("test"));
        window->restoreFilterForConnection();
        window->resize(1400, 800);
        window->show();
    }

    int tableRows() const { return window->tableView()->model()->rowCount(); }
    QString rowId(int row) const
    {
        return window->tableView()->model()->index(row, 0).data(JobTableModel::JobIdRole).toString();
    }

    // The oldest job on the server: far outside a newest-first window of 10,000.
    static QString oldestJobId()
    {
        JobApiClient client;
        ApiEndpoint endpoint;
        endpoint.baseUrl = s_server->baseUrl();
        endpoint.token = s_server->defaultToken();
        client.setEndpoint(endpoint);
        JobListRequest request;
        request.query.sort = { { QStringLiteral("created_at"), false }, { QStringLiteral("job_id"), false } };
        request.query.pageStart = 1;
        request.query.pageLimit = 1;
        JobListReply *reply = client.list(request);
        QSignalSpy done(reply, &JobApiReply::finished);
        if (!done.wait(kWaitMs) || !reply->isOk() || reply->page().jobs.empty())
            return {};
        return reply->page().jobs.front().jobId;
    }

    void pollNow()
    {
        QSignalSpy applied(session.get(), &JobMonitorSession::snapshotApplied);
        session->poller()->refreshNow();
        ASSERT_TRUE(waitUntil([&] { return applied.count() > 0 && !session->poller()->isPolling(); }, kWaitMs));
    }

    static sandbox::SandboxServer *s_server;
    static QString s_startError;
    QTemporaryDir dir;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<JobMonitorSession> session;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<JobDialogController> dialogs;
};

sandbox::SandboxServer *WindowedModeTest::s_server = nullptr;
QString WindowedModeTest::s_startError;

} // namespace

TEST_F(WindowedModeTest, TheStatusBarSaysTheTableIsAWindowOntoTheServer)
{
    const QString total = QLocale().toString(s_server->jobCount());
    EXPECT_EQ(window->pollStatusBar()->countText(),
              QStringLiteral("Showing %1 of %2").arg(QLocale().toString(10000), total));
    EXPECT_TRUE(window->pollStatusBar()->modeText().startsWith(QStringLiteral("Window")));
    EXPECT_TRUE(session->model()->canFetchMore({}));
}

TEST_F(WindowedModeTest, AJobOlderThanTheWindowIsFoundByTheServerSearchAndOpens)
{
    const QString oldest = oldestJobId();
    ASSERT_FALSE(oldest.isEmpty());
    ASSERT_FALSE(session->poller()->jobSet()->find(oldest).has_value()) << "the oldest job must be outside the window";

    s_server->clearRequests();
    // Part of the id, in another case: the server's contain is case-insensitive.
    const QString text = oldest.mid(4).toUpper();
    window->filterBar()->searchEdit()->setText(text);
    ASSERT_TRUE(
        waitUntil([&] { return tableRows() == 1 && rowId(0) == oldest && !session->poller()->isPolling(); }, kWaitMs));
    EXPECT_TRUE(session->searchesOnServer());
    EXPECT_TRUE(window->pollStatusBar()->modeText().contains(QStringLiteral("searched on the server")));

    // One listing carried the search: a filter_or of contain conditions over the searched fields.
    // The requests are printed too: the sequence a windowed search costs, for the record.
    int searches = 0;
    for (const sandbox::RecordedRequest &r : s_server->requests()) {
        std::printf("search request: %s %s\n", qPrintable(r.verb),
                    QJsonDocument(r.body.toObject()).toJson(QJsonDocument::Compact).constData());
        const QJsonArray any = queryOf(r).value(QLatin1String("filter_or")).toArray();
        if (r.verb != QLatin1String("list") || any.isEmpty())
            continue;
        QStringList keys;
        for (const QJsonValue &c : any) {
            EXPECT_EQ(c.toObject().value(QLatin1String("o")).toString(), QLatin1String("contain"));
            EXPECT_EQ(c.toObject().value(QLatin1String("v")).toString(), text);
            keys.append(c.toObject().value(QLatin1String("k")).toString());
        }
        EXPECT_EQ(keys.mid(0, 4), (QStringList{ "job_id", "trusted_account_id", "plugin_id", "error_message" }))
            << keys.join(u',').toStdString();
        ++searches;
    }
    EXPECT_GE(searches, 1);

    window->tableView()->setCurrentIndex(window->tableView()->model()->index(0, 0));
    window->tableView()->setFocus();
    QTest::keyClick(window->tableView(), Qt::Key_Return);
    JobDetailDialog *dialog = dialogs->detailDialog(oldest);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->windowTitle().contains(oldest)) << dialog->windowTitle().toStdString();
}

TEST_F(WindowedModeTest, SortingByPluginAsksTheServerForThatOrder)
{
    s_server->clearRequests();
    window->tableView()->horizontalHeader()->setSortIndicator(JobTableModel::PluginColumn, Qt::AscendingOrder);
    ASSERT_TRUE(waitUntil(
        [&] {
            return session->poller()->listOrder().field() == JobOrder::Field::PluginId
                && !session->poller()->isPolling() && tableRows() == 10000;
        },
        kWaitMs));
    bool sorted = false;
    for (const sandbox::RecordedRequest &r : s_server->requests()) {
        const QJsonArray sort = queryOf(r).value(QLatin1String("sort")).toArray();
        if (r.verb == QLatin1String("list") && sort.size() == 2
            && sort[0].toObject().value(QLatin1String("key")).toString() == QLatin1String("plugin_id")) {
            EXPECT_FALSE(sort[0].toObject().value(QLatin1String("desc")).toBool());
            EXPECT_EQ(sort[1].toObject().value(QLatin1String("key")).toString(), QLatin1String("job_id"));
            sorted = true;
        }
    }
    EXPECT_TRUE(sorted);
    // The rows are in the server's order: plugin, then id.
    QAbstractItemModel *m = window->tableView()->model();
    for (int row = 1; row < m->rowCount(); row += 97) {
        const QString a = m->index(row - 1, JobTableModel::PluginColumn).data(JobTableModel::RawValueRole).toString();
        const QString b = m->index(row, JobTableModel::PluginColumn).data(JobTableModel::RawValueRole).toString();
        ASSERT_LE(a, b) << "row " << row;
    }
    // The duration cannot be sorted by the server, and its header says so.
    const QString tip
        = session->model()->headerData(JobTableModel::DurationColumn, Qt::Horizontal, Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("server cannot sort"))) << tip.toStdString();
}

TEST_F(WindowedModeTest, ScrollingToTheEndLoadsTheNextPage)
{
    QSignalSpy resets(session->model(), &QAbstractItemModel::modelReset);
    const int pageSize = session->poller()->pageLimit();
    JobTableView *view = window->tableView();
    view->scrollToBottom();
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(bar->maximum());
    ASSERT_TRUE(waitUntil([&] { return tableRows() == 10000 + pageSize && !session->isFetchingMore(); }, kWaitMs));
    EXPECT_EQ(window->pollStatusBar()->countText(),
              QStringLiteral("Showing %1 of %2")
                  .arg(QLocale().toString(10000 + pageSize), QLocale().toString(s_server->jobCount())));
    // The page continues the newest-first order where the window ended.
    QAbstractItemModel *m = view->model();
    const qint64 edge = m->index(9999, JobTableModel::CreatedColumn).data(JobTableModel::RawValueRole).toLongLong();
    const qint64 next = m->index(10000, JobTableModel::CreatedColumn).data(JobTableModel::RawValueRole).toLongLong();
    EXPECT_GE(edge, next);
    // The next poll keeps the grown window.
    pollNow();
    EXPECT_EQ(tableRows(), 10000 + pageSize);
    EXPECT_EQ(resets.count(), 0);
}

// A small server and a small window, so the total crosses the window size both ways.
TEST(WindowedModeSwitch, TheModeFollowsTheTotalWithoutAResetAndKeepsTheSelection)
{
    sandbox::SandboxServer server;
    sandbox::SandboxOptions options;
    options.initialJobs = 90;
    options.seed = 17;
    options.jobsPerMinute = 240;
    QString error;
    ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
    server.setSimulationPaused(true);
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setWindowSize(AppSettings::kMinWindowSize);
    JobMonitorSession session;
    MainWindow window(&session, &settings);
    window.setConnections({ { QStringLiteral("test"), QStringLiteral("Test sandbox") } }, QStringLiteral("test"));
    ApiEndpoint endpoint;
    endpoint.baseUrl = server.baseUrl();
    endpoint.token = server.defaultToken();
    session.poller()->setJitter(0);
    session.poller()->setInterval(3600 * 1000);
    session.setEndpoint(endpoint, QStringLiteral("test"));
    window.show();
    ASSERT_TRUE(waitUntil([&] { return session.hasData() && !session.poller()->isPolling(); }, kWaitMs));
    ASSERT_FALSE(session.isWindowed());
    QSignalSpy resets(session.model(), &QAbstractItemModel::modelReset);
    QSignalSpy modes(session.poller(), &Poller::windowedChanged);
    auto poll = [&] {
        QSignalSpy applied(&session, &JobMonitorSession::snapshotApplied);
        session.poller()->refreshNow();
        return waitUntil([&] { return applied.count() > 0 && !session.poller()->isPolling(); }, kWaitMs);
    };

    // The newest three jobs are selected: they stay inside a newest-first window.
    JobTableView *view = window.tableView();
    QStringList chosen;
    for (int row = 0; row < 3; ++row)
        chosen.append(view->model()->index(row, 0).data(JobTableModel::JobIdRole).toString());
    view->selectJobIds(chosen);
    chosen.sort();

    // Jobs are created past the window size.
    for (int i = 0; i < 20 && server.jobCount() <= AppSettings::kMinWindowSize; ++i)
        server.stepSimulation(2);
    ASSERT_GT(server.jobCount(), AppSettings::kMinWindowSize);
    ASSERT_TRUE(poll());
    EXPECT_TRUE(session.isWindowed());
    EXPECT_EQ(modes.count(), 1);
    EXPECT_EQ(session.model()->rowCount(), AppSettings::kMinWindowSize);
    EXPECT_TRUE(window.pollStatusBar()->modeText().startsWith(QStringLiteral("Window")));
    QStringList selected = view->selectedJobIds();
    selected.sort();
    EXPECT_EQ(selected, chosen);

    // Deleted below it: every job is loaded again.
    QStringList ids;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        ids.append(view->model()->index(row, 0).data(JobTableModel::JobIdRole).toString());
    for (int i = int(ids.size()) - 1; i >= 0 && server.jobCount() > 80; --i) {
        if (!chosen.contains(ids.at(i)))
            server.deleteJobDirect(ids.at(i));
    }
    ASSERT_TRUE(poll());
    EXPECT_FALSE(session.isWindowed());
    EXPECT_EQ(modes.count(), 2);
    EXPECT_EQ(qint64(session.model()->rowCount()), server.jobCount());
    EXPECT_EQ(window.pollStatusBar()->modeText(), QStringLiteral("All loaded"));
    selected = view->selectedJobIds();
    selected.sort();
    EXPECT_EQ(selected, chosen);
    // Rows came and went by inserts and removals only.
    EXPECT_EQ(resets.count(), 0);
}
