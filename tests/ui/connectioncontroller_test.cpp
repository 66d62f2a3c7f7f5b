// SPDX-License-Identifier: MIT
#include "ui/connectioncontroller.h"

#include "connect/credentialvault.h"
#include "connect/filecredentialstore.h"
#include "connect/profilestore.h"
#include "connect/sessioncredentialstore.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "poll/poller.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"
#include "ui/appsettings.h"
#include "ui/choicecombobox.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <memory>

namespace {
QSet<QString> jobIdsOf(const QString &dataFile)
{
    QSet<QString> ids;
    const QByteArray json = testsupport::readData(dataFile);
    for (const QString &id : QString::fromUtf8(json).split(QLatin1Char('"'))) {
        if (id.startsWith(QLatin1String("job-")))
            ids.insert(id);
    }
    return ids;
}

class ConnectionControllerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        startSandbox(m_first, QStringLiteral("sandbox/jobs.json"));
        startSandbox(m_second, QStringLiteral("sandbox/jobs_other.json"));
        m_firstIds = jobIdsOf(QStringLiteral("sandbox/jobs.json"));
        m_secondIds = jobIdsOf(QStringLiteral("sandbox/jobs_other.json"));
        ASSERT_FALSE(m_firstIds.isEmpty());
        ASSERT_FALSE(m_secondIds.isEmpty());

        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get());
        m_file = std::make_unique<FileCredentialStore>(m_dir.path() + QStringLiteral("/credentials.json"));
        m_vault = std::make_unique<CredentialVault>(m_store.get(), &m_keychain, &m_session, m_file.get());
        m_appSettings = std::make_unique<AppSettings>(settingsPath());
        m_window = std::make_unique<MainWindow>(&m_monitor, m_appSettings.get());
        m_controller = std::make_unique<ConnectionController>(m_store.get(), m_vault.get(), &m_monitor, m_window.get());

        m_firstId = addProfile(QStringLiteral("First server"), m_first, TokenStorage::Session);
        m_secondId = addProfile(QStringLiteral("Second server"), m_second, TokenStorage::Keychain);
        ASSERT_TRUE(m_vault->writeBlocking(m_firstId, m_first.defaultToken()).isOk());
        ASSERT_TRUE(m_vault->writeBlocking(m_secondId, m_second.defaultToken()).isOk());

        JobTableModel *model = m_monitor.model();
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [this] { ++m_resets; });
        QObject::connect(
            model, &QAbstractItemModel::rowsInserted, model, [this, model](const QModelIndex &, int first, int last) {
                const QSet<QString> &allowed = idsOf(m_monitor.connectionId());
                for (int row = first; row <= last; ++row) {
                    const QString id = model->data(model->index(row, 0), JobTableModel::JobIdRole).toString();
                    if (!allowed.contains(id))
                        m_foreignRows.append(m_monitor.connectionId() + QLatin1Char(':') + id);
                }
            });
    }

    void TearDown() override
    {
        m_controller.reset();
        m_window.reset();
        m_first.stop();
        m_second.stop();
    }

    QString settingsPath() const { return m_dir.path() + QStringLiteral("/settings.ini"); }

    static void startSandbox(sandbox::SandboxServer &server, const QString &dataFile)
    {
        sandbox::SandboxOptions options;
        options.dataFile = testsupport::dataPath(dataFile);
        options.simulate = false;
        QString error;
        ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
    }

    QString addProfile(const QString &name, const sandbox::SandboxServer &server, TokenStorage storage)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.baseUrl = server.baseUrl();
        profile.tokenStorage = storage;
        QString error;
        const QString id = m_store->add(profile, &error);
        EXPECT_FALSE(id.isEmpty()) << error.toStdString();
        return id;
    }

    const QSet<QString> &idsOf(const QString &connectionId) const
    {
        static const QSet<QString> none;
        if (connectionId == m_firstId)
            return m_firstIds;
        if (connectionId == m_secondId)
            return m_secondIds;
        return none;
    }

    // Switches through the controller and waits until the new server's rows are all shown.
    void switchAndLoad(const QString &id)
    {
        const int resetsBefore = m_resets;
        QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
        m_controller->switchTo(id);
        ASSERT_TRUE(connected.wait(10000) || !connected.isEmpty()) << "no connection to " << id.toStdString();
        EXPECT_EQ(connected.first().first().toString(), id);
        EXPECT_EQ(m_monitor.connectionId(), id);
        EXPECT_EQ(m_store->currentId(), id);
        const int expected = int(idsOf(id).size());
        EXPECT_TRUE(QTest::qWaitFor([&] { return m_monitor.model()->rowCount() == expected; }, 10000))
            << "rows shown: " << m_monitor.model()->rowCount() << ", expected " << expected;
        EXPECT_EQ(m_resets - resetsBefore, 1) << "one model reset per switch";
        EXPECT_TRUE(m_foreignRows.isEmpty()) << m_foreignRows.join(QLatin1Char(' ')).toStdString();
        auto *box = m_window->findChild<QComboBox *>(QStringLiteral("connectionBox"));
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->currentData().toString(), id);
    }

    QTemporaryDir m_dir;
    sandbox::SandboxServer m_first;
    sandbox::SandboxServer m_second;
    QSet<QString> m_firstIds;
    QSet<QString> m_secondIds;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    SessionCredentialStore m_keychain; // a working keychain stand-in
    SessionCredentialStore m_session;
    std::unique_ptr<FileCredentialStore> m_file;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<AppSettings> m_appSettings;
    JobMonitorSession m_monitor;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ConnectionController> m_controller;
    QString m_firstId;
    QString m_secondId;
    int m_resets = 0;
    QStringList m_foreignRows;
};
} // namespace

TEST_F(ConnectionControllerTest, ComboListsEveryProfile)
{
    m_controller->refreshConnections();
    auto *box = m_window->findChild<QComboBox *>(QStringLiteral("connectionBox"));
    ASSERT_NE(box, nullptr);
    ASSERT_EQ(box->count(), 3);
    EXPECT_EQ(box->itemData(0).toString(), ProfileStore::sandboxId());
    EXPECT_EQ(box->itemText(1), QStringLiteral("First server"));
    EXPECT_EQ(box->itemText(2), QStringLiteral("Second server"));
    EXPECT_EQ(box->currentData().toString(), ProfileStore::sandboxId());
}

TEST_F(ConnectionControllerTest, SwitchingNeverShowsRowsOfThePreviousServer)
{
    m_window->show();
    for (int round = 0; round < 3; ++round) {
        SCOPED_TRACE(round);
        switchAndLoad(m_firstId);
        switchAndLoad(m_secondId);
    }
    switchAndLoad(m_firstId);
    EXPECT_NO_MODELTEST_FAILURES();
}

TEST_F(ConnectionControllerTest, QuickSuccessiveSwitchesEndOnTheLastChoice)
{
    QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
    m_controller->switchTo(m_firstId);
    m_controller->switchTo(m_secondId); // before the first token read answered
    ASSERT_TRUE(connected.wait(10000));
    QTest::qWait(200);
    ASSERT_EQ(connected.size(), 1);
    EXPECT_EQ(connected.first().first().toString(), m_secondId);
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_monitor.model()->rowCount() == int(m_secondIds.size()); }, 10000));
    EXPECT_TRUE(m_foreignRows.isEmpty()) << m_foreignRows.join(QLatin1Char(' ')).toStdString();
}

TEST_F(ConnectionControllerTest, PlainHttpToARemoteHostIsRefusedAndTheSessionStays)
{
    switchAndLoad(m_firstId);
    ConnectionProfile remote;
    remote.name = QStringLiteral("Remote over http");
    remote.baseUrl = QUrl(QStringLiteral("http://jobs.example.com"));
    remote.tokenStorage = TokenStorage::Session;
    const QString remoteId = m_store->add(remote);
    ASSERT_FALSE(remoteId.isEmpty());
    ASSERT_TRUE(m_vault->writeBlocking(remoteId, m_first.defaultToken()).isOk());

    QSignalSpy refused(m_controller.get(), &ConnectionController::connectionRefused);
    const int resetsBefore = m_resets;
    m_controller->switchTo(remoteId);
    ASSERT_TRUE(refused.wait(10000));
    EXPECT_EQ(refused.first().first().toString(), remoteId);
    EXPECT_FALSE(refused.first().at(1).toString().isEmpty());
    EXPECT_EQ(m_resets, resetsBefore);
    EXPECT_EQ(m_monitor.connectionId(), m_firstId);
    EXPECT_EQ(m_store->currentId(), m_firstId);
}

TEST_F(ConnectionControllerTest, TokensNeverReachTheSettingsFile)
{
    switchAndLoad(m_firstId);
    switchAndLoad(m_secondId);
    m_appSettings->sync();
    ASSERT_TRUE(m_store->sync());
    m_settings->sync();

    QFile file(settingsPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    ASSERT_TRUE(contents.contains(m_firstId.toUtf8())) << "the profiles were saved";
    ASSERT_TRUE(contents.contains("Second server"));
    for (const QString &token : { m_first.defaultToken(), m_second.defaultToken() }) {
        EXPECT_FALSE(contents.contains(token.toUtf8()));
        // Not even the signature part, in case a token were split or re-encoded.
        EXPECT_FALSE(contents.contains(token.section(QLatin1Char('.'), -1).toUtf8()));
    }
}

TEST_F(ConnectionControllerTest, AConnectionsIntervalAndWorkspaceScopeApplyWhenSwitching)
{
    std::optional<ConnectionProfile> scoped = m_store->profile(m_firstId);
    ASSERT_TRUE(scoped.has_value());
    scoped->pollIntervalMs = 30000;
    scoped->workspaceId = QStringLiteral("workspace-aaaaaaaaaaaa");
    ASSERT_TRUE(m_store->update(*scoped));

    m_first.clearRequests();
    QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
    m_controller->switchTo(m_firstId);
    ASSERT_TRUE(connected.wait(10000) || !connected.isEmpty());
    EXPECT_EQ(m_monitor.poller()->interval(), 30000);
    EXPECT_EQ(m_monitor.filter().workspaceId, QStringLiteral("workspace-aaaaaaaaaaaa"));
    EXPECT_FALSE(m_window->filterBar()->workspaceBox()->isEnabled());
    // Only the scoped workspace's jobs reach the table, filtered by the server.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const sandbox::RecordedRequest &r : m_first.requests()) {
                const QJsonArray filter = r.body.toObject()
                                              .value(QLatin1String("query"))
                                              .toObject()
                                              .value(QLatin1String("filter"))
                                              .toArray();
                for (const QJsonValue &f : filter) {
                    if (r.verb == QLatin1String("list")
                        && f.toObject().value(QLatin1String("k")) == QLatin1String("workspace_id")
                        && f.toObject().value(QLatin1String("v")) == QLatin1String("workspace-aaaaaaaaaaaa"))
                        return true;
                }
            }
            return false;
        },
        10000));

    // Clearing filters keeps the scope; the toolbar's interval is saved with the connection.
    m_window->filterBar()->clearButton()->click();
    EXPECT_EQ(m_monitor.filter().workspaceId, QStringLiteral("workspace-aaaaaaaaaaaa"));
    auto *intervalBox = m_window->findChild<QComboBox *>(QStringLiteral("intervalBox"));
    ASSERT_NE(intervalBox, nullptr);
    intervalBox->setCurrentIndex(intervalBox->findData(60000));
    EXPECT_EQ(m_store->profile(m_firstId)->pollIntervalMs, 60000);
    EXPECT_EQ(m_monitor.poller()->interval(), 60000);

    // Another connection without a scope frees the workspace filter again.
    switchAndLoad(m_secondId);
    EXPECT_TRUE(m_window->filterBar()->workspaceBox()->isEnabled());
    EXPECT_TRUE(m_monitor.filter().workspaceId.isEmpty());
}

TEST_F(ConnectionControllerTest, AFixedTokenIsUsedAtOnceNotAfterTheBackoff)
{
    ASSERT_TRUE(m_vault->writeBlocking(m_firstId, QStringLiteral("a-token-the-server-rejects")).isOk());
    m_controller->switchTo(m_firstId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_monitor.lastError().isAuthentication(); }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_monitor.poller()->isPolling(); }, 10000));
    // A rejected token makes the poller wait minutes before trying again...
    EXPECT_GE(m_monitor.poller()->state().nextDelayMs, Poller::kAuthBackoffMs);
    EXPECT_EQ(m_monitor.model()->rowCount(), 0);

    // ...but the token saved now is used right away.
    ASSERT_TRUE(m_vault->writeBlocking(m_firstId, m_first.defaultToken()).isOk());
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_monitor.model()->rowCount() == int(m_firstIds.size()); }, 10000));
    EXPECT_FALSE(m_monitor.isStale());
}
