// SPDX-License-Identifier: MIT
// Renders the dialogs with realistic jobs: a check that they lay out headless. With
// SJM_SCREENSHOT_DIR set, the renderings are also saved there as the PNGs of docs/screenshots/;
// without it nothing is written.
#include "apitestutil.h"
#include "testbackend.h"

#include "api/jobapiclient.h"
#include "api/jobtime.h"
#include "api/namedirectory.h"
#include "model/jobtablemodel.h"
#include "sandbox/sandboxserver.h"
#include "ui/deletejobsdialog.h"
#include "ui/jobdetaildialog.h"
#include "ui/syncaccountsdialog.h"

#include <QCheckBox>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace {
qint64 at(const char *iso)
{
    qint64 ms = JobTime::kNone;
    JobTime::parse(QString::fromLatin1(iso), &ms);
    return ms;
}

Job job(const char *id, JobStatus status, const char *account, const char *workspace, const char *created,
        const char *finished = nullptr)
{
    Job j;
    j.jobId = QString::fromLatin1(id);
    j.status = status;
    j.trustedAccountId = QString::fromLatin1(account);
    j.workspaceId = QString::fromLatin1(workspace);
    j.resourceGroup = j.workspaceId == QLatin1String("*") ? ResourceGroup::Domain : ResourceGroup::Workspace;
    j.domainId = QStringLiteral("domain-58010aa2e451");
    j.pluginId = QStringLiteral("plugin-aws-cloud-service-inven-collector");
    j.createdAtMs = at(created);
    j.updatedAtMs = j.createdAtMs + 412;
    if (finished) {
        j.finishedAtMs = at(finished);
        j.updatedAtMs = j.finishedAtMs;
    }
    return j;
}

// Renders the widget, and saves the rendering as `name` when SJM_SCREENSHOT_DIR asks for it.
bool save(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull())
        return false;
    const QString dir = qEnvironmentVariable("SJM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    return QDir().mkpath(dir) && pixmap.save(dir + QLatin1Char('/') + name);
}

class ScreenshotTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Local time differs from UTC in the pictures, as it does for most users.
        qputenv("TZ", "Asia/Seoul");
        // The plural forms come from the English translation, as in the app.
        ASSERT_TRUE(english.load(QStringLiteral("spaceone-job-monitor_en"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&english);
        ASSERT_TRUE(backend.start());
        client.setEndpoint(backend.endpoint());
    }
    void TearDown() override
    {
        QCoreApplication::removeTranslator(&english);
        qunsetenv("TZ");
    }

    QTranslator english;
    TestBackend backend;
    JobApiClient client;
};
} // namespace

TEST_F(ScreenshotTest, DetailDialog)
{
    Job failed = job("job-587a3d3b4db3", JobStatus::Failure, "ta-123456789012", "workspace-a1b2c3d4e5f6",
                     "2024-06-17T08:00:00.407Z", "2024-06-17T08:03:12.512Z");
    failed.errorMessage = QStringLiteral(
        "ERROR_PLUGIN_SYNC_FAILED: Plugin sync failed. (plugin_id = plugin-aws-cloud-service-inven-collector)\n"
        "  botocore.exceptions.ClientError: An error occurred (UnrecognizedClientException) when calling the\n"
        "  AssumeRole operation: The security token included in the request is invalid.");
    failed.options = QJsonObject{
        { QStringLiteral("sync_options"),
          QJsonObject{ { QStringLiteral("regions"),
                         QJsonArray{ QStringLiteral("ap-northeast-2"), QStringLiteral("us-east-1") } },
                       { QStringLiteral("skip_project_group"), false } } },
        { QStringLiteral("trigger"), QStringLiteral("SCHEDULE") },
        { QStringLiteral("retry"), 0 },
    };
    // An account the sandbox's directory names, as a real server's would.
    failed.trustedAccountId = backend.server().trustedAccountIds().value(0, failed.trustedAccountId);
    backend.upsert(failed);
    NameDirectory names(&client);
    auto dialog = std::make_unique<JobDetailDialog>(failed, &client);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->setNameDirectory(&names);
    dialog->show();
    ASSERT_TRUE(waitUntil([&] { return dialog->state() == JobDetailDialog::State::Fresh && !names.isBusy(); }));
    EXPECT_TRUE(save(dialog.get(), QStringLiteral("detail-dialog.png")));
}

TEST_F(ScreenshotTest, SyncDialog)
{
    const QStringList accounts = backend.server().trustedAccountIds();
    ASSERT_GE(accounts.size(), 2);
    NameDirectory names(&client);
    names.request(NameDirectory::Kind::TrustedAccount, accounts);
    names.request(NameDirectory::Kind::Workspace, { backend.workspaceId() });
    ASSERT_TRUE(waitUntil([&] { return !names.isBusy(); }));
    QList<TrustedAccountSyncer::Target> targets;
    for (const QString &id : { accounts.at(0), accounts.at(1), QStringLiteral("ta-5c0ffee0dead") }) {
        TrustedAccountSyncer::Target t;
        t.trustedAccountId = id;
        t.workspaceId = backend.workspaceId();
        t.name = names.name(NameDirectory::Kind::TrustedAccount, id);
        t.provider = names.provider(id);
        targets << t;
    }
    TrustedAccountSyncer::Target domainWide;
    domainWide.trustedAccountId = QStringLiteral("ta-93de0d464817");
    domainWide.workspaceId = QStringLiteral("*");
    domainWide.name = QStringLiteral("aws-prod-billing");
    domainWide.provider = QStringLiteral("aws");
    domainWide.refusal = QStringLiteral("A domain-wide trusted account can be synced by a domain admin only.");
    targets << domainWide;

    auto dialog = std::make_unique<SyncAccountsDialog>(targets, &client, &names);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->show();
    EXPECT_EQ(dialog->allowedCount(), 3);
    EXPECT_TRUE(save(dialog.get(), QStringLiteral("sync-dialog.png")));

    // One account no longer exists: the dialog stays with every answer.
    dialog->confirm();
    ASSERT_TRUE(waitUntil([&] { return dialog->stage() == SyncAccountsDialog::Stage::Done; }));
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->syncer()->count(TrustedAccountSyncer::Outcome::Started), 2);
    EXPECT_EQ(dialog->syncer()->count(TrustedAccountSyncer::Outcome::NotFound), 1);
    EXPECT_EQ(dialog->headline()->text(), QStringLiteral("2 of 3 syncs started"));
    EXPECT_TRUE(save(dialog.get(), QStringLiteral("sync-dialog-results.png")));
}

TEST_F(ScreenshotTest, DeleteDialog)
{
    const std::vector<Job> jobs{
        job("job-3b124006c2d2", JobStatus::Pending, "ta-3b124006c2d2", "*", "2024-06-16T21:00:01.225Z"),
        job("job-9f0c51e2a7b4", JobStatus::InProgress, "ta-123456789012", "workspace-a1b2c3d4e5f6",
            "2024-06-17T02:00:00.118Z"),
        job("job-587a3d3b4db3", JobStatus::Failure, "ta-123456789012", "workspace-a1b2c3d4e5f6",
            "2024-06-17T08:00:00.407Z", "2024-06-17T08:03:12.512Z"),
        job("job-c41d7e0b9a21", JobStatus::Canceled, "ta-7d2e5f4a1c3b", "workspace-a1b2c3d4e5f6",
            "2024-06-17T09:00:00.930Z", "2024-06-17T09:12:44.002Z"),
        job("job-e8b2f3a6d019", JobStatus::Success, "ta-7d2e5f4a1c3b", "workspace-a1b2c3d4e5f6",
            "2024-06-17T10:00:00.311Z", "2024-06-17T10:01:09.774Z"),
    };
    JobTableModel model;
    model.applySnapshot(jobs);
    QStringList ids;
    for (const Job &j : jobs)
        ids.append(j.jobId);
    backend.upsert(jobs);
    backend.remove(QStringLiteral("job-c41d7e0b9a21"));

    std::unique_ptr<DeleteJobsDialog> dialog(DeleteJobsDialog::create(ids, &model, &client));
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->show();
    EXPECT_TRUE(save(dialog.get(), QStringLiteral("delete-dialog.png")));

    // One at a time, and the server breaks down before the last one.
    dialog->deleter()->setMaxInFlight(1);
    QObject::connect(dialog->deleter(), &JobDeleter::jobFinished, dialog.get(), [this](const JobDeleter::Result &r) {
        if (r.jobId == QLatin1String("job-c41d7e0b9a21")) {
            sandbox::FaultOptions faults;
            faults.errorRate = 1.0;
            faults.error503Share = 1.0;
            backend.server().setFaults(faults);
        }
    });
    dialog->activeConfirmation()->setChecked(true);
    dialog->deleteButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog->stage() == DeleteJobsDialog::Stage::Done; }));
    EXPECT_TRUE(save(dialog.get(), QStringLiteral("delete-dialog-results.png")));
}

// A large cleanup, as "select stuck" or a rule would start it: jobs captured from the server
// (the table holds none of them), running ones among them, so the dialog offers to skip them and
// asks for the count to be typed. Also in German.
TEST_F(ScreenshotTest, LargeDeleteDialog)
{
    QList<Job> captured;
    // The sandbox's own workspaces and accounts, so that the summary shows their names as it
    // would against a real server.
    QStringList workspaces = backend.server().workspaceIds().mid(0, 3);
    workspaces.insert(qMin(2, int(workspaces.size())), QStringLiteral("*"));
    const QStringList accounts = backend.server().trustedAccountIds();
    ASSERT_FALSE(accounts.isEmpty());
    for (int n = 0; n < 260; ++n) {
        const JobStatus status = n % 9 == 0 ? JobStatus::InProgress
            : n % 13 == 0                   ? JobStatus::Pending
            : n % 3 == 0                    ? JobStatus::Canceled
                                            : JobStatus::Failure;
        const QByteArray id
            = QStringLiteral("job-%1").arg(0x5a00c0de0000LL + n * 7919, 12, 16, QLatin1Char('0')).toLatin1();
        const QByteArray account = accounts.at(n % accounts.size()).toLatin1();
        const QByteArray workspace = workspaces.at((n * 7) % 5 % workspaces.size()).toLatin1();
        captured.append(job(id.constData(), status, account.constData(), workspace.constData(),
                            "2024-06-17T08:00:00.407Z",
                            JobStatuses::isActive(status) ? nullptr : "2024-06-17T08:03:12.512Z"));
    }
    NameDirectory names(&client);
    auto shoot = [&](const QString &name) {
        std::unique_ptr<DeleteJobsDialog> dialog(new DeleteJobsDialog(captured, {}, &client));
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        dialog->setNameDirectory(&names);
        ASSERT_TRUE(waitUntil([&] { return !names.isBusy(); }));
        dialog->show();
        EXPECT_TRUE(dialog->isSkippingActive());
        EXPECT_TRUE(dialog->needsTypedConfirmation());
        EXPECT_FALSE(dialog->deleteButton()->isEnabled());
        EXPECT_TRUE(save(dialog.get(), name));
    };
    shoot(QStringLiteral("delete-dialog-large.png"));

    QTranslator german;
    ASSERT_TRUE(german.load(QLocale(QLocale::German), QStringLiteral("spaceone-job-monitor"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&german);
    shoot(QStringLiteral("delete-dialog-large-de.png"));
    QCoreApplication::removeTranslator(&german);
}

TEST(ScreenshotOutput, WritesOnlyWhenAsked)
{
    const QByteArray before = qgetenv("SJM_SCREENSHOT_DIR");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QLabel widget(QStringLiteral("Screenshot"));
    widget.resize(120, 40);

    qunsetenv("SJM_SCREENSHOT_DIR");
    EXPECT_TRUE(save(&widget, QStringLiteral("unasked.png")));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    const QString asked = dir.path() + QStringLiteral("/shots");
    qputenv("SJM_SCREENSHOT_DIR", asked.toLocal8Bit());
    EXPECT_TRUE(save(&widget, QStringLiteral("asked.png")));
    const QImage image(asked + QStringLiteral("/asked.png"));
    EXPECT_EQ(image.size(), widget.grab().size());

    if (before.isNull())
        qunsetenv("SJM_SCREENSHOT_DIR");
    else
        qputenv("SJM_SCREENSHOT_DIR", before);
}
