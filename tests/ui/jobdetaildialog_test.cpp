// SPDX-License-Identifier: MIT
#include "apitestutil.h"
#include "jobfactory.h"
#include "manualtimersource.h"
#include "testbackend.h"

#include "api/jobapiclient.h"
#include "api/namedirectory.h"
#include "sandbox/sandboxserver.h"
#include "ui/iconprovider.h"
#include "ui/jobdetaildialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

#include <functional>

namespace {
using jobfactory::idFor;
using State = JobDetailDialog::State;

class JobDetailDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(backend.start());
        client.setTimerSource(&timers);
        client.setEndpoint(backend.endpoint());
    }

    std::unique_ptr<JobDetailDialog> open(const Job &cached)
    {
        auto dialog = std::make_unique<JobDetailDialog>(cached, &client);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false); // the test owns it
        dialog->show();
        return dialog;
    }

    // A refresh or a retry's backoff passes at once on the test's clock.
    bool settle(const std::function<bool()> &done) { return settleOnManualClock(client, timers, done); }

    TestBackend backend;
    ManualTimerSource timers; // outlives the client
    JobApiClient client;
};
} // namespace

TEST_F(JobDetailDialogTest, ShowsTheCachedRowAtOnceThenTheFreshOne)
{
    Job cached = jobfactory::make(1, JobStatus::Failure);
    Job fresh = cached;
    fresh.errorMessage = QStringLiteral("fresh error from the server");
    fresh.options
        = QJsonObject{ { QStringLiteral("sync_options"),
                         QJsonObject{ { QStringLiteral("regions"), QJsonArray{ "us-east-1", "eu-west-1" } } } } };
    backend.upsert(fresh);

    auto dialog = open(cached);
    // Before any answer: the table's copy, every field filled.
    EXPECT_EQ(dialog->state(), State::Cached);
    EXPECT_EQ(dialog->fieldText(QStringLiteral("jobIdValue")), cached.jobId);
    EXPECT_EQ(dialog->fieldText(QStringLiteral("trustedAccountValue")), cached.trustedAccountId);
    EXPECT_EQ(dialog->fieldText(QStringLiteral("pluginValue")), cached.pluginId);
    EXPECT_EQ(dialog->fieldText(QStringLiteral("domainValue")), cached.domainId);
    EXPECT_TRUE(dialog->fieldText(QStringLiteral("createdValue")).contains(QStringLiteral("UTC")));
    EXPECT_TRUE(dialog->fieldText(QStringLiteral("finishedValue")).contains(QStringLiteral("took 3m 12s")));
    EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("statusWord"))->text(), cached.statusLabel());
    EXPECT_EQ(dialog->errorBox()->toPlainText(), cached.errorMessage);
    EXPECT_TRUE(dialog->errorBox()->isReadOnly());

    ASSERT_TRUE(settle([&] { return dialog->state() == State::Fresh; }));
    EXPECT_EQ(dialog->errorBox()->toPlainText(), fresh.errorMessage);
    EXPECT_EQ(dialog->optionsTree()->model()->rowCount(), 1);
    EXPECT_TRUE(dialog->optionsRaw()->toPlainText().contains(QStringLiteral("eu-west-1")));
    EXPECT_EQ(backend.getRequestCount(), 1);
    EXPECT_FALSE(dialog->isRefreshScheduled()) << "a finished job is not polled";
    EXPECT_FALSE(dialog->messageLabel()->isVisibleTo(dialog.get()));
}

// The trusted account's name, id and provider, from the server's directory; an account the
// directory does not list keeps its id and says why in the tooltip.
TEST_F(JobDetailDialogTest, ShowsTheTrustedAccountsNameBesideItsId)
{
    const QStringList accounts = backend.server().trustedAccountIds();
    ASSERT_FALSE(accounts.isEmpty());
    Job job = jobfactory::make(1, JobStatus::Failure);
    job.trustedAccountId = accounts.first();
    backend.upsert(job);
    NameDirectory directory(&client);
    auto dialog = open(job);
    dialog->setNameDirectory(&directory);
    auto *value = dialog->findChild<QLabel *>(QStringLiteral("trustedAccountValue"));
    ASSERT_TRUE(waitUntil([&] { return !directory.isBusy(); }));
    const QString name = directory.name(NameDirectory::Kind::TrustedAccount, job.trustedAccountId);
    ASSERT_FALSE(name.isEmpty());
    EXPECT_TRUE(value->text().startsWith(name + " (" + job.trustedAccountId + ")")) << value->text().toStdString();
    EXPECT_TRUE(value->text().contains(IconProvider::providerLabel(directory.provider(job.trustedAccountId))));

    Job unlisted = jobfactory::make(2, JobStatus::Failure);
    unlisted.trustedAccountId = QStringLiteral("ta-000000000000");
    backend.upsert(unlisted);
    auto other = open(unlisted);
    other->setNameDirectory(&directory);
    ASSERT_TRUE(
        waitUntil([&] { return directory.isMiss(NameDirectory::Kind::TrustedAccount, unlisted.trustedAccountId); }));
    auto *otherValue = other->findChild<QLabel *>(QStringLiteral("trustedAccountValue"));
    EXPECT_EQ(otherValue->text(), unlisted.trustedAccountId);
    EXPECT_TRUE(otherValue->toolTip().contains(QStringLiteral("deleted"))) << otherValue->toolTip().toStdString();
}

TEST_F(JobDetailDialogTest, ShowsGlobalForDomainLevelJobs)
{
    Job job = jobfactory::make(5); // workspace "*"
    ASSERT_TRUE(job.isDomainLevel());
    backend.upsert(job);
    auto dialog = open(job);
    EXPECT_EQ(dialog->fieldText(QStringLiteral("workspaceValue")), QStringLiteral("Global (domain)"));
}

TEST_F(JobDetailDialogTest, RefreshesAnActiveJobUntilItFinishes)
{
    Job job = jobfactory::make(2, JobStatus::Pending);
    backend.upsert(job);
    auto dialog = open(job);
    ASSERT_TRUE(settle([&] { return dialog->fetchCount() >= 1; }));
    EXPECT_TRUE(dialog->isRefreshScheduled() || dialog->isFetching());
    // Asked again after the dialog's interval, on the client's clock.
    EXPECT_TRUE(timers.startedDelays().contains(JobDetailDialog::kDefaultRefreshIntervalMs));

    job.status = JobStatus::InProgress;
    job.updatedAtMs += 5000;
    backend.upsert(job);
    ASSERT_TRUE(settle([&] { return dialog->job().status == JobStatus::InProgress; }));
    EXPECT_TRUE(dialog->fieldText(QStringLiteral("finishedValue")).startsWith(QStringLiteral("Not finished")));

    job.status = JobStatus::Success;
    job.finishedAtMs = job.createdAtMs + 60000;
    backend.upsert(job);
    ASSERT_TRUE(settle([&] { return dialog->job().status == JobStatus::Success; }));
    EXPECT_EQ(dialog->state(), State::Fresh);
    EXPECT_FALSE(dialog->isRefreshScheduled());
    EXPECT_FALSE(dialog->isFetching());
    // Nothing scheduled and nothing on its way is all that could fetch again: once whatever is
    // queued has run, a finished job stays as it is, with no waiting for intervals to pass.
    const int gets = backend.getRequestCount();
    QCoreApplication::processEvents();
    EXPECT_FALSE(dialog->isRefreshScheduled());
    EXPECT_FALSE(dialog->isFetching());
    EXPECT_EQ(client.requestsInFlight(), 0);
    EXPECT_EQ(backend.getRequestCount(), gets);
    EXPECT_TRUE(dialog->fieldText(QStringLiteral("finishedValue")).contains(QStringLiteral("took 1m 00s")));
}

TEST_F(JobDetailDialogTest, SaysSoWhenTheJobWasDeletedElsewhere)
{
    const Job job = jobfactory::make(3, JobStatus::InProgress); // not on the server
    auto dialog = open(job);
    ASSERT_TRUE(settle([&] { return dialog->state() == State::Gone; }));
    EXPECT_TRUE(dialog->messageLabel()->isVisibleTo(dialog.get()));
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("deleted elsewhere")));
    EXPECT_EQ(dialog->fieldText(QStringLiteral("jobIdValue")), job.jobId) << "last known data stays";
    EXPECT_FALSE(dialog->deleteButton()->isEnabled());
    EXPECT_FALSE(dialog->refreshButton()->isEnabled());
    EXPECT_FALSE(dialog->isRefreshScheduled());
}

TEST_F(JobDetailDialogTest, OtherErrorsAreShownInlineKeepingTheLastData)
{
    Job job = jobfactory::make(4, JobStatus::Failure);
    backend.upsert(job);
    backend.setErrorRate(1.0);
    auto dialog = open(job);
    ASSERT_TRUE(settle([&] { return dialog->state() == State::Error; }));
    EXPECT_TRUE(dialog->messageLabel()->isVisibleTo(dialog.get()));
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("Could not refresh")));
    EXPECT_EQ(dialog->fieldText(QStringLiteral("trustedAccountValue")), job.trustedAccountId);
    EXPECT_TRUE(dialog->deleteButton()->isEnabled());
    EXPECT_TRUE(dialog->refreshButton()->isEnabled());

    backend.setErrorRate(0);
    dialog->refreshButton()->click();
    ASSERT_TRUE(settle([&] { return dialog->state() == State::Fresh; }));
    EXPECT_FALSE(dialog->messageLabel()->isVisibleTo(dialog.get()));
}

TEST_F(JobDetailDialogTest, CopyAsJsonPutsTheJobOnTheClipboard)
{
    const Job job = jobfactory::make(6, JobStatus::Failure);
    backend.upsert(job);
    auto dialog = open(job);
    ASSERT_TRUE(settle([&] { return dialog->state() == State::Fresh; }));
    QGuiApplication::clipboard()->clear();
    dialog->findChild<QPushButton *>(QStringLiteral("copyJsonButton"))->click();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_TRUE(doc.isObject());
    EXPECT_EQ(doc.object(), dialog->job().toJson());
    EXPECT_EQ(doc.object().value(QStringLiteral("job_id")).toString(), job.jobId);
    EXPECT_EQ(doc.object().value(QStringLiteral("status")).toString(), QStringLiteral("FAILURE"));
}

TEST_F(JobDetailDialogTest, ActionsAskForFiltersAndDelete)
{
    const Job job = jobfactory::make(7);
    backend.upsert(job);
    auto dialog = open(job);
    QSignalSpy workspace(dialog.get(), &JobDetailDialog::filterByWorkspaceRequested);
    QSignalSpy account(dialog.get(), &JobDetailDialog::filterByTrustedAccountRequested);
    QSignalSpy plugin(dialog.get(), &JobDetailDialog::filterByPluginRequested);
    QSignalSpy del(dialog.get(), &JobDetailDialog::deleteRequested);
    const QList<QToolButton *> buttons = dialog->findChildren<QToolButton *>();
    for (QToolButton *b : buttons) {
        if (b->text() == QLatin1String("Show only"))
            b->click();
    }
    ASSERT_EQ(workspace.count(), 1);
    EXPECT_EQ(workspace.at(0).at(0).toString(), job.workspaceId);
    ASSERT_EQ(account.count(), 1);
    EXPECT_EQ(account.at(0).at(0).toString(), job.trustedAccountId);
    ASSERT_EQ(plugin.count(), 1);
    EXPECT_EQ(plugin.at(0).at(0).toString(), job.pluginId);

    dialog->deleteButton()->click();
    ASSERT_EQ(del.count(), 1);
    EXPECT_EQ(del.at(0).at(0).toString(), job.jobId);

    dialog->setDeleteBlockedReason(QStringLiteral("Workspace members cannot delete jobs."));
    EXPECT_FALSE(dialog->deleteButton()->isEnabled());
    EXPECT_EQ(dialog->deleteButton()->toolTip(), QStringLiteral("Workspace members cannot delete jobs."));

    dialog->markDeleted();
    EXPECT_EQ(dialog->state(), State::Deleted);
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("was deleted")));
}

TEST_F(JobDetailDialogTest, IsNonModalAndDeletesItselfOnClose)
{
    const Job job = jobfactory::make(8);
    auto *dialog = new JobDetailDialog(job, &client);
    EXPECT_FALSE(dialog->isModal());
    EXPECT_TRUE(dialog->testAttribute(Qt::WA_DeleteOnClose));
    QPointer<JobDetailDialog> guard(dialog);
    dialog->show();
    dialog->close();
    ASSERT_TRUE(waitUntil([&] { return guard.isNull(); }));
}
