// SPDX-License-Identifier: MIT
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "poll/poller.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"
#include "ui/aboutbox.h"
#include "ui/appsettings.h"
#include "ui/choicecombobox.h"
#include "ui/errorbanner.h"
#include "ui/errorpreviewpane.h"
#include "ui/filterbar.h"
#include "ui/jobtableview.h"
#include "ui/mainwindow.h"
#include "ui/pollstatusbar.h"
#include "ui/statusoverview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace {

constexpr int kWaitMs = 15000;

QJsonArray fixtureJobs()
{
    return QJsonDocument::fromJson(testsupport::readData(QStringLiteral("sandbox/jobs.json"))).array();
}

QStringList fixtureIds(const std::function<bool(const QJsonObject &)> &keep)
{
    QStringList ids;
    for (const QJsonValue &v : fixtureJobs()) {
        if (keep(v.toObject()))
            ids.append(v.toObject().value(QLatin1String("job_id")).toString());
    }
    ids.sort();
    return ids;
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        testsupport::clearModelTestMessages();
        sandbox::SandboxOptions options;
        options.dataFile = testsupport::dataPath(QStringLiteral("sandbox/jobs.json"));
        options.simulate = false;
        QString error;
        ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        session = std::make_unique<JobMonitorSession>();
        window = std::make_unique<MainWindow>(session.get(), settings.get());
        tester = std::make_unique<QAbstractItemModelTester>(session->model(),
                                                            QAbstractItemModelTester::FailureReportingMode::Warning);
        window->setConnections({ { QStringLiteral("test"), QStringLiteral("Test sandbox") } }, QStringLiteral("test"));
        ApiEndpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.token = server.defaultToken();
        session->poller()->setJitter(0);
        session->setEndpoint(endpoint, QStringLiteral("test"));
        window->restoreFilterForConnection();
        window->show();
        ASSERT_TRUE(waitUntil([this] { return session->hasData() && tableRows() == 12; }, kWaitMs));
        resets = std::make_unique<QSignalSpy>(session->model(), &QAbstractItemModel::modelReset);
    }

    void TearDown() override
    {
        window.reset();
        session.reset();
        server.stop();
        EXPECT_NO_MODELTEST_FAILURES();
    }

    int tableRows() const { return window->tableView()->model()->rowCount(); }

    QStringList tableIds() const
    {
        QStringList ids;
        QAbstractItemModel *m = window->tableView()->model();
        for (int row = 0; row < m->rowCount(); ++row)
            ids.append(m->index(row, 0).data(JobTableModel::JobIdRole).toString());
        ids.sort();
        return ids;
    }

    // The query.filter of the last list request the sandbox received that lists rows (not one
    // of the count_only lists of the stuck and domain-level counts).
    QJsonArray lastListFilter() const
    {
        const QList<sandbox::RecordedRequest> requests = server.requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
            const QJsonObject query = it->body.toObject().value(QLatin1String("query")).toObject();
            if (it->verb == QLatin1String("list") && !query.value(QLatin1String("count_only")).toBool())
                return query.value(QLatin1String("filter")).toArray();
        }
        return {};
    }

    bool filterSent(const QString &key, const QString &op, const QJsonValue &value) const
    {
        const QJsonObject wanted{ { QLatin1String("k"), key },
                                  { QLatin1String("v"), value },
                                  { QLatin1String("o"), op } };
        for (const QJsonValue &f : lastListFilter()) {
            if (f.toObject() == wanted)
                return true;
        }
        return false;
    }

    void chooseValue(ChoiceComboBox *box, const QString &value)
    {
        const int index = box->findData(value);
        ASSERT_GE(index, 0) << value.toStdString();
        Q_EMIT box->activated(index);
    }

    QTemporaryDir dir;
    sandbox::SandboxServer server;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<JobMonitorSession> session;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QSignalSpy> resets;
};

} // namespace

TEST_F(MainWindowTest, StatusButtonSendsTheStatusFilterAndShowsExactlyMatchingRows)
{
    window->statusOverview()->buttonFor(JobStatus::Failure)->click();
    const QStringList failures
        = fixtureIds([](const QJsonObject &j) { return j.value(QLatin1String("status")) == QLatin1String("FAILURE"); });
    ASSERT_TRUE(
        waitUntil([&] { return filterSent(QStringLiteral("status"), QStringLiteral("eq"), QStringLiteral("FAILURE")); },
                  kWaitMs));
    ASSERT_TRUE(waitUntil([&] { return tableIds() == failures; }, kWaitMs));

    window->statusOverview()->buttonFor(JobStatus::Pending)->click();
    ASSERT_TRUE(waitUntil(
        [&] {
            return filterSent(QStringLiteral("status"), QStringLiteral("in"),
                              QJsonArray{ QStringLiteral("PENDING"), QStringLiteral("FAILURE") });
        },
        kWaitMs));
    const QStringList failedOrPending = fixtureIds([](const QJsonObject &j) {
        const QString s = j.value(QLatin1String("status")).toString();
        return s == QLatin1String("FAILURE") || s == QLatin1String("PENDING");
    });
    ASSERT_TRUE(waitUntil([&] { return tableIds() == failedOrPending; }, kWaitMs));
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(MainWindowTest, WorkspaceTrustedAccountAndPluginChoicesComeFromTheServerAndFilterOnIt)
{
    FilterBar *bar = window->filterBar();
    // Choices come from stat: every workspace of the data, with "*" shown as Global (domain).
    ASSERT_TRUE(waitUntil([&] { return bar->workspaceBox()->findData(QStringLiteral("*")) > 0; }, kWaitMs));
    EXPECT_TRUE(bar->workspaceBox()
                    ->itemText(bar->workspaceBox()->findData(QStringLiteral("*")))
                    .startsWith(QStringLiteral("Global (domain)")));

    chooseValue(bar->workspaceBox(), QStringLiteral("workspace-aaaaaaaaaaaa"));
    ASSERT_TRUE(waitUntil(
        [&] {
            return filterSent(QStringLiteral("workspace_id"), QStringLiteral("eq"),
                              QStringLiteral("workspace-aaaaaaaaaaaa"));
        },
        kWaitMs));
    const QStringList inWorkspace = fixtureIds([](const QJsonObject &j) {
        return j.value(QLatin1String("workspace_id")) == QLatin1String("workspace-aaaaaaaaaaaa");
    });
    ASSERT_TRUE(waitUntil([&] { return tableIds() == inWorkspace; }, kWaitMs));

    const QJsonObject first = fixtureJobs().first().toObject();
    const QString account = first.value(QLatin1String("trusted_account_id")).toString();
    const QString plugin = first.value(QLatin1String("plugin_id")).toString();
    chooseValue(bar->workspaceBox(), QString());
    ASSERT_TRUE(waitUntil([&] { return bar->trustedAccountBox()->findData(account) > 0; }, kWaitMs));
    chooseValue(bar->trustedAccountBox(), account);
    ASSERT_TRUE(waitUntil(
        [&] { return filterSent(QStringLiteral("trusted_account_id"), QStringLiteral("eq"), account); }, kWaitMs));
    ASSERT_TRUE(waitUntil([&] { return bar->pluginBox()->findData(plugin) > 0; }, kWaitMs));
    chooseValue(bar->pluginBox(), plugin);
    ASSERT_TRUE(waitUntil(
        [&] {
            return filterSent(QStringLiteral("plugin_id"), QStringLiteral("eq"), plugin)
                && filterSent(QStringLiteral("trusted_account_id"), QStringLiteral("eq"), account);
        },
        kWaitMs));
    const QStringList both = fixtureIds([&](const QJsonObject &j) {
        return j.value(QLatin1String("trusted_account_id")) == account && j.value(QLatin1String("plugin_id")) == plugin;
    });
    ASSERT_TRUE(waitUntil([&] { return tableIds() == both; }, kWaitMs));

    // One click clears everything.
    window->filterBar()->clearButton()->click();
    ASSERT_TRUE(waitUntil([&] { return tableRows() == 12 && lastListFilter().isEmpty(); }, kWaitMs));
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(MainWindowTest, SearchTextFiltersLoadedRowsWithoutAServerRoundTrip)
{
    const QJsonObject first = fixtureJobs().first().toObject();
    const QString id = first.value(QLatin1String("job_id")).toString();
    QLineEdit *search = window->filterBar()->searchEdit();
    auto *clear = search->findChild<QAction *>(QStringLiteral("clearSearchAction"));
    ASSERT_NE(clear, nullptr);
    QToolButton *clearButton = nullptr;
    for (QToolButton *button : search->findChildren<QToolButton *>()) {
        if (button->defaultAction() == clear)
            clearButton = button;
    }
    ASSERT_NE(clearButton, nullptr);
    EXPECT_FALSE(clear->isVisible()) << "nothing to clear";
    EXPECT_FALSE(clearButton->isVisible());
    search->setText(id.right(6));
    ASSERT_TRUE(waitUntil([&] { return tableIds() == QStringList{ id }; }, kWaitMs));

    // The box's clear button empties it and the table shows every row again.
    EXPECT_TRUE(clear->isVisible());
    EXPECT_TRUE(clearButton->isVisible());
    clear->trigger();
    EXPECT_TRUE(search->text().isEmpty());
    EXPECT_FALSE(clear->isVisible());
    ASSERT_TRUE(waitUntil([&] { return tableRows() == 12; }, kWaitMs));
}

TEST_F(MainWindowTest, SelectionAndCurrentRowSurvivePollsWithJobsChangingUnderneath)
{
    JobTableView *view = window->tableView();
    const QStringList all = tableIds();
    const QStringList chosen{ all.at(1), all.at(4), all.at(7) };
    view->selectJobIds(chosen);
    const QString current = view->currentJobId();
    ASSERT_FALSE(current.isEmpty());

    QSignalSpy applied(session.get(), &JobMonitorSession::snapshotApplied);
    for (int round = 0; round < 5; ++round) {
        // Another job changes and a new one appears between polls.
        QJsonObject changed = fixtureJobs().at(round).toObject();
        if (chosen.contains(changed.value(QLatin1String("job_id")).toString()))
            changed = fixtureJobs().at(10).toObject();
        changed.insert(QStringLiteral("status"), QStringLiteral("FAILURE"));
        changed.insert(QStringLiteral("error_message"), QStringLiteral("round %1").arg(round));
        changed.insert(QStringLiteral("updated_at"), QStringLiteral("2030-01-0%1T00:00:00.000Z").arg(round + 1));
        ASSERT_TRUE(server.upsertJob(changed));
        QJsonObject added = changed;
        added.insert(QStringLiteral("job_id"), QStringLiteral("job-9%1").arg(round, 11, 10, QLatin1Char('0')));
        ASSERT_TRUE(server.upsertJob(added));

        const int before = int(applied.count());
        session->poller()->refreshNow();
        ASSERT_TRUE(waitUntil([&] { return applied.count() > before && tableRows() == 12 + round + 1; }, kWaitMs));
        QStringList selected = view->selectedJobIds();
        selected.sort();
        EXPECT_EQ(selected, chosen) << "round " << round;
        EXPECT_EQ(view->currentJobId(), current) << "round " << round;
    }
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(MainWindowTest, ExportWritesExactlyTheRowsShown)
{
    window->statusOverview()->buttonFor(JobStatus::Success)->click();
    const QStringList successes
        = fixtureIds([](const QJsonObject &j) { return j.value(QLatin1String("status")) == QLatin1String("SUCCESS"); });
    ASSERT_TRUE(waitUntil([&] { return tableIds() == successes; }, kWaitMs));

    const QString json = dir.filePath(QStringLiteral("export.json"));
    QString error;
    ASSERT_TRUE(window->exportVisibleRows(json, JobExporter::Format::Json, &error)) << error.toStdString();
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList exported;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array())
        exported.append(v.toObject().value(QLatin1String("job_id")).toString());
    exported.sort();
    EXPECT_EQ(exported, successes);

    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    ASSERT_TRUE(window->exportVisibleRows(csv, JobExporter::Format::Csv, &error)) << error.toStdString();
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), successes.size() + 1);
    // The token never ends up in an exported file.
    EXPECT_FALSE(csvFile.fileName().isEmpty());
    file.seek(0);
    EXPECT_FALSE(file.readAll().contains(server.defaultToken().toUtf8()));
}

TEST_F(MainWindowTest, BannerAppearsOnServerFaultsKeepsTheRowsAndClearsOnRecovery)
{
    sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    faults.error503Share = 1.0;
    server.setFaults(faults);
    session->poller()->refreshNow();
    ASSERT_TRUE(waitUntil([&] { return window->errorBanner()->isVisible(); }, kWaitMs));
    EXPECT_TRUE(window->errorBanner()->message().contains(QStringLiteral("503")))
        << window->errorBanner()->message().toStdString();
    EXPECT_EQ(tableRows(), 12) << "the last good rows stay on screen";
    EXPECT_TRUE(session->isStale());
    EXPECT_TRUE(window->pollStatusBar()->freshnessText().contains(QStringLiteral("Stale")))
        << window->pollStatusBar()->freshnessText().toStdString();

    server.setFaults({});
    session->poller()->refreshNow();
    ASSERT_TRUE(waitUntil([&] { return !window->errorBanner()->isVisible() && !session->isStale(); }, kWaitMs));
    EXPECT_EQ(tableRows(), 12);
    EXPECT_EQ(resets->count(), 0);
}

TEST_F(MainWindowTest, FiltersAndColumnsPersistAcrossRestarts)
{
    window->statusOverview()->buttonFor(JobStatus::Canceled)->click();
    window->tableView()->horizontalHeader()->setSectionHidden(JobTableModel::PluginColumn, true);
    window->close(); // saves geometry and header state
    const JobFilter saved = settings->filter(QStringLiteral("test"));
    EXPECT_EQ(saved.statuses, QList<JobStatus>{ JobStatus::Canceled });

    JobMonitorSession again;
    MainWindow reopened(&again, settings.get());
    reopened.setConnections({ { QStringLiteral("test"), QStringLiteral("Test sandbox") } }, QStringLiteral("test"));
    ApiEndpoint endpoint;
    endpoint.baseUrl = server.baseUrl();
    endpoint.token = server.defaultToken();
    again.setEndpoint(endpoint, QStringLiteral("test"));
    reopened.restoreFilterForConnection();
    EXPECT_EQ(reopened.statusOverview()->selectedStatuses(), QList<JobStatus>{ JobStatus::Canceled });
    EXPECT_TRUE(reopened.tableView()->horizontalHeader()->isSectionHidden(JobTableModel::PluginColumn));
    EXPECT_EQ(again.filter().statuses, QList<JobStatus>{ JobStatus::Canceled });
}

TEST_F(MainWindowTest, EveryActionHasAShortcutShownInItsToolTip)
{
    for (const char *name : { "actionRefresh", "actionFullRefresh", "actionPause", "actionDelete", "actionExport",
                              "actionSelectStuck", "actionClearFilters", "actionFind", "actionConnections",
                              "actionQuit", "actionFocusTable", "actionCopyError", "actionErrorPreview" }) {
        QAction *a = window->action(QString::fromLatin1(name));
        ASSERT_NE(a, nullptr) << name;
        ASSERT_FALSE(a->shortcut().isEmpty()) << name;
        EXPECT_TRUE(a->toolTip().contains(a->shortcut().toString(QKeySequence::NativeText)))
            << name << ": " << a->toolTip().toStdString();
    }
}

TEST_F(MainWindowTest, TheStatusBarShowsWhichKindOfPollRanAndWhatItMoved)
{
    auto *bar = window->findChild<PollStatusBar *>();
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->trafficText().startsWith(QStringLiteral("Full · "))) << bar->trafficText().toStdString();
    QSignalSpy applied(session.get(), &JobMonitorSession::snapshotApplied);
    auto pollAndWait = [&](const std::function<void()> &trigger) {
        const int before = int(applied.count());
        trigger();
        return waitUntil([&] { return applied.count() > before && !session->poller()->isPolling(); }, kWaitMs);
    };

    ASSERT_TRUE(pollAndWait([&] { window->action(QStringLiteral("actionRefresh"))->trigger(); }));
    EXPECT_TRUE(bar->trafficText().startsWith(QStringLiteral("Delta · "))) << bar->trafficText().toStdString();
    const QString details = bar->findChild<QLabel *>(QStringLiteral("traffic"))->toolTip();
    EXPECT_TRUE(details.contains(QLatin1String("only the jobs changed"))) << details.toStdString();
    // Nothing changed: the newest changes with the count beside them, one request.
    EXPECT_TRUE(details.contains(QLatin1String("Requests: 1 ("))) << details.toStdString();
    EXPECT_TRUE(details.contains(QLatin1String("every 10 min"))) << details.toStdString();

    // Someone else deletes a job: the count disagrees and a sweep finds which.
    const QString gone = fixtureJobs().at(2).toObject().value(QLatin1String("job_id")).toString();
    ASSERT_TRUE(server.deleteJobDirect(gone));
    ASSERT_TRUE(pollAndWait([&] { session->poller()->refreshNow(); }));
    EXPECT_TRUE(bar->trafficText().startsWith(QStringLiteral("Sweep · "))) << bar->trafficText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return tableRows() == 11; }, kWaitMs));
    EXPECT_FALSE(tableIds().contains(gone));

    ASSERT_TRUE(pollAndWait([&] { window->action(QStringLiteral("actionFullRefresh"))->trigger(); }));
    EXPECT_TRUE(bar->trafficText().startsWith(QStringLiteral("Full · "))) << bar->trafficText().toStdString();
    EXPECT_EQ(resets->count(), 0);

    // The safety-net interval is a setting.
    auto *menu = window->findChild<QMenu *>(QStringLiteral("fullRefreshMenu"));
    ASSERT_NE(menu, nullptr);
    for (QAction *a : menu->actions()) {
        if (a->data().toInt() == 30)
            a->trigger();
    }
    EXPECT_EQ(settings->fullRefreshMinutes(), 30);
    EXPECT_EQ(session->poller()->fullRefreshInterval(), 30 * 60 * 1000);
    EXPECT_TRUE(bar->findChild<QLabel *>(QStringLiteral("traffic"))->toolTip().contains(QLatin1String("every 30 min")));
    const QDateTime next = session->poller()->state().lastFullRefresh.addSecs(30 * 60);
    EXPECT_TRUE(bar->findChild<QLabel *>(QStringLiteral("traffic"))
                    ->toolTip()
                    .contains(QLocale().toString(next.toLocalTime().time(), QLocale::ShortFormat)));
}

// The error is what cleanup is about: the whole text is one look (the preview under the table)
// or one keystroke (copy) away, however narrow its column.
TEST_F(MainWindowTest, TheWholeErrorIsInThePreviewAndCopiedWhole)
{
    JobTableView *view = window->tableView();
    QAbstractItemModel *m = view->model();
    int failedRow = -1;
    int successRow = -1;
    for (int row = 0; row < m->rowCount(); ++row) {
        const Job job = m->index(row, 0).data(JobTableModel::JobRole).value<Job>();
        if (job.errorMessage.contains(QLatin1String("AssumeRole")))
            failedRow = row;
        if (job.status == JobStatus::Success && job.errorMessage.isEmpty())
            successRow = row;
    }
    ASSERT_GE(failedRow, 0);
    ASSERT_GE(successRow, 0);
    const Job failed = m->index(failedRow, 0).data(JobTableModel::JobRole).value<Job>();

    ASSERT_TRUE(window->errorPreview()->isVisible()) << "shown by default";
    view->setCurrentIndex(m->index(failedRow, JobTableModel::StatusColumn));
    EXPECT_EQ(window->errorPreview()->jobId(), failed.jobId);
    EXPECT_EQ(window->errorPreview()->textView()->toPlainText(), failed.errorMessage);
    QAction *copy = window->action(QStringLiteral("actionCopyError"));
    ASSERT_TRUE(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), failed.errorMessage);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(failed.jobId));
    // The pane's own button copies too.
    QGuiApplication::clipboard()->clear();
    window->errorPreview()->copyButton()->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), failed.errorMessage);

    view->setCurrentIndex(m->index(successRow, JobTableModel::StatusColumn));
    EXPECT_FALSE(copy->isEnabled());
    EXPECT_TRUE(window->errorPreview()->textView()->toPlainText().isEmpty());
    EXPECT_FALSE(window->errorPreview()->copyButton()->isEnabled());

    // Hidden from the View menu (or its close button), it stays hidden after a restart.
    window->action(QStringLiteral("actionErrorPreview"))->setChecked(false);
    EXPECT_FALSE(window->errorPreview()->isVisible());
    EXPECT_FALSE(settings->errorPreviewVisible());
    window->action(QStringLiteral("actionErrorPreview"))->setChecked(true);
    EXPECT_TRUE(window->errorPreview()->isVisible());
    window->errorPreview()->findChild<QToolButton *>(QStringLiteral("closeErrorPreview"))->click();
    EXPECT_FALSE(window->errorPreview()->isVisible());
    EXPECT_FALSE(window->action(QStringLiteral("actionErrorPreview"))->isChecked());
    MainWindow again(session.get(), settings.get());
    EXPECT_FALSE(again.action(QStringLiteral("actionErrorPreview"))->isChecked());
}

// Tab leaves the table for the next control (the preview), Shift+Tab for the previous one.
TEST_F(MainWindowTest, TabLeavesTheTable)
{
    QApplication::setActiveWindow(window.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    JobTableView *view = window->tableView();
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(view->model()->index(1, JobTableModel::JobIdColumn));
    QTest::keyClick(view, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), window->errorPreview()->textView());
    view->setFocus(Qt::TabFocusReason);
    QTest::keyClick(view, Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), window->filterBar()->clearButton());
    EXPECT_EQ(view->currentIndex(), view->model()->index(1, JobTableModel::JobIdColumn));
}

TEST_F(MainWindowTest, AboutNamesTheProjectsHomeAndBugTracker)
{
    const QString about = AboutBox::text();
    EXPECT_TRUE(about.contains(QStringLiteral(SJM_HOMEPAGE_URL))) << about.toStdString();
    EXPECT_TRUE(about.contains(QStringLiteral(SJM_BUGTRACKER_URL)));
    EXPECT_TRUE(about.contains(QStringLiteral(SJM_VERSION)));
    EXPECT_FALSE(about.contains(QLatin1String("example"), Qt::CaseInsensitive));
    EXPECT_TRUE(QStringLiteral(SJM_HOMEPAGE_URL).startsWith(QLatin1String("https://")));
}

TEST_F(MainWindowTest, TheFirstSizeIsBoundedByTheScreen)
{
    EXPECT_EQ(MainWindow::initialSize(QSize(2560, 1440)), QSize(1280, 800));
    EXPECT_EQ(MainWindow::initialSize(QSize(1280, 720)), QSize(1152, 648));
    EXPECT_EQ(MainWindow::initialSize(QSize(960, 600)), QSize(864, 540));
}

TEST_F(MainWindowTest, OtherCountsStatusesTheServerDoesNotDefineAndTheChipsAddUpToAll)
{
    StatusOverview *overview = window->statusOverview();
    EXPECT_FALSE(overview->otherButton()->isVisible()) << "nothing to show yet";
    QJsonObject legacy = fixtureJobs().first().toObject();
    QList<QJsonObject> odd;
    for (const char *status : { "ERROR", "ERROR", "" }) {
        legacy.insert(QStringLiteral("job_id"), QStringLiteral("job-0dd00000000%1").arg(odd.size()));
        legacy.insert(QStringLiteral("status"), QString::fromLatin1(status));
        odd.append(legacy);
    }
    ASSERT_TRUE(server.insertLegacyJobs(odd));
    session->poller()->refreshFull();
    ASSERT_TRUE(waitUntil([&] { return overview->otherButton()->text() == QStringLiteral("Other 3"); }, kWaitMs));
    EXPECT_TRUE(overview->otherButton()->isVisible());
    EXPECT_EQ(overview->allButton()->text(), QStringLiteral("All 15"));
    int sum = 0;
    for (JobStatus status : JobStatuses::kKnown)
        sum += overview->buttonFor(status)->text().section(QLatin1Char(' '), -1).toInt();
    EXPECT_EQ(sum + 3, 15) << "the chips add up to All";
    const QString tip = overview->otherButton()->toolTip();
    EXPECT_TRUE(tip.contains(QStringLiteral("ERROR: 2"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("no status: 1"))) << tip.toStdString();
    EXPECT_TRUE(overview->buttonFor(JobStatus::Failure)->toolTip().contains(QStringLiteral("Counted by the server")));

    overview->otherButton()->click();
    ASSERT_TRUE(waitUntil(
        [&] {
            return filterSent(QStringLiteral("status"), QStringLiteral("not_in"),
                              QJsonArray{ QStringLiteral("PENDING"), QStringLiteral("IN_PROGRESS"),
                                          QStringLiteral("SUCCESS"), QStringLiteral("FAILURE"),
                                          QStringLiteral("CANCELED") });
        },
        kWaitMs));
    ASSERT_TRUE(waitUntil(
        [&] {
            return tableIds()
                == QStringList{ QStringLiteral("job-0dd000000000"), QStringLiteral("job-0dd000000001"),
                                QStringLiteral("job-0dd000000002") };
        },
        kWaitMs));
    EXPECT_EQ(settings->filter(QStringLiteral("test")).statuses, QList<JobStatus>{ JobStatus::Unknown })
        << "saved with the other filters";
}

TEST_F(MainWindowTest, AWorkspaceMembersChipsCountTheDomainLevelJobsTheTableShowsAndSaySo)
{
    ApiEndpoint endpoint;
    endpoint.baseUrl = server.baseUrl();
    endpoint.token = server.tokenFor(sandbox::Role::WorkspaceMember, QStringLiteral("workspace-aaaaaaaaaaaa"));
    session->setEndpoint(endpoint, QStringLiteral("test"));
    const QStringList visible = fixtureIds([](const QJsonObject &j) {
        const QString ws = j.value(QLatin1String("workspace_id")).toString();
        return ws == QLatin1String("workspace-aaaaaaaaaaaa") || ws == QLatin1String("*");
    });
    const int domainLevel = int(fixtureIds([](const QJsonObject &j) {
                                    return j.value(QLatin1String("workspace_id")) == QLatin1String("*");
                                }).size());
    ASSERT_GT(domainLevel, 0);
    StatusOverview *overview = window->statusOverview();
    ASSERT_TRUE(waitUntil(
        [&] {
            return tableIds() == visible
                && overview->allButton()->text() == QStringLiteral("All %1").arg(visible.size());
        },
        kWaitMs))
        << overview->allButton()->text().toStdString();
    const QString tip = overview->allButton()->toolTip();
    EXPECT_TRUE(tip.contains(QStringLiteral("plus %1 domain-level jobs").arg(domainLevel))) << tip.toStdString();
    EXPECT_TRUE(window->filterBar()->workspaceBox()->findData(QStringLiteral("*")) > 0)
        << "the Global (domain) choice, which stat does not show this token";
}

TEST_F(MainWindowTest, SavedJobsPaintAtOnceMarkedAsSavedUntilTheServerListsThem)
{
    const SavedJobs saved = session->jobsToSave();
    ASSERT_EQ(saved.jobs.size(), 12u);

    // The next start: a window of its own, not yet connected.
    JobMonitorSession next;
    next.poller()->setJitter(0);
    MainWindow nextWindow(&next, settings.get());
    nextWindow.setConnections({ { QStringLiteral("test"), QStringLiteral("Test sandbox") } }, QStringLiteral("test"));
    nextWindow.setPendingConnection(QStringLiteral("Starting the test sandbox…")); // as the built-in one is held
    ASSERT_TRUE(nextWindow.showSavedJobs(saved));
    nextWindow.show();
    EXPECT_EQ(nextWindow.tableView()->model()->rowCount(), 12);
    PollStatusBar *status = nextWindow.pollStatusBar();
    EXPECT_TRUE(status->freshnessText().startsWith(QStringLiteral("Jobs saved")))
        << status->freshnessText().toStdString();
    EXPECT_EQ(status->modeText(), QStringLiteral("Saved")) << "nothing is claimed of the server";
    EXPECT_TRUE(status->connectionText().startsWith(QStringLiteral("Connecting to Test sandbox")))
        << status->connectionText().toStdString();
    EXPECT_TRUE(status->countText().startsWith(QStringLiteral("12 saved job"))) << status->countText().toStdString();

    // Rows of a saved list are not deleted: the server may have moved on.
    nextWindow.tableView()->selectJobIds({ saved.jobs.front().jobId });
    QAction *del = nextWindow.action(QStringLiteral("actionDelete"));
    EXPECT_FALSE(del->isEnabled());
    EXPECT_TRUE(del->toolTip().contains(QStringLiteral("saved"))) << del->toolTip().toStdString();

    ApiEndpoint endpoint;
    endpoint.baseUrl = server.baseUrl();
    endpoint.token = server.defaultToken();
    QSignalSpy nextResets(next.model(), &QAbstractItemModel::modelReset);
    nextWindow.setPendingConnection({});
    next.setEndpoint(endpoint, QStringLiteral("test"));
    nextWindow.restoreFilterForConnection();
    ASSERT_TRUE(waitUntil([&] { return next.hasData(); }, kWaitMs));
    EXPECT_EQ(nextResets.count(), 0);
    EXPECT_EQ(nextWindow.tableView()->selectedJobIds(), QStringList{ saved.jobs.front().jobId })
        << "the selection made on saved rows survives their replacement";
    EXPECT_FALSE(status->freshnessText().contains(QStringLiteral("saved"))) << status->freshnessText().toStdString();
    EXPECT_EQ(status->modeText(), QStringLiteral("All loaded"));
    EXPECT_TRUE(del->isEnabled());
}

TEST_F(MainWindowTest, KeepJobsForTheNextStartIsASavedChoice)
{
    QAction *keep = window->action(QStringLiteral("actionKeepJobs"));
    ASSERT_NE(keep, nullptr);
    EXPECT_TRUE(keep->isCheckable());
    EXPECT_TRUE(keep->isChecked()) << "on out of the box";
    QSignalSpy changed(window.get(), &MainWindow::keepJobsChanged);
    keep->trigger();
    EXPECT_FALSE(settings->keepsJobsForNextStart());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_FALSE(changed.front().front().toBool());

    MainWindow next(session.get(), settings.get());
    EXPECT_FALSE(next.action(QStringLiteral("actionKeepJobs"))->isChecked()) << "the choice is kept";
}
