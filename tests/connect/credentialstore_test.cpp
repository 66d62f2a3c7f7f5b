// SPDX-License-Identifier: MIT
#include "connect/credentialvault.h"
#include "connect/filecredentialstore.h"
#include "connect/keychaincredentialstore.h"
#include "connect/profilestore.h"
#include "connect/sessioncredentialstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <qt6keychain/keychain.h>
#include <sys/stat.h>

#include <gtest/gtest.h>

namespace {
using Status = CredentialResult::Status;

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
    return info.st_mode & 0777;
}

// Stands in for a keychain: either a working one or one that reports no backend.
class FakeKeychain final : public CredentialStore
{
public:
    explicit FakeKeychain(bool available)
        : m_available(available)
    { }
    void read(const QString &id, QObject *context, Callback done) override
    {
        ++calls;
        finishLater(
            context, std::move(done),
            result(m_tokens.contains(id) ? CredentialResult::ok(m_tokens.value(id)) : CredentialResult::notFound()));
    }
    void write(const QString &id, const QString &token, QObject *context, Callback done) override
    {
        ++calls;
        if (m_available)
            m_tokens.insert(id, token);
        finishLater(context, std::move(done), result(CredentialResult::ok()));
    }
    void remove(const QString &id, QObject *context, Callback done) override
    {
        ++calls;
        m_tokens.remove(id);
        finishLater(context, std::move(done), result(CredentialResult::ok()));
    }
    QString description() const override { return QStringLiteral("fake"); }

    int calls = 0;
    QHash<QString, QString> m_tokens;

private:
    CredentialResult result(const CredentialResult &ok) const
    {
        return m_available
            ? ok
            : KeychainCredentialStore::resultFor(int(QKeychain::OtherError), QStringLiteral("Unknown error"));
    }
    bool m_available;
};
} // namespace

TEST(SessionCredentialStore, ReadWriteRemove)
{
    SessionCredentialStore store;
    EXPECT_EQ(store.readBlocking(QStringLiteral("p1")).status, Status::NotFound);
    EXPECT_TRUE(store.writeBlocking(QStringLiteral("p1"), QStringLiteral("secret-1")).isOk());
    const CredentialResult read = store.readBlocking(QStringLiteral("p1"));
    EXPECT_TRUE(read.isOk());
    EXPECT_EQ(read.token, QStringLiteral("secret-1"));
    EXPECT_TRUE(store.removeBlocking(QStringLiteral("p1")).isOk());
    EXPECT_TRUE(store.removeBlocking(QStringLiteral("p1")).isOk());
    EXPECT_EQ(store.readBlocking(QStringLiteral("p1")).status, Status::NotFound);
}

TEST(SessionCredentialStore, CallbacksAreNeverSynchronous)
{
    SessionCredentialStore store;
    bool called = false;
    store.write(QStringLiteral("p"), QStringLiteral("t"), nullptr, [&](const CredentialResult &) { called = true; });
    EXPECT_FALSE(called);
    QCoreApplication::processEvents();
    EXPECT_TRUE(called);
}

TEST(SessionCredentialStore, CallbackDroppedWhenContextDies)
{
    SessionCredentialStore store;
    bool called = false;
    auto *context = new QObject;
    store.read(QStringLiteral("p"), context, [&](const CredentialResult &) { called = true; });
    delete context;
    QCoreApplication::processEvents();
    EXPECT_FALSE(called);
}

TEST(FileCredentialStore, CreatesAPrivateFileAndRoundTrips)
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/sub/credentials.json");
    FileCredentialStore store(path);
    EXPECT_EQ(store.readBlocking(QStringLiteral("a")).status, Status::NotFound);
    ASSERT_TRUE(store.writeBlocking(QStringLiteral("a"), QStringLiteral("token-a")).isOk());
    ASSERT_TRUE(store.writeBlocking(QStringLiteral("b"), QStringLiteral("token-b")).isOk());
    EXPECT_EQ(modeOf(path), mode_t(0600));
    EXPECT_EQ(modeOf(dir.path() + QStringLiteral("/sub")), mode_t(0700));
    EXPECT_EQ(store.readBlocking(QStringLiteral("a")).token, QStringLiteral("token-a"));
    EXPECT_EQ(store.readBlocking(QStringLiteral("b")).token, QStringLiteral("token-b"));

    // A second instance (the command line) sees the same tokens.
    FileCredentialStore other(path);
    EXPECT_EQ(other.readBlocking(QStringLiteral("b")).token, QStringLiteral("token-b"));

    ASSERT_TRUE(store.removeBlocking(QStringLiteral("a")).isOk());
    EXPECT_EQ(store.readBlocking(QStringLiteral("a")).status, Status::NotFound);
    EXPECT_EQ(store.readBlocking(QStringLiteral("b")).token, QStringLiteral("token-b"));
    EXPECT_EQ(modeOf(path), mode_t(0600));
    // No temporary files are left behind.
    EXPECT_EQ(QDir(dir.path() + QStringLiteral("/sub")).entryList(QDir::Files).size(), 1);
}

TEST(FileCredentialStore, RefusesAFileOthersCanRead)
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/credentials.json");
    FileCredentialStore store(path);
    ASSERT_TRUE(store.writeBlocking(QStringLiteral("a"), QStringLiteral("token-a")).isOk());
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    QFile before(path);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray contents = before.readAll();
    before.close();

    const CredentialResult read = store.readBlocking(QStringLiteral("a"));
    EXPECT_EQ(read.status, Status::Failed);
    EXPECT_TRUE(read.token.isEmpty());
    EXPECT_TRUE(read.message.contains(QLatin1String("0644"))) << read.message.toStdString();
    EXPECT_TRUE(read.message.contains(QLatin1String("chmod 600")));
    EXPECT_FALSE(read.message.contains(QLatin1String("token-a")));

    // Writing does not quietly "fix" it either: the user must know the old tokens may have leaked.
    EXPECT_EQ(store.writeBlocking(QStringLiteral("b"), QStringLiteral("token-b")).status, Status::Failed);
    EXPECT_EQ(modeOf(path), mode_t(0644));
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), contents);
}

TEST(FileCredentialStore, RefusesDamagedFilesAndSymlinks)
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/credentials.json");
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{not json");
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    FileCredentialStore store(path);
    const CredentialResult damaged = store.readBlocking(QStringLiteral("a"));
    EXPECT_EQ(damaged.status, Status::Failed);
    EXPECT_TRUE(damaged.message.contains(QLatin1String("damaged")));
    EXPECT_EQ(store.writeBlocking(QStringLiteral("a"), QStringLiteral("t")).status, Status::Failed);

    const QString link = dir.path() + QStringLiteral("/link.json");
    ASSERT_TRUE(QFile::link(path, link));
    EXPECT_EQ(FileCredentialStore(link).readBlocking(QStringLiteral("a")).status, Status::Failed);
}

TEST(KeychainCredentialStore, MapsQtKeychainErrors)
{
    EXPECT_EQ(KeychainCredentialStore::resultFor(QKeychain::NoError, {}).status, Status::Ok);
    EXPECT_EQ(KeychainCredentialStore::resultFor(QKeychain::EntryNotFound, {}).status, Status::NotFound);
    EXPECT_EQ(KeychainCredentialStore::resultFor(QKeychain::NoBackendAvailable, {}).status, Status::Unavailable);
    EXPECT_EQ(KeychainCredentialStore::resultFor(QKeychain::NotImplemented, {}).status, Status::Unavailable);
    const CredentialResult other
        = KeychainCredentialStore::resultFor(QKeychain::OtherError, QStringLiteral("Unknown error"));
    EXPECT_EQ(other.status, Status::Unavailable);
    EXPECT_TRUE(other.message.contains(QLatin1String("No system keychain")));
    EXPECT_EQ(KeychainCredentialStore::resultFor(QKeychain::AccessDeniedByUser, {}).status, Status::Failed);
    EXPECT_EQ(KeychainCredentialStore::resultFor(QKeychain::AccessDenied, {}).status, Status::Failed);
}

TEST(KeychainCredentialStore, AnswersOnThisMachineWithoutHanging)
{
    // Whatever this machine has, a read of an unknown key ends as "not found" (a keychain
    // exists) or "unavailable" (none); never a hang or a crash.
    KeychainCredentialStore store(QStringLiteral("SpaceONE Job Monitor tests"));
    const CredentialResult r = store.readBlocking(QStringLiteral("no-such-profile"), 60000);
    EXPECT_TRUE(r.status == Status::NotFound || r.status == Status::Unavailable) << r.message.toStdString();
}

TEST(CredentialVault, RoutesByTheProfilesChoice)
{
    QTemporaryDir dir;
    QSettings settings(dir.path() + QStringLiteral("/s.ini"), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    FakeKeychain keychain(true);
    SessionCredentialStore session;
    FileCredentialStore file(dir.path() + QStringLiteral("/credentials.json"));
    CredentialVault vault(&profiles, &keychain, &session, &file);
    QSignalSpy changed(&vault, &CredentialVault::tokenChanged);

    ConnectionProfile p;
    p.name = QStringLiteral("K");
    p.baseUrl = QUrl(QStringLiteral("https://k.example"));
    const QString inKeychain = profiles.add(p);
    p.name = QStringLiteral("F");
    p.tokenStorage = TokenStorage::File;
    const QString inFile = profiles.add(p);
    p.name = QStringLiteral("S");
    p.tokenStorage = TokenStorage::Session;
    const QString inSession = profiles.add(p);

    EXPECT_TRUE(vault.writeBlocking(inKeychain, QStringLiteral("tk")).isOk());
    EXPECT_TRUE(vault.writeBlocking(inFile, QStringLiteral("tf")).isOk());
    EXPECT_TRUE(vault.writeBlocking(inSession, QStringLiteral("ts")).isOk());
    EXPECT_EQ(keychain.m_tokens.value(inKeychain), QStringLiteral("tk"));
    EXPECT_EQ(file.readBlocking(inFile).token, QStringLiteral("tf"));
    EXPECT_TRUE(session.contains(inSession));
    EXPECT_FALSE(session.contains(inKeychain));
    EXPECT_EQ(vault.readBlocking(inFile).token, QStringLiteral("tf"));
    EXPECT_EQ(vault.readBlocking(inKeychain).token, QStringLiteral("tk"));
    EXPECT_TRUE(vault.isKeychainAvailable());
    EXPECT_TRUE(vault.removeBlocking(inFile).isOk());
    EXPECT_EQ(file.readBlocking(inFile).status, Status::NotFound);
    ASSERT_EQ(changed.count(), 4); // three writes and one removal; reads change nothing
    EXPECT_EQ(changed.at(3).constFirst().toString(), inFile);
}

TEST(CredentialVault, FallsBackToTheSessionWhenNoKeychainExists)
{
    QTemporaryDir dir;
    QSettings settings(dir.path() + QStringLiteral("/s.ini"), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    FakeKeychain keychain(false);
    SessionCredentialStore session;
    FileCredentialStore file(dir.path() + QStringLiteral("/credentials.json"));
    CredentialVault vault(&profiles, &keychain, &session, &file);
    QSignalSpy unavailable(&vault, &CredentialVault::keychainUnavailable);

    ConnectionProfile p;
    p.name = QStringLiteral("K");
    p.baseUrl = QUrl(QStringLiteral("https://k.example"));
    const QString id = profiles.add(p);

    const CredentialResult written = vault.writeBlocking(id, QStringLiteral("secret-token"));
    EXPECT_TRUE(written.isOk());
    EXPECT_TRUE(written.message.contains(QLatin1String("this session only"))) << written.message.toStdString();
    EXPECT_FALSE(written.message.contains(QLatin1String("secret-token")));
    EXPECT_EQ(unavailable.count(), 1);
    EXPECT_FALSE(vault.isKeychainAvailable());
    EXPECT_EQ(vault.effectiveStorage(id), TokenStorage::Session);
    EXPECT_TRUE(session.contains(id));

    // Later calls go straight to the session store and the warning is not repeated.
    const int keychainCalls = keychain.calls;
    EXPECT_EQ(vault.readBlocking(id).token, QStringLiteral("secret-token"));
    EXPECT_EQ(keychain.calls, keychainCalls);
    EXPECT_EQ(unavailable.count(), 1);
}

TEST(CredentialVault, ProbeDetectsAMissingKeychainUpFront)
{
    QTemporaryDir dir;
    QSettings settings(dir.path() + QStringLiteral("/s.ini"), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    FakeKeychain keychain(false);
    SessionCredentialStore session;
    FileCredentialStore file(dir.path() + QStringLiteral("/credentials.json"));
    CredentialVault vault(&profiles, &keychain, &session, &file);
    QSignalSpy unavailable(&vault, &CredentialVault::keychainUnavailable);
    vault.probeKeychain();
    ASSERT_TRUE(unavailable.wait(5000));
    EXPECT_TRUE(unavailable.constFirst().constFirst().toString().contains(QLatin1String("No system keychain")));
}
