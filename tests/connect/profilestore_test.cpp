// SPDX-License-Identifier: MIT
#include "connect/filecredentialstore.h"
#include "connect/profilestore.h"
#include "connect/sessioncredentialstore.h"
#include "model/jobfilter.h"
#include "testsupport.h"
#include "testtokens.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QSslCertificate>

#include <gtest/gtest.h>

namespace {
class ProfileStoreTest : public ::testing::Test
{
protected:
    QString settingsPath() const { return m_dir.path() + QStringLiteral("/settings.ini"); }
    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }

    static ConnectionProfile sampleProfile()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Production");
        p.baseUrl = QUrl(QStringLiteral("https://console-v2.api.example.com"));
        p.pathStyle = PathStyle::V2;
        p.workspaceId = QStringLiteral("workspace-abc");
        p.pollIntervalMs = 30000;
        p.caBundlePath = QStringLiteral("/etc/ssl/private-ca.pem");
        p.allowPlainHttpToken = true;
        p.tokenStorage = TokenStorage::File;
        p.baseUrlIsGuess = true;
        JobFilter filter;
        filter.statuses = { JobStatus::Failure };
        filter.text = QStringLiteral("aws");
        p.filterState = filter.toJson();
        return p;
    }

    QTemporaryDir m_dir;
};
} // namespace

TEST_F(ProfileStoreTest, FirstRunHasOnlyTheSandboxAsCurrent)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ASSERT_EQ(store.count(), 1);
    const ConnectionProfile sandbox = store.profiles().constFirst();
    EXPECT_EQ(sandbox.id, ProfileStore::sandboxId());
    EXPECT_TRUE(sandbox.isBuiltInSandbox);
    EXPECT_EQ(sandbox.baseUrl, ProfileStore::defaultSandboxUrl());
    EXPECT_EQ(store.currentId(), ProfileStore::sandboxId());
    EXPECT_EQ(store.currentProfile().id, ProfileStore::sandboxId());
    EXPECT_TRUE(sandbox.validationError().isEmpty());
}

TEST_F(ProfileStoreTest, RoundTripThroughTheSettingsFile)
{
    QString id;
    ConnectionProfile saved;
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QSignalSpy added(&store, &ProfileStore::profileAdded);
        QSignalSpy current(&store, &ProfileStore::currentProfileChanged);
        QString error;
        id = store.add(sampleProfile(), &error);
        ASSERT_FALSE(id.isEmpty()) << error.toStdString();
        EXPECT_EQ(added.count(), 1);
        EXPECT_TRUE(store.setCurrent(id));
        EXPECT_EQ(current.count(), 1);
        EXPECT_TRUE(store.setCurrent(id)); // no-op, no signal
        EXPECT_EQ(current.count(), 1);
        saved = *store.profile(id);
        EXPECT_TRUE(store.sync());
    }
    auto settings = openSettings();
    ProfileStore reopened(settings.get());
    ASSERT_EQ(reopened.count(), 2);
    const auto loaded = reopened.profile(id);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(*loaded, saved);
    EXPECT_EQ(loaded->pathStyle, PathStyle::V2);
    EXPECT_EQ(loaded->tokenStorage, TokenStorage::File);
    EXPECT_EQ(JobFilter::fromJson(loaded->filterState), JobFilter::fromJson(sampleProfile().filterState));
    EXPECT_EQ(reopened.currentId(), id);
    EXPECT_EQ(reopened.profiles().constFirst().id, ProfileStore::sandboxId());
}

TEST_F(ProfileStoreTest, SandboxCannotBeRemovedButKeepsItsSettings)
{
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        QString error;
        EXPECT_FALSE(store.remove(ProfileStore::sandboxId(), &error));
        EXPECT_FALSE(error.isEmpty());
        ConnectionProfile sandbox = store.currentProfile();
        sandbox.pollIntervalMs = 5000;
        sandbox.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:40123"));
        sandbox.isBuiltInSandbox = false; // the flag cannot be edited away
        EXPECT_TRUE(store.update(sandbox, &error)) << error.toStdString();
        EXPECT_TRUE(store.profile(ProfileStore::sandboxId())->isBuiltInSandbox);
    }
    auto settings = openSettings();
    ProfileStore reopened(settings.get());
    const ConnectionProfile sandbox = *reopened.profile(ProfileStore::sandboxId());
    EXPECT_TRUE(sandbox.isBuiltInSandbox);
    EXPECT_EQ(sandbox.pollIntervalMs, 5000);
    EXPECT_EQ(sandbox.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:40123")));
}

TEST_F(ProfileStoreTest, SandboxReappearsEvenIfTheFileLosesIt)
{
    {
        auto settings = openSettings();
        settings->setValue(QStringLiteral("Connections/current"), QStringLiteral("gone"));
        settings->setValue(QStringLiteral("Connections/order"), QStringList{ QStringLiteral("x") });
        settings->setValue(QStringLiteral("Connections/Profiles/x/name"), QStringLiteral("Hand edited"));
        settings->setValue(QStringLiteral("Connections/Profiles/x/baseUrl"), QStringLiteral("https://h.example"));
    }
    auto settings = openSettings();
    ProfileStore store(settings.get());
    ASSERT_EQ(store.count(), 2);
    EXPECT_TRUE(store.profiles().constFirst().isBuiltInSandbox);
    EXPECT_EQ(store.currentId(), ProfileStore::sandboxId());
    EXPECT_EQ(store.profile(QStringLiteral("x"))->name, QStringLiteral("Hand edited"));
}

TEST_F(ProfileStoreTest, EditDuplicateRemoveWithSignals)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    QSignalSpy changed(&store, &ProfileStore::profileChanged);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QSignalSpy current(&store, &ProfileStore::currentProfileChanged);

    const QString id = store.add(sampleProfile());
    ConnectionProfile edited = *store.profile(id);
    edited.name = QStringLiteral("Production EU");
    EXPECT_TRUE(store.update(edited));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(store.update(edited)); // unchanged: no signal
    EXPECT_EQ(changed.count(), 1);

    const QString copyId = store.duplicate(id);
    ASSERT_FALSE(copyId.isEmpty());
    EXPECT_NE(copyId, id);
    const ConnectionProfile copy = *store.profile(copyId);
    EXPECT_EQ(copy.name, QStringLiteral("Production EU (copy)"));
    EXPECT_EQ(copy.baseUrl, edited.baseUrl);
    EXPECT_EQ(copy.filterState, edited.filterState);
    EXPECT_EQ(store.profile(store.duplicate(id))->name, QStringLiteral("Production EU (copy) (2)"));
    // The connection dialog's unsaved list names new rows by the same rule.
    EXPECT_EQ(
        ProfileStore::uniqueNameAmong(QStringLiteral(" prod "), { QStringLiteral("PROD"), QStringLiteral("prod (2)") }),
        QStringLiteral("prod (3)"));
    EXPECT_EQ(ProfileStore::uniqueNameAmong(QStringLiteral("  "), {}), QStringLiteral("Connection"));
    EXPECT_EQ(ProfileStore::uniqueNameAmong(QStringLiteral("Staging"), { QStringLiteral("Prod") }),
              QStringLiteral("Staging"));

    store.setCurrent(id);
    current.clear();
    EXPECT_TRUE(store.remove(id));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(current.count(), 1);
    EXPECT_EQ(store.currentId(), ProfileStore::sandboxId());
    EXPECT_FALSE(store.contains(id));
    EXPECT_FALSE(store.remove(id));

    settings->sync();
    settings->beginGroup(QStringLiteral("Connections/Profiles"));
    EXPECT_FALSE(settings->childGroups().contains(id));
    settings->endGroup();
}

TEST_F(ProfileStoreTest, ValidationRejectsBadProfiles)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    store.add(sampleProfile());

    ConnectionProfile p = sampleProfile();
    QString error;
    EXPECT_TRUE(store.add(p, &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("already called"))) << error.toStdString();
    p.name = QStringLiteral("  production  "); // same name modulo case and spaces
    EXPECT_TRUE(store.add(p, &error).isEmpty());

    p.name = QStringLiteral("Other");
    p.baseUrl = QUrl(QStringLiteral("ftp://example.com"));
    EXPECT_TRUE(store.add(p, &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("https://")));
    p.baseUrl = QUrl(QStringLiteral("https://user:secret@example.com"));
    EXPECT_TRUE(store.add(p, &error).isEmpty());
    p.baseUrl = QUrl(QStringLiteral("example.com"));
    EXPECT_TRUE(store.add(p, &error).isEmpty());
    p.baseUrl = QUrl(QStringLiteral("https://example.com/base"));
    p.pollIntervalMs = 10;
    EXPECT_TRUE(store.add(p, &error).isEmpty());
    p.pollIntervalMs = 10000;
    p.name = QStringLiteral("   ");
    EXPECT_TRUE(store.add(p, &error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("name")));
    p.name = QStringLiteral("Other");
    EXPECT_FALSE(store.add(p, &error).isEmpty()) << error.toStdString();
    EXPECT_EQ(store.count(), 3);
}

TEST_F(ProfileStoreTest, FindByNameForTheCommandLine)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    const QString id = store.add(sampleProfile());
    EXPECT_EQ(store.findByName(QStringLiteral("Production"))->id, id);
    EXPECT_EQ(store.findByName(QStringLiteral("production"))->id, id);
    EXPECT_EQ(store.findByName(id)->id, id);
    EXPECT_EQ(store.findByName(QStringLiteral("Local sandbox"))->id, ProfileStore::sandboxId());
    EXPECT_EQ(store.findByName(ProfileStore::sandboxId())->id, ProfileStore::sandboxId());
    EXPECT_FALSE(store.findByName(QStringLiteral("Staging")).has_value());
}

TEST_F(ProfileStoreTest, FilterStateIsPerProfile)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    const QString a = store.add(sampleProfile());
    ConnectionProfile other = sampleProfile();
    other.name = QStringLiteral("Staging");
    other.filterState = {};
    const QString b = store.add(other);

    JobFilter failures;
    failures.statuses = { JobStatus::Failure, JobStatus::Canceled };
    JobFilter stuck;
    stuck.stuckOnly = true;
    QSignalSpy spy(&store, &ProfileStore::filterStateChanged);
    EXPECT_TRUE(store.setFilterState(a, failures.toJson()));
    EXPECT_TRUE(store.setFilterState(b, stuck.toJson()));
    EXPECT_EQ(spy.count(), 2);
    EXPECT_FALSE(store.setFilterState(QStringLiteral("nope"), stuck.toJson()));

    auto reread = openSettings();
    settings->sync();
    ProfileStore reopened(reread.get());
    EXPECT_EQ(JobFilter::fromJson(reopened.filterState(a)), failures);
    EXPECT_EQ(JobFilter::fromJson(reopened.filterState(b)), stuck);
}

TEST_F(ProfileStoreTest, TokenNeverReachesTheSettingsFile)
{
    const QString token = testtokens::makeToken(QStringLiteral("DOMAIN_ADMIN"), 4102444800);
    {
        auto settings = openSettings();
        ProfileStore store(settings.get());
        SessionCredentialStore session;
        FileCredentialStore file(m_dir.path() + QStringLiteral("/tokens/credentials.json"));
        const QString id = store.add(sampleProfile());
        ApiEndpoint endpoint;
        ConnectionProfile p = *store.profile(id);
        p.caBundlePath.clear();
        ASSERT_TRUE(store.update(p));
        QString error;
        ASSERT_TRUE(p.toEndpoint(token, &endpoint, &error)) << error.toStdString();
        EXPECT_EQ(endpoint.token, token);
        EXPECT_TRUE(session.writeBlocking(id, token).isOk());
        EXPECT_TRUE(file.writeBlocking(id, token).isOk());
        store.duplicate(id);
        store.setFilterState(id, JobFilter().toJson());
        store.sync();
    }
    QFile settingsFile(settingsPath());
    ASSERT_TRUE(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray contents = settingsFile.readAll();
    ASSERT_FALSE(contents.isEmpty());
    EXPECT_FALSE(contents.contains(token.toUtf8()));
    // Nor any recognisable piece of it (the payload part is the distinctive one).
    EXPECT_FALSE(contents.contains(token.section(QLatin1Char('.'), 1, 1).toUtf8()));
    EXPECT_FALSE(contents.contains("eyJ"));
}

TEST_F(ProfileStoreTest, ToEndpointLoadsTheCaBundle)
{
    ConnectionProfile p = sampleProfile();
    p.caBundlePath = testsupport::dataPath(QStringLiteral("tls/localhost.crt"));
    ApiEndpoint endpoint;
    QString error;
    ASSERT_TRUE(p.toEndpoint(QStringLiteral("t"), &endpoint, &error)) << error.toStdString();
    EXPECT_EQ(endpoint.baseUrl, p.baseUrl);
    EXPECT_EQ(endpoint.pathStyle, PathStyle::V2);
    ASSERT_EQ(endpoint.caCertificates.size(), 1);
    EXPECT_EQ(QSslCertificate(endpoint.caCertificates.constFirst(), QSsl::Der).subjectInfo(QSslCertificate::CommonName),
              QStringList{ QStringLiteral("localhost") });

    p.caBundlePath = m_dir.path() + QStringLiteral("/missing.pem");
    ApiEndpoint untouched;
    EXPECT_FALSE(p.toEndpoint(QStringLiteral("t"), &untouched, &error));
    EXPECT_TRUE(error.contains(QLatin1String("missing.pem")));
    EXPECT_TRUE(error.contains(QLatin1String("does not exist")));
    EXPECT_TRUE(untouched.token.isEmpty());
}

TEST(ConnectionProfile, VerbUrlKeepsAPathPrefix)
{
    ConnectionProfile p;
    p.baseUrl = QUrl(QStringLiteral("https://gw.example.com/api/"));
    EXPECT_EQ(p.verbUrl(QStringLiteral("list")), QUrl(QStringLiteral("https://gw.example.com/api/identity/job/list")));
    p.pathStyle = PathStyle::V2;
    EXPECT_EQ(p.verbUrl(QStringLiteral("stat")),
              QUrl(QStringLiteral("https://gw.example.com/api/identity/v2/job/stat")));
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8082"));
    EXPECT_EQ(p.verbUrl(QStringLiteral("get")), QUrl(QStringLiteral("http://127.0.0.1:8082/identity/v2/job/get")));
}

// The connection of SPACEONE_ENDPOINT lives for the session: listed, current, editable, and never
// written to the settings file.
TEST_F(ProfileStoreTest, TransientProfilesAreNeverWritten)
{
    auto settings = openSettings();
    ProfileStore store(settings.get());
    const QString saved = store.add(sampleProfile());
    ASSERT_FALSE(saved.isEmpty());
    ASSERT_TRUE(store.setCurrent(saved));

    ConnectionProfile env;
    env.id = QStringLiteral("environment");
    env.name = QStringLiteral("jobs.example.org (from SPACEONE_ENDPOINT)");
    env.baseUrl = QUrl(QStringLiteral("https://jobs.example.org"));
    env.tokenStorage = TokenStorage::Session;
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    ASSERT_TRUE(store.addTransient(env));
    EXPECT_EQ(added.size(), 1);
    EXPECT_TRUE(store.isTransient(env.id));
    EXPECT_FALSE(store.isTransient(saved));
    EXPECT_EQ(store.count(), 3);
    EXPECT_FALSE(store.addTransient(env)) << "the id is taken";

    ASSERT_TRUE(store.setCurrent(env.id));
    env.pollIntervalMs = 60000;
    ASSERT_TRUE(store.update(env));
    EXPECT_EQ(store.profile(env.id)->pollIntervalMs, 60000);
    JobFilter filter;
    filter.text = QStringLiteral("aws");
    ASSERT_TRUE(store.setFilterState(env.id, filter.toJson()));
    EXPECT_EQ(store.filterState(env.id), filter.toJson());
    ASSERT_TRUE(store.sync());

    QFile file(settingsPath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    EXPECT_FALSE(contents.contains("jobs.example.org")) << contents.constData();
    EXPECT_FALSE(contents.contains("environment")) << contents.constData();

    auto again = openSettings();
    ProfileStore reopened(again.get());
    EXPECT_FALSE(reopened.contains(env.id));
    EXPECT_EQ(reopened.currentId(), saved) << "the last saved choice";

    ASSERT_TRUE(store.remove(env.id));
    EXPECT_FALSE(store.contains(env.id));
    EXPECT_TRUE(store.contains(saved));
}

// A settings file written by hand, with a section per profile: the profile it names as current
// is the one connected to on the very first launch (QSettings reads such sections lazily).
TEST_F(ProfileStoreTest, AHandWrittenFileIsReadCompletelyOnTheFirstLoad)
{
    QFile file(settingsPath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("[Connections/Profiles/prod]\n"
               "name=Production\n"
               "baseUrl=https://console-v2.api.example.com\n"
               "tokenStorage=session\n"
               "\n"
               "[Connections/Profiles/staging]\n"
               "name=Staging\n"
               "baseUrl=https://console-v2.staging.example.com\n"
               "\n"
               "[Connections]\n"
               "current=prod\n");
    file.close();

    auto settings = openSettings();
    settings->value(QStringLiteral("MainWindow/Geometry")); // the window's settings are read first
    ProfileStore store(settings.get());
    EXPECT_EQ(store.count(), 3);
    ASSERT_TRUE(store.contains(QStringLiteral("prod")));
    EXPECT_TRUE(store.contains(QStringLiteral("staging")));
    EXPECT_EQ(store.currentId(), QStringLiteral("prod"));
    EXPECT_EQ(store.currentProfile().name, QStringLiteral("Production"));
    EXPECT_EQ(store.profile(QStringLiteral("prod"))->tokenStorage, TokenStorage::Session);
}
