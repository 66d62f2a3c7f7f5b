// SPDX-License-Identifier: MIT
#include "apitestutil.h"
#include "jobfactory.h"
#include "testbackend.h"

#include "api/jobapiclient.h"
#include "api/namedirectory.h"
#include "model/jobtablemodel.h"
#include "sandbox/sandboxserver.h"
#include "ui/deletejobsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTextDocumentFragment>
#include <QTreeWidget>

#include <algorithm>

#include <gtest/gtest.h>

namespace {
using jobfactory::idFor;

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

class DeleteJobsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(backend.start());
        client.setEndpoint(backend.endpoint());
    }

    // Opens the dialog for these ids the way the app does: captured from the table now.
    DeleteJobsDialog *openFor(const QStringList &ids)
    {
        auto *dialog = DeleteJobsDialog::create(ids, &model, &client);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
        dialog->show();
        return dialog;
    }

    bool waitDone(DeleteJobsDialog *dialog)
    {
        return waitUntil([dialog] { return dialog->stage() == DeleteJobsDialog::Stage::Done; });
    }

    TestBackend backend;
    JobApiClient client;
    JobTableModel model;
};
} // namespace

TEST_F(DeleteJobsDialogTest, ListsTheJobsWithCancelAsTheSafeDefault)
{
    std::vector<Job> jobs = jobfactory::range(1, 3);
    model.applySnapshot(jobs);
    std::unique_ptr<DeleteJobsDialog> dialog(openFor({ idFor(3), idFor(1) }));

    EXPECT_EQ(dialog->jobIds(), (QStringList{ idFor(3), idFor(1) }));
    ASSERT_EQ(dialog->jobList()->topLevelItemCount(), 2);
    const QTreeWidgetItem *first = dialog->jobList()->topLevelItem(0);
    EXPECT_EQ(first->text(DeleteJobsDialog::JobIdColumn), idFor(3));
    EXPECT_EQ(first->text(DeleteJobsDialog::StatusColumn), jobs[2].statusLabel());
    EXPECT_EQ(first->text(DeleteJobsDialog::TrustedAccountColumn), jobs[2].trustedAccountId);
    EXPECT_FALSE(first->text(DeleteJobsDialog::CreatedColumn).isEmpty());
    EXPECT_TRUE(dialog->cancelButton()->isDefault());
    EXPECT_FALSE(dialog->deleteButton()->isDefault());
    EXPECT_FALSE(dialog->deleteButton()->autoDefault());
    EXPECT_TRUE(dialog->deleteButton()->isEnabled());
    EXPECT_EQ(QApplication::focusWidget() ? QApplication::focusWidget() : dialog->focusWidget(),
              dialog->cancelButton());
    EXPECT_FALSE(dialog->activeConfirmation()->isVisibleTo(dialog.get()));
    EXPECT_TRUE(dialog->deleteButton()->text().contains(QLatin1String("2")));
}

TEST_F(DeleteJobsDialogTest, CancelSendsNothing)
{
    model.applySnapshot(jobfactory::range(1, 3));
    backend.upsert(jobfactory::range(1, 3));
    std::unique_ptr<DeleteJobsDialog> dialog(openFor({ idFor(1), idFor(2) }));
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    dialog->cancelButton()->click();
    EXPECT_EQ(rejected.count(), 1);
    // A delete is sent when the deleter starts, and anything deferred runs with the queued events:
    // with those run, nothing in flight and nothing started means nothing was sent.
    QCoreApplication::processEvents();
    EXPECT_FALSE(dialog->deleter()->isRunning());
    EXPECT_EQ(client.requestsInFlight(), 0);
    EXPECT_TRUE(backend.deleteRequestIds().isEmpty());
}

// Every job active (e.g. "select stuck"): there is nothing to skip to, so deleting them must be
// ticked explicitly.
TEST_F(DeleteJobsDialogTest, ActiveJobsNeedTheExtraConfirmation)
{
    std::vector<Job> jobs{ jobfactory::make(3, JobStatus::InProgress), jobfactory::make(4, JobStatus::Pending) };
    model.applySnapshot(jobs);
    backend.upsert(jobs);
    std::unique_ptr<DeleteJobsDialog> dialog(openFor({ idFor(3), idFor(4) }));

    EXPECT_EQ(dialog->activeCount(), 2);
    EXPECT_EQ(dialog->skipActiveOption(), nullptr);
    EXPECT_TRUE(dialog->activeConfirmation()->isVisibleTo(dialog.get()));
    EXPECT_FALSE(dialog->activeConfirmation()->isChecked());
    EXPECT_FALSE(dialog->deleteButton()->isEnabled());
    dialog->confirm(); // ignored until ticked
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog->stage(), DeleteJobsDialog::Stage::Confirm);
    EXPECT_FALSE(dialog->deleter()->isRunning());
    EXPECT_EQ(client.requestsInFlight(), 0);
    EXPECT_TRUE(backend.deleteRequestIds().isEmpty());

    dialog->activeConfirmation()->setChecked(true);
    EXPECT_TRUE(dialog->deleteButton()->isEnabled());
    dialog->deleteButton()->click();
    ASSERT_TRUE(waitDone(dialog.get()));
    EXPECT_EQ(asSet(backend.deleteRequestIds()), asSet({ idFor(3), idFor(4) }));
}

// Running and finished jobs selected together: the finished ones can go on their own, and that
// is what happens unless the user chooses otherwise.
TEST_F(DeleteJobsDialogTest, AMixedSelectionSkipsTheActiveJobsByDefault)
{
    std::vector<Job> jobs = jobfactory::range(1, 2);
    jobs.push_back(jobfactory::make(3, JobStatus::InProgress));
    jobs.push_back(jobfactory::make(4, JobStatus::Pending));
    model.applySnapshot(jobs);
    backend.upsert(jobs);
    std::unique_ptr<DeleteJobsDialog> dialog(openFor({ idFor(1), idFor(3), idFor(2), idFor(4) }));

    ASSERT_NE(dialog->skipActiveOption(), nullptr);
    EXPECT_TRUE(dialog->skipActiveOption()->isVisibleTo(dialog.get()));
    EXPECT_TRUE(dialog->skipActiveOption()->isChecked());
    EXPECT_TRUE(dialog->skipActiveOption()->text().contains(QStringLiteral("2 finished")))
        << dialog->skipActiveOption()->text().toStdString();
    EXPECT_FALSE(dialog->activeConfirmation()->isChecked());
    EXPECT_TRUE(dialog->isSkippingActive());
    EXPECT_EQ(dialog->jobIds(), (QStringList{ idFor(1), idFor(3), idFor(2), idFor(4) }));
    EXPECT_EQ(dialog->idsToDelete(), (QStringList{ idFor(1), idFor(2) }));
    EXPECT_TRUE(dialog->deleteButton()->isEnabled());
    EXPECT_TRUE(dialog->deleteButton()->text().contains(QStringLiteral("2")))
        << dialog->deleteButton()->text().toStdString();
    EXPECT_EQ(dialog->resultText(idFor(3)), QStringLiteral("Skipped: still active"));
    EXPECT_EQ(dialog->resultText(idFor(1)), QString());

    // Choosing to include them, then skipping again, changes what would be sent each time.
    dialog->activeConfirmation()->setChecked(true);
    EXPECT_FALSE(dialog->isSkippingActive());
    EXPECT_EQ(dialog->idsToDelete().size(), 4);
    EXPECT_EQ(dialog->resultText(idFor(3)), QString());
    dialog->skipActiveOption()->setChecked(true);
    EXPECT_EQ(dialog->idsToDelete().size(), 2);

    dialog->deleteButton()->click();
    ASSERT_TRUE(waitDone(dialog.get()));
    EXPECT_EQ(asSet(backend.deleteRequestIds()), asSet({ idFor(1), idFor(2) }));
    EXPECT_TRUE(backend.hasJob(idFor(3)));
    EXPECT_TRUE(backend.hasJob(idFor(4)));
    EXPECT_EQ(dialog->resultText(idFor(3)), QStringLiteral("Skipped: still active"));
    EXPECT_TRUE(dialog->outcomeLabel()->text().contains(QStringLiteral("2 deleted")))
        << dialog->outcomeLabel()->text().toStdString();
    EXPECT_TRUE(dialog->outcomeLabel()->text().contains(QStringLiteral("2 skipped (active)")));
    EXPECT_EQ(dialog->outcomeLabel()->parentWidget()->findChild<QLabel *>(QStringLiteral("heading"))->text(),
              QStringLiteral("Done"));
}

// The summary is counted from the job copies the dialog was given (here straight from the
// server: the table holds none of them), never from table rows.
TEST_F(DeleteJobsDialogTest, TheSummaryCountsTheCapturedJobsByStatusAndWorkspace)
{
    QList<Job> captured;
    for (int n = 1; n <= 30; ++n) {
        Job job = jobfactory::make(
            n, n <= 18 ? JobStatus::Failure : (n <= 24 ? JobStatus::InProgress : JobStatus::Success));
        job.workspaceId = n <= 12 ? QStringLiteral("workspace-alpha")
                                  : (n <= 26 ? QStringLiteral("workspace-beta") : QStringLiteral("*"));
        captured.append(job);
    }
    // A server's text is shown as it is, never read as markup.
    for (int n = 31; n <= 32; ++n) {
        Job odd = jobfactory::make(n, JobStatus::Canceled);
        odd.workspaceId = QStringLiteral("ws-<b>odd</b>");
        captured.append(odd);
    }
    ASSERT_EQ(model.rowCount(), 0);
    DeleteJobsDialog dialog(captured, { QStringLiteral("job-not-captured") }, &client);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);

    // Rich text with bold counts; what a person reads is its plain text.
    const auto shown = [&dialog] {
        return QTextDocumentFragment::fromHtml(dialog.selectionSummaryLabel()->text())
            .toPlainText()
            .replace(QChar(0x00a0), QLatin1Char(' '));
    };
    // Skipping the active ones (the default), the summary speaks of what is sent: 18 failed,
    // 6 succeeded, 2 canceled, one without details.
    const QString skipping = shown();
    EXPECT_TRUE(skipping.contains(QStringLiteral("By status: Failure 18 · Success 6 · Canceled 2 · Not loaded 1")))
        << skipping.toStdString();
    EXPECT_FALSE(skipping.contains(QStringLiteral("In progress")));
    EXPECT_TRUE(skipping.contains(QStringLiteral("workspace-alpha 12"))) << skipping.toStdString();
    EXPECT_TRUE(skipping.contains(QStringLiteral("workspace-beta 8")));
    EXPECT_TRUE(skipping.contains(QStringLiteral("Global (domain) 4")));
    EXPECT_TRUE(skipping.contains(QStringLiteral("ws-<b>odd</b> 2"))) << skipping.toStdString();

    dialog.activeConfirmation()->setChecked(true);
    const QString all = shown();
    EXPECT_TRUE(all.contains(QStringLiteral("Failure 18 · In progress 6 · Success 6 · Canceled 2 · Not loaded 1")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("workspace-beta 14")));
}

// Workspaces and trusted accounts read as their names once the directory has them, in the list
// and the summary; an id the directory does not know stays as it is.
TEST_F(DeleteJobsDialogTest, NamesTheWorkspacesAndTrustedAccounts)
{
    const QStringList workspaces = backend.server().workspaceIds();
    const QStringList accounts = backend.server().trustedAccountIds();
    ASSERT_GE(workspaces.size(), 2);
    ASSERT_FALSE(accounts.isEmpty());
    QList<Job> captured;
    for (int n = 1; n <= 5; ++n) {
        Job job = jobfactory::make(n, JobStatus::Failure);
        job.workspaceId
            = n <= 3 ? workspaces.at(0) : (n == 4 ? workspaces.at(1) : QStringLiteral("workspace-unknown1"));
        job.trustedAccountId = n == 5 ? QStringLiteral("ta-000000000000") : accounts.first();
        captured.append(job);
    }
    NameDirectory directory(&client);
    DeleteJobsDialog dialog(captured, {}, &client);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.setNameDirectory(&directory);
    ASSERT_TRUE(waitUntil([&] { return !directory.isBusy(); }));

    const QString first = directory.name(NameDirectory::Kind::Workspace, workspaces.at(0));
    const QString second = directory.name(NameDirectory::Kind::Workspace, workspaces.at(1));
    const QString account = directory.name(NameDirectory::Kind::TrustedAccount, accounts.first());
    ASSERT_FALSE(first.isEmpty());
    ASSERT_FALSE(second.isEmpty());
    ASSERT_FALSE(account.isEmpty());
    const QString summary = QTextDocumentFragment::fromHtml(dialog.selectionSummaryLabel()->text())
                                .toPlainText()
                                .replace(QChar(0x00a0), QLatin1Char(' '));
    EXPECT_TRUE(summary.contains(first + " 3")) << summary.toStdString();
    EXPECT_TRUE(summary.contains(second + " 1")) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("workspace-unknown1 1"))) << summary.toStdString();
    EXPECT_FALSE(summary.contains(workspaces.at(0))) << summary.toStdString();

    QTreeWidget *list = dialog.jobList();
    ASSERT_EQ(list->topLevelItemCount(), 5);
    int named = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        const QString text = item->text(DeleteJobsDialog::TrustedAccountColumn);
        if (item->text(DeleteJobsDialog::JobIdColumn) == idFor(5)) {
            EXPECT_EQ(text, QStringLiteral("ta-000000000000"));
        } else {
            EXPECT_EQ(text, account);
            EXPECT_TRUE(item->toolTip(DeleteJobsDialog::TrustedAccountColumn).contains(accounts.first()));
            ++named;
        }
    }
    EXPECT_EQ(named, 4);
}

// Many jobs at once need the count (or the word "delete") typed; a stray click cannot do it.
TEST_F(DeleteJobsDialogTest, ALargeDeletionNeedsTheCountTyped)
{
    QList<Job> captured;
    for (int n = 1; n <= 150; ++n)
        captured.append(jobfactory::make(n, n <= 30 ? JobStatus::Pending : JobStatus::Failure));
    DeleteJobsDialog dialog(captured, {}, &client);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    ASSERT_EQ(DeleteJobsDialog::kTypedConfirmationThreshold, 100);

    // Skipping the 30 pending jobs still leaves 120.
    ASSERT_TRUE(dialog.isSkippingActive());
    EXPECT_TRUE(dialog.needsTypedConfirmation());
    EXPECT_TRUE(dialog.typedConfirmation()->isVisible());
    EXPECT_FALSE(dialog.deleteButton()->isEnabled());
    for (const QString &wrong : { QStringLiteral("150"), QStringLiteral("119"), QStringLiteral("del"),
                                  QStringLiteral("yes"), QStringLiteral("") }) {
        dialog.typedConfirmation()->setText(wrong);
        EXPECT_FALSE(dialog.deleteButton()->isEnabled()) << wrong.toStdString();
    }
    for (const QString &right :
         { QStringLiteral("120"), QStringLiteral(" 120 "), QStringLiteral("delete"), QStringLiteral("DELETE") }) {
        dialog.typedConfirmation()->setText(right);
        EXPECT_TRUE(dialog.deleteButton()->isEnabled()) << right.toStdString();
    }
    // Including the active jobs changes the count to type.
    dialog.typedConfirmation()->setText(QStringLiteral("120"));
    dialog.activeConfirmation()->setChecked(true);
    EXPECT_FALSE(dialog.deleteButton()->isEnabled());
    dialog.typedConfirmation()->setText(QStringLiteral("150"));
    EXPECT_TRUE(dialog.deleteButton()->isEnabled());
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("typedLabel"))->text().contains(QStringLiteral("150")));

    // Below the threshold nothing is typed.
    dialog.setTypedConfirmationThreshold(200);
    EXPECT_FALSE(dialog.needsTypedConfirmation());
    EXPECT_FALSE(dialog.typedConfirmation()->isVisible());
    EXPECT_TRUE(dialog.deleteButton()->isEnabled());
}

// After Stop, the bar stays where it was: deletes never sent are not progress.
TEST_F(DeleteJobsDialogTest, StopFreezesTheProgressBar)
{
    model.applySnapshot(jobfactory::range(1, 40));
    backend.upsert(jobfactory::range(1, 40));
    backend.setLatencyMs(30);
    QStringList ids;
    for (int n = 1; n <= 40; ++n)
        ids << idFor(n);
    std::unique_ptr<DeleteJobsDialog> dialog(openFor(ids));
    dialog->setTypedConfirmationThreshold(1000);
    dialog->deleter()->setMaxInFlight(2);
    dialog->deleteButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog->progressBar()->value() >= 4; }));
    dialog->cancelButton()->click(); // "Stop"
    const int atStop = dialog->progressBar()->value();
    QSignalSpy moved(dialog->progressBar(), &QProgressBar::valueChanged);
    EXPECT_EQ(dialog->stage(), DeleteJobsDialog::Stage::Deleting);
    ASSERT_TRUE(waitDone(dialog.get()));
    EXPECT_TRUE(moved.isEmpty()) << "the bar moved " << moved.size() << " times after Stop";
    EXPECT_EQ(dialog->progressBar()->value(), atStop);
    const int sent = int(backend.deleteRequestIds().size());
    EXPECT_LT(sent, 40);
    EXPECT_TRUE(dialog->outcomeLabel()->text().contains(QStringLiteral("%1 not sent (stopped)").arg(40 - sent)))
        << dialog->outcomeLabel()->text().toStdString();
}

TEST_F(DeleteJobsDialogTest, DeletesAndReportsEachJobAndEmitsGoneRows)
{
    model.applySnapshot(jobfactory::range(1, 5));
    backend.upsert(jobfactory::range(1, 5));
    backend.remove(idFor(2));
    std::unique_ptr<DeleteJobsDialog> dialog(openFor({ idFor(1), idFor(2), idFor(3), idFor(4) }));
    QStringList gone;
    QObject::connect(dialog.get(), &DeleteJobsDialog::jobsGone, dialog.get(),
                     [&](const QStringList &ids) { gone += ids; });
    // One at a time, and the server breaks down right before the last one.
    dialog->deleter()->setMaxInFlight(1);
    QObject::connect(dialog->deleter(), &JobDeleter::jobFinished, dialog.get(), [&](const JobDeleter::Result &r) {
        if (r.jobId == idFor(3))
            backend.setErrorRate(1.0);
    });

    dialog->deleteButton()->click();
    EXPECT_EQ(dialog->stage(), DeleteJobsDialog::Stage::Deleting);
    EXPECT_TRUE(dialog->progressBar()->isVisibleTo(dialog.get()));
    ASSERT_TRUE(waitDone(dialog.get()));

    EXPECT_EQ(asSet(gone), asSet({ idFor(1), idFor(2), idFor(3) }));
    EXPECT_EQ(dialog->resultText(idFor(1)), QStringLiteral("Deleted"));
    EXPECT_EQ(dialog->resultText(idFor(2)), QStringLiteral("Already gone"));
    EXPECT_TRUE(dialog->resultText(idFor(4)).startsWith(QStringLiteral("Failed")));
    EXPECT_TRUE(dialog->outcomeLabel()->text().contains(QStringLiteral("1 failed")));
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(idFor(4) + QStringLiteral(": ")));
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("HTTP 50")));
    ASSERT_TRUE(dialog->retryButton()->isVisibleTo(dialog.get()));
    EXPECT_EQ(dialog->cancelButton()->text(), QStringLiteral("Close"));

    backend.setErrorRate(0);
    backend.clearRequests();
    dialog->retryButton()->click();
    ASSERT_TRUE(waitDone(dialog.get()));
    EXPECT_EQ(backend.deleteRequestIds(), QStringList{ idFor(4) });
    EXPECT_EQ(dialog->resultText(idFor(4)), QStringLiteral("Deleted"));
    EXPECT_TRUE(gone.contains(idFor(4)));
    EXPECT_FALSE(dialog->retryButton()->isVisibleTo(dialog.get()));
    EXPECT_TRUE(backend.hasJob(idFor(5)));
}

TEST_F(DeleteJobsDialogTest, ForbiddenDeletesReportTheRoleOnce)
{
    model.applySnapshot(jobfactory::range(1, 6));
    backend.upsert(jobfactory::range(1, 6));
    backend.setRole(sandbox::Role::WorkspaceMember);
    client.setEndpoint(backend.endpoint());
    std::unique_ptr<DeleteJobsDialog> dialog(openFor({ idFor(1), idFor(2), idFor(3), idFor(4), idFor(5), idFor(6) }));
    QSignalSpy denied(dialog.get(), &DeleteJobsDialog::permissionDenied);
    QSignalSpy gone(dialog.get(), &DeleteJobsDialog::jobsGone);
    dialog->deleteButton()->click();
    ASSERT_TRUE(waitDone(dialog.get()));
    EXPECT_EQ(denied.count(), 1);
    EXPECT_EQ(gone.count(), 0);
    EXPECT_TRUE(dialog->outcomeLabel()->text().contains(QStringLiteral("6 not allowed")));
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("domain admin or workspace owner")));
    EXPECT_FALSE(dialog->retryButton()->isVisibleTo(dialog.get()));
    EXPECT_EQ(backend.jobCount(), 6);
}

TEST_F(DeleteJobsDialogTest, DomainLevelJobsRefusedToAWorkspaceOwnerStayAndDoNotBlockDelete)
{
    std::vector<Job> jobs = jobfactory::range(1, 2);
    jobs[0].workspaceId = backend.workspaceId();
    jobs[1].workspaceId = QStringLiteral("*");
    model.applySnapshot(jobs);
    backend.upsert(jobs);
    backend.setRole(sandbox::Role::WorkspaceOwner);
    client.setEndpoint(backend.endpoint());
    std::unique_ptr<DeleteJobsDialog> dialog(openFor({ idFor(1), idFor(2) }));
    QSignalSpy denied(dialog.get(), &DeleteJobsDialog::permissionDenied);
    QStringList gone;
    QObject::connect(dialog.get(), &DeleteJobsDialog::jobsGone, dialog.get(),
                     [&](const QStringList &ids) { gone += ids; });
    dialog->deleteButton()->click();
    ASSERT_TRUE(waitDone(dialog.get()));
    EXPECT_EQ(gone, QStringList{ idFor(1) });
    EXPECT_EQ(denied.count(), 0) << "the role may delete; only this job is out of its reach";
    EXPECT_EQ(dialog->resultText(idFor(2)), QStringLiteral("Not allowed: domain-level job"));
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QStringLiteral("domain admin token")));
    EXPECT_TRUE(backend.hasJob(idFor(2)));
}

TEST_F(DeleteJobsDialogTest, StopDuringDeletionLetsSentOnesFinishAndStaysOpen)
{
    model.applySnapshot(jobfactory::range(1, 8));
    backend.upsert(jobfactory::range(1, 8));
    backend.setLatencyMs(40);
    QStringList ids;
    for (int n = 1; n <= 8; ++n)
        ids << idFor(n);
    std::unique_ptr<DeleteJobsDialog> dialog(openFor(ids));
    dialog->deleter()->setMaxInFlight(2);
    QSignalSpy rejected(dialog.get(), &QDialog::rejected);
    dialog->deleteButton()->click();
    ASSERT_EQ(dialog->deleter()->sentIds().size(), 2);
    dialog->cancelButton()->click(); // "Stop"
    EXPECT_EQ(dialog->stage(), DeleteJobsDialog::Stage::Deleting);
    EXPECT_EQ(rejected.count(), 0);
    ASSERT_TRUE(waitDone(dialog.get()));
    EXPECT_EQ(backend.deleteRequestIds(), dialog->deleter()->sentIds());
    EXPECT_EQ(backend.jobCount(), 6);
    EXPECT_EQ(dialog->resultText(idFor(8)), QStringLiteral("Not sent (stopped)"));
    EXPECT_TRUE(dialog->isVisible());
}

TEST_F(DeleteJobsDialogTest, UnlistedIdsAreShownAndStillSent)
{
    model.applySnapshot(jobfactory::range(1, 3));
    backend.upsert(jobfactory::range(1, 3));
    // job 9 was selected but left the table before the dialog opened.
    std::unique_ptr<DeleteJobsDialog> dialog(openFor({ idFor(1), idFor(9) }));
    EXPECT_TRUE(dialog->isMarkedUnlisted(idFor(9)));
    EXPECT_FALSE(dialog->isMarkedUnlisted(idFor(1)));
    EXPECT_EQ(dialog->resultText(idFor(9)), QStringLiteral("No longer listed"));
    dialog->deleteButton()->click();
    ASSERT_TRUE(waitDone(dialog.get()));
    EXPECT_EQ(asSet(backend.deleteRequestIds()), asSet({ idFor(1), idFor(9) }));
    EXPECT_EQ(dialog->resultText(idFor(9)), QStringLiteral("Already gone"));
}

// Polls that reorder, drop and add rows between opening the dialog and confirming it must
// never change which jobs are deleted: exactly the ids shown at opening are sent, once each.
TEST_F(DeleteJobsDialogTest, PollsWhileOpenNeverChangeWhatIsDeleted)
{
    QRandomGenerator random(20240618);
    constexpr int kRounds = 50;
    constexpr int kPool = 40;
    for (int round = 0; round < kRounds; ++round) {
        SCOPED_TRACE(round);
        // The server holds every job; the table shows a random part of it, in random order.
        std::vector<Job> all;
        for (int n = 0; n < kPool; ++n) {
            const JobStatus status = random.bounded(4) == 0 ? JobStatus::InProgress : JobStatus::Success;
            all.push_back(jobfactory::make(round * 1000 + n, status));
        }
        backend.upsert(all);
        auto shuffledPart = [&](int minCount) {
            std::vector<Job> part = all;
            std::shuffle(part.begin(), part.end(), random);
            part.resize(size_t(minCount + random.bounded(kPool - minCount + 1)));
            return part;
        };
        model.applySnapshot(shuffledPart(10));

        // The user selects some rows (by id, as the view reports them) and opens the dialog.
        QStringList selected;
        const int want = 1 + random.bounded(8);
        for (int i = 0; i < want; ++i) {
            const std::optional<Job> job = model.jobAt(random.bounded(model.rowCount()));
            if (!selected.contains(job->jobId))
                selected.append(job->jobId);
        }
        std::unique_ptr<DeleteJobsDialog> dialog(openFor(selected));
        ASSERT_EQ(dialog->jobIds(), selected);

        // Polls arrive while the dialog is open.
        const int polls = 1 + random.bounded(4);
        for (int p = 0; p < polls; ++p) {
            model.applySnapshot(shuffledPart(0));
            if (random.bounded(3) == 0)
                model.removeJobs({ model.rowCount() > 0 ? model.jobAt(0)->jobId : QString() });
            QCoreApplication::processEvents();
        }
        EXPECT_EQ(dialog->jobIds(), selected);

        backend.clearRequests();
        if (dialog->activeCount() > 0)
            dialog->activeConfirmation()->setChecked(true);
        dialog->deleteButton()->click();
        // More polls while the deletes are in flight.
        model.applySnapshot(shuffledPart(0));
        ASSERT_TRUE(waitDone(dialog.get()));

        const QStringList sent = backend.deleteRequestIds();
        EXPECT_EQ(sent.size(), selected.size()) << "each confirmed id exactly once";
        EXPECT_EQ(asSet(sent), asSet(selected));
        for (const Job &job : all)
            EXPECT_EQ(backend.hasJob(job.jobId), !selected.contains(job.jobId)) << job.jobId.toStdString();
        for (const Job &job : all)
            backend.remove(job.jobId);
    }
}
