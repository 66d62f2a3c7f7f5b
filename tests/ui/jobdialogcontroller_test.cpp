// SPDX-License-Identifier: MIT
#include "apitestutil.h"
#include "jobfactory.h"
#include "testbackend.h"

#include "api/jobapiclient.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "poll/poller.h"
#include "ui/appsettings.h"
#include "ui/deletejobsdialog.h"
#include "ui/jobdetaildialog.h"
#include "ui/jobdialogcontroller.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QToolButton>

#include <gtest/gtest.h>

namespace {
using jobfactory::idFor;

class JobDialogControllerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(backend.start());
        std::vector<Job> jobs = jobfactory::range(1, 6);
        jobs.push_back(jobfactory::make(7, JobStatus::InProgress));
        backend.upsert(jobs);
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        session = std::make_unique<JobMonitorSession>();
        window = std::make_unique<MainWindow>(session.get(), settings.get());
        controller = std::make_unique<JobDialogController>(window.get(), session.get());
        controller->setDetailRefreshInterval(20);
        session->setEndpoint(backend.endpoint(), QStringLiteral("test"));
        ASSERT_TRUE(waitUntil([&] { return session->model()->rowCount() == 7; }));
        // No poll may bring rows back while a test looks at them.
        session->poller()->pause();
    }

    void TearDown() override
    {
        for (JobDetailDialog *d : controller->detailDialogs())
            delete d;
        controller.reset();
        window.reset();
        session.reset();
    }

    QTemporaryDir dir;
    TestBackend backend;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<JobMonitorSession> session;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<JobDialogController> controller;
};
} // namespace

TEST_F(JobDialogControllerTest, OneDetailsWindowPerJob)
{
    Q_EMIT window->openJobRequested(idFor(2));
    JobDetailDialog *first = controller->detailDialog(idFor(2));
    ASSERT_NE(first, nullptr);
    EXPECT_FALSE(first->isModal());
    EXPECT_EQ(first->job().trustedAccountId, jobfactory::make(2).trustedAccountId) << "the table's copy at once";

    Q_EMIT window->openJobRequested(idFor(2));
    EXPECT_EQ(controller->detailDialogs().size(), 1);
    EXPECT_EQ(controller->detailDialog(idFor(2)), first);

    Q_EMIT window->openJobRequested(idFor(3));
    EXPECT_EQ(controller->detailDialogs().size(), 2);
    EXPECT_NE(controller->detailDialog(idFor(3)), first);

    first->close(); // deletes itself
    ASSERT_TRUE(waitUntil([&] { return controller->detailDialogs().size() == 1; }));
    EXPECT_EQ(controller->detailDialog(idFor(2)), nullptr);
}

TEST_F(JobDialogControllerTest, DeleteSendsTheChosenIdsAndRowsLeaveAtOnce)
{
    DeleteJobsDialog *dialog = nullptr;
    QObject::connect(controller.get(), &JobDialogController::deleteDialogOpened, controller.get(),
                     [&](DeleteJobsDialog *d) { dialog = d; });
    Q_EMIT window->openJobRequested(idFor(3));
    JobDetailDialog *details = controller->detailDialog(idFor(3));
    ASSERT_NE(details, nullptr);

    Q_EMIT window->deleteJobsRequested({ idFor(3), idFor(7) });
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal) << "open(), not exec()";
    EXPECT_EQ(dialog->jobIds(), (QStringList{ idFor(3), idFor(7) }));
    EXPECT_EQ(dialog->activeCount(), 1);
    backend.clearRequests();
    dialog->activeConfirmation()->setChecked(true);
    dialog->deleteButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog->stage() == DeleteJobsDialog::Stage::Done; }));
    QCoreApplication::processEvents();

    const QStringList sent = backend.deleteRequestIds();
    EXPECT_EQ(QSet<QString>({ idFor(3), idFor(7) }), QSet<QString>(sent.begin(), sent.end()));
    EXPECT_EQ(sent.size(), 2);
    // Gone from the table without waiting for a poll (the poller is paused).
    EXPECT_LT(session->model()->rowForId(idFor(3)), 0);
    EXPECT_LT(session->model()->rowForId(idFor(7)), 0);
    EXPECT_EQ(session->model()->rowCount(), 5);
    EXPECT_EQ(details->state(), JobDetailDialog::State::Deleted);
    dialog->close();
}

TEST_F(JobDialogControllerTest, DeleteFromTheDetailsAsksForThatJobOnly)
{
    DeleteJobsDialog *dialog = nullptr;
    QObject::connect(controller.get(), &JobDialogController::deleteDialogOpened, controller.get(),
                     [&](DeleteJobsDialog *d) { dialog = d; });
    Q_EMIT window->openJobRequested(idFor(4));
    JobDetailDialog *details = controller->detailDialog(idFor(4));
    ASSERT_NE(details, nullptr);
    details->deleteButton()->click();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->jobIds(), QStringList{ idFor(4) });
    EXPECT_EQ(dialog->parentWidget(), details);
    dialog->reject();
}

TEST_F(JobDialogControllerTest, AForbiddenDeleteTurnsDeleteOffWithTheReason)
{
    backend.setRole(sandbox::Role::WorkspaceMember);
    session->client()->setEndpoint(backend.endpoint()); // same server, a member's token
    // As if the token's role could not be read (an opaque API key): only the server can say no.
    controller->setRoleDeleteRefusal({});
    Q_EMIT window->openJobRequested(idFor(1));
    DeleteJobsDialog *dialog = controller->openDelete({ idFor(2) });
    ASSERT_NE(dialog, nullptr);
    dialog->deleteButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog->stage() == DeleteJobsDialog::Stage::Done; }));

    EXPECT_FALSE(controller->deleteBlockedReason().isEmpty());
    EXPECT_EQ(window->deleteBlockedReason(), controller->deleteBlockedReason());
    QAction *del = window->action(QStringLiteral("actionDelete"));
    EXPECT_FALSE(del->isEnabled());
    EXPECT_EQ(del->toolTip(), controller->deleteBlockedReason());
    dialog->close();

    // Asking again opens nothing and sends nothing.
    backend.clearRequests();
    EXPECT_EQ(controller->openDelete({ idFor(3) }), nullptr);
    EXPECT_TRUE(backend.deleteRequestIds().isEmpty());

    // Another token: the server may answer differently now.
    backend.setRole(sandbox::Role::DomainAdmin);
    session->client()->setEndpoint(backend.endpoint());
    EXPECT_TRUE(controller->deleteBlockedReason().isEmpty());
    EXPECT_TRUE(window->deleteBlockedReason().isEmpty());
}

TEST_F(JobDialogControllerTest, TheTokensRoleCanTurnDeleteOffUpFront)
{
    Q_EMIT window->openJobRequested(idFor(1));
    const QString reason = QStringLiteral("Workspace members can view jobs but not delete them.");
    controller->setRoleDeleteRefusal(reason);
    EXPECT_EQ(window->deleteBlockedReason(), reason);
    JobDetailDialog *details = controller->detailDialog(idFor(1));
    ASSERT_NE(details, nullptr);
    EXPECT_FALSE(details->deleteButton()->isEnabled());
    EXPECT_EQ(details->deleteButton()->toolTip(), reason);
    EXPECT_EQ(controller->openDelete({ idFor(1) }), nullptr);
    controller->setRoleDeleteRefusal({});
    EXPECT_TRUE(details->deleteButton()->isEnabled());
}

TEST_F(JobDialogControllerTest, FilterActionsFromTheDetailsReachTheMainWindow)
{
    const Job job = jobfactory::make(2);
    Q_EMIT window->openJobRequested(job.jobId);
    JobDetailDialog *details = controller->detailDialog(job.jobId);
    ASSERT_NE(details, nullptr);
    Q_EMIT details->filterByTrustedAccountRequested(job.trustedAccountId);
    EXPECT_EQ(session->filter().trustedAccountId, job.trustedAccountId);
    Q_EMIT details->filterByPluginRequested(job.pluginId);
    EXPECT_EQ(session->filter().pluginId, job.pluginId);
    EXPECT_EQ(session->filter().trustedAccountId, job.trustedAccountId) << "other filters stay";
    Q_EMIT details->filterByWorkspaceRequested(job.workspaceId);
    EXPECT_EQ(session->filter().workspaceId, job.workspaceId);
}

TEST_F(JobDialogControllerTest, ChangingTheConnectionClosesTheDetails)
{
    Q_EMIT window->openJobRequested(idFor(1));
    ASSERT_EQ(controller->detailDialogs().size(), 1);
    session->setEndpoint(backend.endpoint(), QStringLiteral("other"));
    ASSERT_TRUE(waitUntil([&] { return controller->detailDialogs().isEmpty(); }));
}

TEST_F(JobDialogControllerTest, AWorkspaceMembersTokenTurnsDeleteOffUpFront)
{
    backend.setRole(sandbox::Role::WorkspaceMember);
    session->client()->setEndpoint(backend.endpoint());
    EXPECT_TRUE(window->deleteBlockedReason().contains(QStringLiteral("Workspace members")));
    EXPECT_FALSE(window->action(QStringLiteral("actionDelete"))->isEnabled());
    backend.clearRequests();
    EXPECT_EQ(controller->openDelete({ idFor(1) }), nullptr);
    EXPECT_TRUE(backend.deleteRequestIds().isEmpty());

    backend.setRole(sandbox::Role::WorkspaceOwner);
    session->client()->setEndpoint(backend.endpoint());
    EXPECT_TRUE(window->deleteBlockedReason().isEmpty());
}

TEST_F(JobDialogControllerTest, ChangingTheConnectionClosesAnUnconfirmedDeleteDialog)
{
    QPointer<DeleteJobsDialog> dialog = controller->openDelete({ idFor(1), idFor(2) });
    ASSERT_FALSE(dialog.isNull());
    backend.clearRequests();
    session->setEndpoint(backend.endpoint(), QStringLiteral("other"));
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); }));
    EXPECT_TRUE(backend.deleteRequestIds().isEmpty());
}
