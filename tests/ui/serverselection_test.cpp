// SPDX-License-Identifier: MIT
// "Select Stuck" and Delete in the window, against a sandbox holding 100,000 jobs of which the
// window loads 2,000: the selection and the delete dialog cover every stuck job on the server,
// and the dialog deletes exactly the jobs captured when it opened.
#include "api/namedirectory.h"
#include "largesandbox.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "poll/poller.h"
#include "testsupport.h"
#include "ui/appsettings.h"
#include "ui/deletejobsdialog.h"
#include "ui/filterbar.h"
#include "ui/jobdialogcontroller.h"
#include "ui/jobtableview.h"
#include "ui/mainwindow.h"
#include "ui/serverselectionbar.h"
#include "ui/statusoverview.h"

#include <QAction>
#include <QCheckBox>
#include <QHash>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>

#include <gtest/gtest.h>

namespace {

constexpr qint64 kHour = 60 * 60 * 1000;
constexpr int kWaitMs = 60000;

class ServerSelectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(large.start(100000, 7, &error)) << error.toStdString();
        ASSERT_TRUE(large.holdStuckSetStill(kHour, &error)) << error.toStdString();
        workspace = server().workspaceIds().value(0);
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        settings->setWindowSize(2000); // the window takes the user's setting, as in the app
        session = std::make_unique<JobMonitorSession>();
        session->poller()->setJitter(0);
        window = std::make_unique<MainWindow>(session.get(), settings.get());
        controller = std::make_unique<JobDialogController>(window.get(), session.get());
        QObject::connect(controller.get(), &JobDialogController::deleteDialogOpened, controller.get(),
                         [this](DeleteJobsDialog *d) { dialog = d; });
        window->setConnections({ { QStringLiteral("large"), QStringLiteral("100,000 jobs") } },
                               QStringLiteral("large"));
        ApiEndpoint endpoint;
        endpoint.baseUrl = server().baseUrl();
        endpoint.token = server().defaultToken();
        endpoint.timeoutMs = 30000;
        session->setEndpoint(endpoint, QStringLiteral("large"));
        window->restoreFilterForConnection();
        // One workspace: a few hundred stuck jobs, of which the window holds a handful.
        window->setFilterField(MainWindow::FilterField::Workspace, workspace);
        window->show();
        expected = server().stuckJobIds(kHour, { workspace });
        ASSERT_GT(expected.size(), 100);
        ASSERT_TRUE(waitUntil(
            [this] {
                return session->hasData() && !session->poller()->isPolling()
                    && session->stuckCount() == expected.size();
            },
            kWaitMs))
            << session->stuckCount() << " stuck counted, " << expected.size() << " on the server";
        session->poller()->pause(); // the server holds still; so does the table
    }

    void TearDown() override
    {
        delete dialog;
        controller.reset();
        window.reset();
        session.reset();
    }

    sandbox::SandboxServer &server() { return large.server(); }

    ServerSelectionBar *bar() const { return window->serverSelection(); }

    void selectStuck()
    {
        window->action(QStringLiteral("actionSelectStuck"))->trigger();
        ASSERT_TRUE(waitUntil([this] { return bar()->isActive(); }, kWaitMs));
    }

    QStringList loadedExpected() const
    {
        QStringList ids;
        for (const QString &id : expected) {
            const int row = session->model()->rowForId(id);
            if (row >= 0 && session->proxy()->mapFromSource(session->model()->index(row, 0)).isValid())
                ids.append(id);
        }
        return ids;
    }

    static QStringList sorted(QStringList ids)
    {
        ids.sort();
        return ids;
    }

    QTemporaryDir dir;
    largesandbox::Sandbox large;
    QString workspace;
    QStringList expected;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<JobMonitorSession> session;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<JobDialogController> controller;
    QPointer<DeleteJobsDialog> dialog;
};

} // namespace

TEST_F(ServerSelectionTest, TheStuckChipCountsTheServerNotTheLoadedRows)
{
    const QToolButton *chip = window->statusOverview()->stuckButton();
    EXPECT_EQ(chip->text(), QStringLiteral("Stuck %1").arg(QLocale().toString(expected.size())));
    const int loaded = session->loadedStuckCount();
    EXPECT_LT(loaded, expected.size());
    EXPECT_TRUE(chip->toolTip().contains(QStringLiteral("%1 of them are loaded").arg(loaded)))
        << chip->toolTip().toStdString();
    EXPECT_TRUE(chip->toolTip().contains(QStringLiteral("by the server's clock"))) << chip->toolTip().toStdString();
    EXPECT_TRUE(window->action(QStringLiteral("actionSelectStuck"))->isEnabled());
}

TEST_F(ServerSelectionTest, SelectStuckSelectsTheServersSetAndDeleteRemovesExactlyThoseJobs)
{
    selectStuck();
    QStringList captured;
    for (const Job &job : bar()->jobs())
        captured.append(job.jobId);
    EXPECT_EQ(sorted(captured), expected);
    const QStringList loaded = loadedExpected();
    EXPECT_LT(loaded.size(), expected.size()) << "most are not loaded";
    EXPECT_EQ(sorted(window->tableView()->selectedJobIds()), loaded) << "the loaded ones are selected";
    const QString text = bar()->textLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("%1 stuck jobs on the server are selected").arg(expected.size())))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("%1 of them are loaded").arg(loaded.size()))) << text.toStdString();
    EXPECT_TRUE(bar()->isVisible());

    // The directory lists the names beside the first polls; on a busy machine they may come last.
    ASSERT_TRUE(
        waitUntil([&] { return !session->names()->name(NameDirectory::Kind::Workspace, workspace).isEmpty(); }));
    window->action(QStringLiteral("actionDelete"))->trigger();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(sorted(dialog->jobIds()), expected);
    EXPECT_EQ(dialog->activeCount(), expected.size());
    for (const QString &id : expected)
        EXPECT_FALSE(dialog->isMarkedUnlisted(id)) << "rows the table never had are not \"no longer listed\"";
    // How many of each status and workspace, counted here from the server's own records.
    QList<Job> onServer;
    for (const QString &id : expected) {
        const std::optional<QJsonObject> record = server().job(id);
        ASSERT_TRUE(record.has_value()) << id.toStdString();
        Job job;
        job.jobId = id;
        job.status = JobStatuses::fromWire(record->value(QLatin1String("status")).toString());
        job.workspaceId = record->value(QLatin1String("workspace_id")).toString();
        onServer.append(job);
    }
    QHash<QString, int> byStatus;
    for (const Job &job : onServer)
        ++byStatus[job.statusLabel()];
    ASSERT_EQ(byStatus.size(), 2) << "pending and in progress";
    // Stuck jobs are active: the dialog skips them until told otherwise; then its summary counts
    // every one of them, as the server holds them.
    dialog->activeConfirmation()->setChecked(true);
    const QString summary = QTextDocumentFragment::fromHtml(dialog->selectionSummaryLabel()->text())
                                .toPlainText()
                                .replace(QChar(0x00a0), QLatin1Char(' '));
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        EXPECT_TRUE(summary.contains(QStringLiteral("%1 %2").arg(it.key(), QLocale().toString(it.value()))))
            << it.key().toStdString() << " in " << summary.toStdString();
    // The workspace by its name, as the directory knows it.
    const QString workspaceName = session->names()->name(NameDirectory::Kind::Workspace, workspace);
    ASSERT_FALSE(workspaceName.isEmpty());
    EXPECT_TRUE(
        summary.contains(QStringLiteral("By workspace: %1 %2").arg(workspaceName, QLocale().toString(expected.size()))))
        << summary.toStdString();

    // A job that becomes stuck while the dialog is open is not among those it deletes.
    QJsonObject late = *server().job(expected.first());
    late.insert(QStringLiteral("job_id"), QStringLiteral("job-1a7e00000001"));
    ASSERT_TRUE(server().insertJobs({ late }));
    server().clearRequests();
    // Above the threshold the count must be typed; below it the field is ignored.
    dialog->typedConfirmation()->setText(QString::number(expected.size()));
    dialog->deleteButton()->click();
    ASSERT_TRUE(waitUntil([this] { return dialog->stage() == DeleteJobsDialog::Stage::Done; }, 120000));
    QStringList sent;
    for (const sandbox::RecordedRequest &r : server().requests()) {
        if (r.verb == QLatin1String("delete"))
            sent.append(r.body.toObject().value(QLatin1String("job_id")).toString());
    }
    EXPECT_EQ(sorted(sent), expected);
    EXPECT_EQ(server().stuckJobIds(kHour, { workspace }), QStringList{ QStringLiteral("job-1a7e00000001") });
    ASSERT_TRUE(waitUntil([this] { return !bar()->isActive(); }, kWaitMs)) << "every selected job is gone";
    EXPECT_FALSE(bar()->isVisible());
}

TEST_F(ServerSelectionTest, ChoosingOtherRowsOrFiltersEndsTheServersSelection)
{
    selectStuck();
    // Rows leaving the table (the deleted ones, say) do not end it; a row chosen by hand does.
    const QStringList loaded = loadedExpected();
    ASSERT_FALSE(loaded.isEmpty());
    QAbstractItemModel *model = window->tableView()->model();
    int other = -1;
    for (int row = 0; row < model->rowCount() && other < 0; ++row) {
        if (!expected.contains(model->index(row, 0).data(JobTableModel::JobIdRole).toString()))
            other = row;
    }
    ASSERT_GE(other, 0);
    window->tableView()->selectionModel()->select(model->index(other, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    EXPECT_FALSE(bar()->isActive());
    EXPECT_FALSE(bar()->isVisible());
    EXPECT_EQ(window->action(QStringLiteral("actionDelete"))->toolTip().contains(QStringLiteral("on the server")),
              false);

    selectStuck();
    // Deselecting one of the selected loaded rows by hand ends it too.
    const int row
        = session->proxy()->mapFromSource(session->model()->index(session->model()->rowForId(loaded.first()), 0)).row();
    window->tableView()->selectionModel()->select(model->index(row, 0),
                                                  QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    EXPECT_FALSE(bar()->isActive());

    selectStuck();
    window->setFilterField(MainWindow::FilterField::Workspace, QString());
    EXPECT_FALSE(bar()->isActive()) << "the set answered the old filters";
}

TEST_F(ServerSelectionTest, SelectingEveryLoadedRowOffersEveryMatchingJobOnTheServer)
{
    const QStringList matching = server().jobIds({ workspace });
    ASSERT_GT(matching.size(), 2000) << "more match than the window holds";
    JobTableView *table = window->tableView();
    EXPECT_FALSE(bar()->isOffering());

    table->selectAll();
    ASSERT_TRUE(waitUntil([this] { return bar()->isOffering(); }, kWaitMs));
    EXPECT_TRUE(bar()->isVisible());
    EXPECT_FALSE(bar()->isActive()) << "an offer selects nothing yet";
    const QString total = QLocale().toString(matching.size());
    EXPECT_EQ(bar()->selectAllButton()->text(), QStringLiteral("Select All %1 on the Server").arg(total));
    EXPECT_TRUE(bar()->textLabel()->text().contains(QStringLiteral("%1 match the filters on the server").arg(total)))
        << bar()->textLabel()->text().toStdString();
    EXPECT_FALSE(bar()->deleteButton()->isVisible());

    // One row less and it is no longer "everything loaded".
    QAbstractItemModel *model = table->model();
    table->selectionModel()->select(model->index(0, 0), QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    EXPECT_FALSE(bar()->isOffering());
    EXPECT_FALSE(bar()->isVisible());

    table->selectAll();
    ASSERT_TRUE(bar()->isOffering());
    bar()->selectAllButton()->click();
    ASSERT_TRUE(waitUntil([this] { return bar()->isActive(); }, kWaitMs));
    EXPECT_EQ(bar()->kind(), ServerSelectionBar::Kind::Matching);
    EXPECT_FALSE(bar()->isOffering());
    QStringList captured;
    for (const Job &job : bar()->jobs())
        captured.append(job.jobId);
    EXPECT_EQ(sorted(captured), matching) << "every job in the workspace, loaded or not";
    EXPECT_EQ(table->selectedJobIds().size(), model->rowCount()) << "the loaded ones stay selected";
    EXPECT_TRUE(
        bar()->textLabel()->text().contains(QStringLiteral("%1 matching jobs on the server are selected").arg(total)))
        << bar()->textLabel()->text().toStdString();

    window->action(QStringLiteral("actionDelete"))->trigger();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(sorted(dialog->jobIds()), matching) << "the dialog holds the server's set, not the loaded rows";
    dialog->reject();

    // Clearing the server's set leaves every loaded row selected: the offer is back.
    bar()->clearButton()->click();
    EXPECT_FALSE(bar()->isActive());
    EXPECT_TRUE(bar()->isOffering());
}

// In windowed mode the search runs on the server, so "every match" is a query the server can
// answer: the filters ANDed with the search's filter_or, counted and collected as one set.
TEST_F(ServerSelectionTest, ASearchOnTheServerOffersEveryJobItMatchesThere)
{
    // The server's contain: a case-insensitive substring of the id, account, plugin or error.
    const QString text = QStringLiteral("AWS");
    QStringList matching;
    for (const QString &id : server().jobIds({ workspace })) {
        const QJsonObject job = server().job(id).value_or(QJsonObject());
        for (const char *field : { "job_id", "trusted_account_id", "plugin_id", "error_message" }) {
            if (job.value(QLatin1String(field)).toString().contains(text, Qt::CaseInsensitive)) {
                matching.append(id);
                break;
            }
        }
    }
    ASSERT_GT(matching.size(), 2000) << "more match than the window holds";
    ASSERT_LT(matching.size(), server().jobIds({ workspace }).size()) << "the search narrows the filters";

    session->poller()->resume();
    window->filterBar()->searchEdit()->setText(text);
    ASSERT_TRUE(waitUntil(
        [this] {
            return session->searchesOnServer() && session->matchingTotal() >= 0 && !session->poller()->isPolling();
        },
        kWaitMs));
    session->poller()->pause();
    EXPECT_EQ(session->matchingTotal(), matching.size());

    JobTableView *table = window->tableView();
    table->selectAll();
    ASSERT_TRUE(waitUntil([this] { return bar()->isOffering(); }, kWaitMs));
    const QString total = QLocale().toString(matching.size());
    EXPECT_EQ(bar()->selectAllButton()->text(), QStringLiteral("Select All %1 on the Server").arg(total));
    EXPECT_TRUE(bar()->textLabel()->text().contains(QStringLiteral("%1 match the search on the server").arg(total)))
        << bar()->textLabel()->text().toStdString();

    bar()->selectAllButton()->click();
    ASSERT_TRUE(waitUntil([this] { return bar()->isActive(); }, kWaitMs));
    QStringList captured;
    for (const Job &job : bar()->jobs())
        captured.append(job.jobId);
    EXPECT_EQ(captured.size(), matching.size());
    EXPECT_TRUE(sorted(captured) == matching) << "every job the search matches in the workspace, loaded or not";

    window->action(QStringLiteral("actionDelete"))->trigger();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(sorted(dialog->jobIds()) == matching) << "the dialog holds the server's set";
    dialog->reject();
}

TEST_F(ServerSelectionTest, NoOfferWhenEveryMatchingJobIsLoadedOrTheSearchRunsOnLoadedRows)
{
    JobTableView *table = window->tableView();
    // The canceled jobs of one workspace fit in the window: selecting every row selects everything.
    session->poller()->resume();
    window->statusOverview()->buttonFor(JobStatus::Canceled)->click();
    ASSERT_TRUE(
        waitUntil([this] { return session->matchingTotal() >= 0 && !session->poller()->isPolling(); }, kWaitMs));
    ASSERT_LE(session->matchingTotal(), 2000);
    ASSERT_EQ(session->matchingTotal(), table->model()->rowCount());
    table->selectAll();
    QCoreApplication::processEvents();
    EXPECT_FALSE(bar()->isOffering());

    // All of them loaded, a search is matched here, on the loaded rows: it has no count on the
    // server, and no query could select "every match" there.
    window->filterBar()->searchEdit()->setText(QStringLiteral("job-"));
    ASSERT_TRUE(waitUntil([this] { return !session->filter().text.isEmpty(); }, kWaitMs));
    ASSERT_FALSE(session->searchesOnServer());
    EXPECT_EQ(session->matchingTotal(), -1);
    table->selectAll();
    ASSERT_GT(table->selectedJobIds().size(), 0);
    QCoreApplication::processEvents();
    EXPECT_FALSE(bar()->isOffering());
}

TEST_F(ServerSelectionTest, TheChoosersCountEveryMatchingJobOnTheServerAndSaySo)
{
    FilterBar *filters = window->filterBar();
    const int loaded = session->model()->rowCount();
    const QStringList inWorkspace = server().jobIds({ workspace });
    ASSERT_GT(inWorkspace.size(), loaded) << "more match than the window holds";

    // The workspace chooser leaves out its own filter: every workspace, as the server counts it.
    const ChoiceComboBox *workspaces = filters->workspaceBox();
    ASSERT_GT(workspaces->count(), 2);
    for (int i = 1; i < workspaces->count(); ++i) {
        const QString id = workspaces->itemData(i).toString();
        const QString n = QLocale().toString(server().jobIds({ id }).size());
        EXPECT_TRUE(workspaces->itemText(i).endsWith(QStringLiteral("(%1)").arg(n)))
            << workspaces->itemText(i).toStdString() << " but the server holds " << n.toStdString();
    }
    // The other choosers count within the workspace: together, every job in it, loaded or not.
    for (const ChoiceComboBox *box : { filters->trustedAccountBox(), filters->pluginBox() }) {
        qint64 sum = 0;
        for (int i = 1; i < box->count(); ++i) {
            const QString text = box->itemText(i);
            const qsizetype open = text.lastIndexOf(QLatin1Char('('));
            ASSERT_GE(open, 0) << text.toStdString();
            bool ok = false;
            sum += QLocale().toLongLong(text.mid(open + 1, text.size() - open - 2), &ok);
            EXPECT_TRUE(ok) << text.toStdString();
        }
        EXPECT_EQ(sum, inWorkspace.size()) << box->objectName().toStdString();
        EXPECT_TRUE(box->toolTip().contains(QStringLiteral("not from the loaded rows")))
            << box->toolTip().toStdString();
    }
}
