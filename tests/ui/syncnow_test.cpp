// SPDX-License-Identifier: MIT
// "Sync now" through the main window against a live sandbox: the confirmation names the
// accounts of the selected rows, exactly one job starts per account, and the new jobs are
// selected in the table once a poll lists them; a workspace member is not offered the action,
// and the details dialog offers it for the job's own account.
#include "apitestutil.h"

#include "api/jobapiclient.h"
#include "api/namedirectory.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "monitor/trustedaccountsyncer.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/seededsandbox.h"
#include "ui/appsettings.h"
#include "ui/jobdetaildialog.h"
#include "ui/jobdialogcontroller.h"
#include "ui/jobtableview.h"
#include "ui/mainwindow.h"
#include "ui/syncaccountsdialog.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace {

class SyncNowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QString error;
        ASSERT_TRUE(server.start(sandboxtest::seededOptions(7, 300), &error)) << error.toStdString();
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        session = std::make_unique<JobMonitorSession>();
        window = std::make_unique<MainWindow>(session.get(), settings.get());
        controller = std::make_unique<JobDialogController>(window.get(), session.get());
        QObject::connect(controller.get(), &JobDialogController::syncDialogOpened, controller.get(),
                         [this](SyncAccountsDialog *d) { dialog = d; });
    }

    void TearDown() override
    {
        for (JobDetailDialog *d : controller->detailDialogs())
            delete d;
        delete dialog.data();
        controller.reset();
        window.reset();
        session.reset();
    }

    void connectAs(sandbox::Role role)
    {
        ApiEndpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.token = server.tokenFor(role, server.workspaceIds().value(0));
        session->setEndpoint(endpoint, QStringLiteral("sandbox"));
        ASSERT_TRUE(waitUntil([&] { return session->hasData() && session->model()->rowCount() > 0; }));
        ASSERT_TRUE(waitUntil([&] { return !session->names()->isBusy(); }));
    }

    // Finished jobs of `count` listed accounts with no run in progress: two rows of the first.
    QStringList rowsOfIdleAccounts(int count, QStringList *accounts) const
    {
        QSet<QString> busy;
        QHash<QString, QStringList> byAccount;
        const JobTableModel *model = session->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const Job job = *model->jobAt(row);
            if (job.isActive())
                busy.insert(job.trustedAccountId);
            else if (!session->names()->name(NameDirectory::Kind::TrustedAccount, job.trustedAccountId).isEmpty()
                     && job.workspaceId == server.workspaceIds().value(0))
                byAccount[job.trustedAccountId] << job.jobId;
        }
        QStringList rows;
        for (auto it = byAccount.cbegin(); it != byAccount.cend() && accounts->size() < count; ++it) {
            if (busy.contains(it.key()) || it.value().size() < 2)
                continue;
            rows << (accounts->isEmpty() ? it.value().mid(0, 2) : it.value().mid(0, 1));
            *accounts << it.key();
        }
        return rows;
    }

    QTemporaryDir dir;
    sandbox::SandboxServer server;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<JobMonitorSession> session;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<JobDialogController> controller;
    QPointer<SyncAccountsDialog> dialog;
};

TEST_F(SyncNowTest, ConfirmedSyncStartsOneJobPerAccountAndSelectsThem)
{
    connectAs(sandbox::Role::WorkspaceOwner);
    QStringList accounts;
    const QStringList rows = rowsOfIdleAccounts(2, &accounts);
    ASSERT_EQ(accounts.size(), 2);
    ASSERT_EQ(rows.size(), 3);
    window->tableView()->selectJobIds(rows);
    QAction *sync = window->action(QStringLiteral("actionSyncNow"));
    ASSERT_TRUE(sync->isVisible());
    ASSERT_TRUE(sync->isEnabled());
    EXPECT_TRUE(window->tableView()->actions().contains(sync)) << "in the table's context menu";

    const qint64 before = server.jobCount();
    sync->trigger();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowModality(), Qt::WindowModal);
    EXPECT_TRUE(dialog->headline()->text().startsWith(QStringLiteral("Sync 2 trusted account")));
    ASSERT_EQ(dialog->accountList()->topLevelItemCount(), 2);
    for (int i = 0; i < 2; ++i) {
        QTreeWidgetItem *item = dialog->accountList()->topLevelItem(i);
        const QString id = accounts.contains(dialog->targets().at(i).trustedAccountId)
            ? dialog->targets().at(i).trustedAccountId
            : QString();
        ASSERT_FALSE(id.isEmpty());
        EXPECT_EQ(item->text(SyncAccountsDialog::AccountColumn),
                  session->names()->name(NameDirectory::Kind::TrustedAccount, id))
            << "the account by name";
        EXPECT_TRUE(item->toolTip(SyncAccountsDialog::AccountColumn).contains(id)) << "the id one step away";
        // Listing workspaces needs a domain admin: an owner sees the id.
        EXPECT_EQ(item->text(SyncAccountsDialog::WorkspaceColumn), server.workspaceIds().value(0));
    }
    EXPECT_EQ(server.jobCount(), before) << "nothing is sent before the confirmation";

    dialog->syncButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull() || !dialog->isVisible(); })) << "closes when all started";
    EXPECT_EQ(server.jobCount(), before + 2);
    QStringList newIds;
    QSet<QString> newAccounts;
    for (const QString &id : server.jobIds()) {
        const QJsonObject job = *server.job(id);
        if (job.value(QStringLiteral("status")).toString() == QStringLiteral("PENDING")
            && accounts.contains(job.value(QStringLiteral("trusted_account_id")).toString())) {
            newIds << id;
            newAccounts.insert(job.value(QStringLiteral("trusted_account_id")).toString());
        }
    }
    ASSERT_EQ(newIds.size(), 2);
    EXPECT_EQ(newAccounts.size(), 2);
    ASSERT_TRUE(waitUntil([&] {
        QStringList selected = window->tableView()->selectedJobIds();
        selected.sort();
        newIds.sort();
        return selected == newIds;
    })) << "the new jobs are listed and selected";
}

TEST_F(SyncNowTest, WorkspaceMemberIsNotOfferedSync)
{
    connectAs(sandbox::Role::WorkspaceMember);
    window->tableView()->selectJobIds({ session->model()->jobAt(0)->jobId });
    QAction *sync = window->action(QStringLiteral("actionSyncNow"));
    EXPECT_FALSE(sync->isVisible());
    EXPECT_FALSE(sync->isEnabled());

    Q_EMIT window->openJobRequested(session->model()->jobAt(0)->jobId);
    JobDetailDialog *details = controller->detailDialog(session->model()->jobAt(0)->jobId);
    ASSERT_NE(details, nullptr);
    auto *button = details->findChild<QPushButton *>(QStringLiteral("syncButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isHidden());

    // Asked anyway (a stale menu), the dialog names the reason and sends nothing.
    const qint64 before = server.jobCount();
    controller->openSync({ session->model()->jobAt(0)->jobId });
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->syncButton()->isEnabled());
    EXPECT_TRUE(dialog->accountList()->topLevelItem(0)->toolTip(SyncAccountsDialog::ResultColumn).contains("members"));
    dialog->confirm();
    QCoreApplication::processEvents();
    EXPECT_EQ(server.jobCount(), before);
}

TEST_F(SyncNowTest, DetailsOfferSyncForTheJobsAccountOnly)
{
    connectAs(sandbox::Role::WorkspaceOwner);
    QString domainJob;
    QString ownJob;
    for (int row = 0; row < session->model()->rowCount(); ++row) {
        const Job job = *session->model()->jobAt(row);
        if (job.isDomainLevel() && domainJob.isEmpty())
            domainJob = job.jobId;
        if (job.workspaceId == server.workspaceIds().value(0) && ownJob.isEmpty())
            ownJob = job.jobId;
    }
    ASSERT_FALSE(ownJob.isEmpty());
    Q_EMIT window->openJobRequested(ownJob);
    auto *button = controller->detailDialog(ownJob)->findChild<QPushButton *>(QStringLiteral("syncButton"));
    EXPECT_FALSE(button->isHidden());
    EXPECT_TRUE(button->isEnabled());
    button->click();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->targets().size(), 1);
    EXPECT_EQ(dialog->targets().first().trustedAccountId, controller->detailDialog(ownJob)->job().trustedAccountId);
    EXPECT_EQ(dialog->parentWidget(), controller->detailDialog(ownJob)) << "over the details window";
    dialog->reject();

    if (!domainJob.isEmpty()) {
        Q_EMIT window->openJobRequested(domainJob);
        auto *domainButton
            = controller->detailDialog(domainJob)->findChild<QPushButton *>(QStringLiteral("syncButton"));
        EXPECT_FALSE(domainButton->isEnabled()) << "a domain-wide account needs a domain admin";
        EXPECT_TRUE(domainButton->toolTip().contains(QStringLiteral("domain admin")));
    }
}

} // namespace
