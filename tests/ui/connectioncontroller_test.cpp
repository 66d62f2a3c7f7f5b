// SPDX-License-Identifier: MIT
#include "ui/connectioncontroller.h"

#include "api/jobapiclient.h"
#include "api/jobapireply.h"
#include "api/joblistreply.h"
#include "connect/credentialvault.h"
#include "connect/environmentconnection.h"
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
#include "ui/emptystateoverlay.h"
#include "ui/errorbanner.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/noticebar.h"
#include "ui/pollstatusbar.h"
#include "ui/statusoverview.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
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

// A machine without a keychain: every call says so, as qtkeychain does without a backend.
class NoKeychain final : public CredentialStore
{
public:
    void read(const QString &, QObject *context, Callback done) override
    {
        finishLater(context, std::move(done), no());
    }
    void write(const QString &, const QString &, QObject *context, Callback done) override
    {
        finishLater(context, std::move(done), no());
    }
    void remove(const QString &, QObject *context, Callback done) override
    {
        finishLater(context, std::move(done), no());
    }
    QString description() const override { return QStringLiteral("none"); }

private:
    static CredentialResult no()
    {
        return CredentialResult::unavailable(QStringLiteral("No system keychain is available (no Secret Service)."));
    }
};

// Every text the empty-state overlay shows, title and detail.
QString emptyStateText(MainWindow *window)
{
    QStringList texts;
    for (const QLabel *label : window->emptyState()->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
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
        if (connectionId == m_secondId || connectionId == EnvironmentConnection::kProfileId)
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
        EXPECT_TRUE(waitUntil([&] { return m_monitor.model()->rowCount() == expected; }, 10000))
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
    // Reads answer in the order asked: once this one has, the first switch's read has been
    // answered too, and whatever it was going to do, it did.
    bool laterReadAnswered = false;
    m_vault->read(m_firstId, m_controller.get(), [&](const CredentialResult &) { laterReadAnswered = true; });
    ASSERT_TRUE(waitUntil([&] { return laterReadAnswered && !connected.isEmpty(); }));
    ASSERT_EQ(connected.size(), 1);
    EXPECT_EQ(connected.first().first().toString(), m_secondId);
    EXPECT_TRUE(waitUntil([&] { return m_monitor.model()->rowCount() == int(m_secondIds.size()); }, 10000));
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
    ASSERT_TRUE(waitUntil(
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
    ASSERT_TRUE(waitUntil([&] { return m_monitor.lastError().isAuthentication(); }, 10000));
    ASSERT_TRUE(waitUntil([&] { return !m_monitor.poller()->isPolling(); }, 10000));
    // A rejected token makes the poller wait minutes before trying again...
    EXPECT_GE(m_monitor.poller()->state().nextDelayMs, Poller::kAuthBackoffMs);
    EXPECT_EQ(m_monitor.model()->rowCount(), 0);

    // ...but the token saved now is used right away.
    ASSERT_TRUE(m_vault->writeBlocking(m_firstId, m_first.defaultToken()).isOk());
    EXPECT_TRUE(waitUntil([&] { return m_monitor.model()->rowCount() == int(m_firstIds.size()); }, 10000));
    EXPECT_FALSE(m_monitor.isStale());
}

// After a restart on a machine without a keychain, a keychain connection's token (kept for the
// session only) is gone. The user must learn that once, in one place, and no request may go out
// without a token: no 401 banner, no "cannot reach the server", no status-bar chatter.
TEST_F(ConnectionControllerTest, AMissingSessionTokenIsSaidOnceAndNothingIsSent)
{
    m_controller.reset();
    NoKeychain noKeychain;
    SessionCredentialStore freshSession; // the new run remembers nothing
    CredentialVault vault(m_store.get(), &noKeychain, &freshSession, m_file.get());
    ConnectionController controller(m_store.get(), &vault, &m_monitor, m_window.get());
    const QString id = addProfile(QStringLiteral("Keychain server"), m_first, TokenStorage::Keychain);
    m_window->show();
    vault.probeKeychain(); // as the app does at start
    m_first.clearRequests();

    QSignalSpy connected(&controller, &ConnectionController::connected);
    controller.switchTo(id);
    ASSERT_TRUE(connected.wait(10000) || !connected.isEmpty());
    QCoreApplication::processEvents();

    // Nothing was sent, and nothing is on its way.
    EXPECT_TRUE(m_monitor.needsToken());
    EXPECT_FALSE(m_monitor.poller()->isStarted());
    EXPECT_FALSE(m_monitor.poller()->isPolling());
    EXPECT_FALSE(m_monitor.poller()->state().nextPollAt.isValid());
    EXPECT_FALSE(m_window->action(QStringLiteral("actionRefresh"))->isEnabled());
    m_window->action(QStringLiteral("actionRefresh"))->trigger();
    m_window->action(QStringLiteral("actionFullRefresh"))->trigger();
    QCoreApplication::processEvents();
    EXPECT_TRUE(m_first.requests().isEmpty()) << m_first.requests().size() << " requests reached the server";

    // One message, in the table, saying why and what to do.
    EXPECT_EQ(m_window->emptyState()->title(), QStringLiteral("A token is needed"));
    const QString text = emptyStateText(m_window.get());
    EXPECT_TRUE(text.contains(QStringLiteral("Keychain server"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("no system keychain"))) << text.toStdString();
    EXPECT_FALSE(m_window->errorBanner()->isVisible()) << m_window->errorBanner()->message().toStdString();
    EXPECT_TRUE(m_window->statusBar()->currentMessage().isEmpty())
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(m_window->pollStatusBar()->connectionText().contains(QStringLiteral("no token")))
        << m_window->pollStatusBar()->connectionText().toStdString();

    // Even asked directly, the client sends nothing without a token.
    JobListReply *reply = m_monitor.client()->list({});
    QSignalSpy finished(reply, &JobApiReply::finished);
    ASSERT_TRUE(finished.wait(5000) || !finished.isEmpty());
    EXPECT_TRUE(reply->error().isMissingToken());
    EXPECT_TRUE(m_first.requests().isEmpty());

    // A token entered later connects as usual.
    ASSERT_TRUE(vault.writeBlocking(id, m_first.defaultToken()).isOk());
    ASSERT_TRUE(waitUntil([&] { return m_monitor.model()->rowCount() == int(m_firstIds.size()); }, 10000));
    EXPECT_FALSE(m_monitor.needsToken());
    EXPECT_TRUE(m_window->emptyState()->title().isEmpty());
    for (const sandbox::RecordedRequest &r : m_first.requests())
        EXPECT_FALSE(r.token.isEmpty()) << r.verb.toStdString();
}

// Launching on the sandbox of a machine without a keychain says nothing about keychains: the
// sandbox's token never goes there.
TEST_F(ConnectionControllerTest, NoKeychainMessageWhereNoKeychainIsUsed)
{
    m_controller.reset();
    NoKeychain noKeychain;
    SessionCredentialStore session;
    CredentialVault vault(m_store.get(), &noKeychain, &session, m_file.get());
    ConnectionController controller(m_store.get(), &vault, &m_monitor, m_window.get());
    m_window->show();
    vault.probeKeychain();
    QSignalSpy connected(&controller, &ConnectionController::connected);
    ASSERT_TRUE(vault.writeBlocking(m_firstId, m_first.defaultToken()).isOk());
    controller.switchTo(m_firstId);
    ASSERT_TRUE(connected.wait(10000) || !connected.isEmpty());
    ASSERT_TRUE(waitUntil([&] { return m_monitor.model()->rowCount() == int(m_firstIds.size()); }, 10000));
    EXPECT_FALSE(vault.isKeychainAvailable());
    EXPECT_TRUE(m_window->statusBar()->currentMessage().isEmpty())
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_FALSE(m_window->errorBanner()->isVisible());
}

// While a new connection loads, nothing on screen counts the previous server's jobs.
TEST_F(ConnectionControllerTest, NoNumbersOfThePreviousServerWhileConnecting)
{
    switchAndLoad(m_firstId);
    ASSERT_TRUE(waitUntil([&] { return m_monitor.hasStats(); }, 10000));
    const QString allBefore = m_window->statusOverview()->allButton()->text();
    ASSERT_FALSE(allBefore.endsWith(QStringLiteral("–"))) << allBefore.toStdString();

    sandbox::FaultOptions slow;
    slow.latencyMs = 400; // the new server answers slowly
    m_second.setFaults(slow);
    QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
    m_controller->switchTo(m_secondId);
    ASSERT_TRUE(connected.wait(10000) || !connected.isEmpty());
    ASSERT_FALSE(m_monitor.hasData());
    EXPECT_TRUE(m_window->statusOverview()->allButton()->text().endsWith(QStringLiteral("–")))
        << m_window->statusOverview()->allButton()->text().toStdString();
    EXPECT_TRUE(m_window->pollStatusBar()->countText().isEmpty())
        << m_window->pollStatusBar()->countText().toStdString();
    EXPECT_TRUE(m_window->pollStatusBar()->trafficText().isEmpty())
        << m_window->pollStatusBar()->trafficText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return m_monitor.hasStats() && m_monitor.hasData(); }, 10000));
    EXPECT_FALSE(m_window->statusOverview()->allButton()->text().endsWith(QStringLiteral("–")));
}

// The built-in sandbox says that its jobs are simulated; other connections do not.
TEST_F(ConnectionControllerTest, TheSandboxSaysItsJobsAreSimulated)
{
    m_window->show();
    ASSERT_TRUE(m_vault->writeBlocking(ProfileStore::sandboxId(), m_first.defaultToken()).isOk());
    std::optional<ConnectionProfile> sandboxProfile = m_store->profile(ProfileStore::sandboxId());
    ASSERT_TRUE(sandboxProfile.has_value());
    sandboxProfile->baseUrl = m_first.baseUrl();
    ASSERT_TRUE(m_store->update(*sandboxProfile));
    QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
    m_controller->switchTo(ProfileStore::sandboxId());
    ASSERT_TRUE(connected.wait(10000) || !connected.isEmpty());
    EXPECT_TRUE(m_window->sandboxNotice()->isVisible());
    EXPECT_TRUE(m_window->sandboxNotice()->text().contains(QStringLiteral("simulated")));
    EXPECT_TRUE(m_window->pollStatusBar()->connectionText().contains(QStringLiteral("simulated")));

    switchAndLoad(m_secondId);
    EXPECT_FALSE(m_window->sandboxNotice()->isVisible());
    EXPECT_FALSE(m_window->pollStatusBar()->connectionText().contains(QStringLiteral("simulated")));

    // Closed once, the note stays closed; the status bar still says it.
    m_controller->switchTo(ProfileStore::sandboxId());
    ASSERT_TRUE(waitUntil([&] { return m_monitor.connectionId() == ProfileStore::sandboxId(); }, 10000));
    ASSERT_TRUE(m_window->sandboxNotice()->isVisible());
    m_window->sandboxNotice()->findChild<QToolButton *>(QStringLiteral("noticeClose"))->click();
    switchAndLoad(m_firstId);
    m_controller->switchTo(ProfileStore::sandboxId());
    ASSERT_TRUE(waitUntil([&] { return m_monitor.connectionId() == ProfileStore::sandboxId(); }, 10000));
    EXPECT_FALSE(m_window->sandboxNotice()->isVisible());
    EXPECT_TRUE(m_window->pollStatusBar()->connectionText().contains(QStringLiteral("simulated")));
}

// SPACEONE_ENDPOINT and SPACEONE_TOKEN, which the command line honours, are offered by the
// window too: as a connection of this session, never written to the settings.
TEST_F(ConnectionControllerTest, EnvironmentVariablesAreOfferedAsAConnection)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SPACEONE_ENDPOINT"), m_second.baseUrl().toString());
    environment.insert(QStringLiteral("SPACEONE_TOKEN"), m_second.defaultToken());
    ASSERT_TRUE(m_controller->offerEnvironmentConnection(environment));
    EXPECT_EQ(m_store->currentId(), EnvironmentConnection::kProfileId) << "the sandbox was current: env wins";
    auto *box = m_window->findChild<QComboBox *>(QStringLiteral("connectionBox"));
    ASSERT_NE(box, nullptr);
    const int index = box->findData(EnvironmentConnection::kProfileId);
    ASSERT_GE(index, 0);
    EXPECT_TRUE(box->itemText(index).contains(QStringLiteral("SPACEONE_ENDPOINT")))
        << box->itemText(index).toStdString();

    QSignalSpy connected(m_controller.get(), &ConnectionController::connected);
    m_controller->connectCurrent();
    ASSERT_TRUE(connected.wait(10000) || !connected.isEmpty());
    EXPECT_EQ(connected.last().first().toString(), EnvironmentConnection::kProfileId);
    ASSERT_TRUE(waitUntil([&] { return m_monitor.model()->rowCount() == int(m_secondIds.size()); }, 10000));

    // Switching away and back works like any other connection.
    switchAndLoad(m_firstId);
    m_controller->switchTo(EnvironmentConnection::kProfileId);
    ASSERT_TRUE(waitUntil([&] { return m_monitor.model()->rowCount() == int(m_secondIds.size()); }, 10000));

    // Nothing of it reaches the settings file: neither the profile nor the token.
    ASSERT_TRUE(m_store->sync());
    m_appSettings->sync();
    QFile file(settingsPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    EXPECT_FALSE(contents.contains("Profiles\\environment")) << contents.constData();
    EXPECT_FALSE(contents.contains("SPACEONE_ENDPOINT")) << contents.constData();
    EXPECT_FALSE(contents.contains(m_second.defaultToken().toUtf8()));
    QSettings reread(settingsPath(), QSettings::IniFormat);
    ProfileStore again(&reread);
    EXPECT_FALSE(again.contains(EnvironmentConnection::kProfileId));
    EXPECT_EQ(again.currentId(), m_firstId) << "the last saved choice, not the session-only one";
}

TEST_F(ConnectionControllerTest, ASavedChoiceWinsOverTheEnvironment)
{
    ASSERT_TRUE(m_store->setCurrent(m_firstId));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SPACEONE_ENDPOINT"), m_second.baseUrl().toString());
    ASSERT_TRUE(m_controller->offerEnvironmentConnection(environment));
    EXPECT_TRUE(m_store->contains(EnvironmentConnection::kProfileId));
    EXPECT_EQ(m_store->currentId(), m_firstId);
    EXPECT_FALSE(m_controller->offerEnvironmentConnection(environment)) << "offered once";
    EXPECT_FALSE(m_controller->offerEnvironmentConnection(QProcessEnvironment())) << "nothing set, nothing offered";
}
