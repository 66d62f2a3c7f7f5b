// SPDX-License-Identifier: MIT
#include "connect/profilestore.h"
#include "connect/spacectlimporter.h"
#include "connect/tokeninfo.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {
QString fixture(const QString &name)
{
    return testsupport::dataPath(QStringLiteral("spacectl/") + name);
}

// A digest of every file under `dir`, to prove an import changed nothing.
QByteArray treeDigest(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        hash.addData(path.toUtf8());
        hash.addData(f.readAll());
    }
    return hash.result();
}
} // namespace

TEST(SpacectlImporter, ListsEnvironmentsAndCurrent)
{
    const SpacectlImporter importer(fixture(QStringLiteral("good")));
    QString error;
    EXPECT_EQ(importer.environmentNames(&error),
              (QStringList{ QStringLiteral("gateway"), QStringLiteral("internal"), QStringLiteral("local"),
                            QStringLiteral("prod") }));
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(importer.currentEnvironment(&error), QStringLiteral("prod"));
    EXPECT_TRUE(error.isEmpty());
}

TEST(SpacectlImporter, ImportsKeyAndGuessesConsoleUrl)
{
    const SpacectlImporter importer(fixture(QStringLiteral("good")));
    SpacectlEnvironment env;
    QString error;
    ASSERT_TRUE(importer.load(QStringLiteral("prod"), &env, &error)) << error.toStdString();
    EXPECT_EQ(env.name, QStringLiteral("prod"));
    EXPECT_TRUE(env.isCurrent);
    EXPECT_EQ(TokenInfo::fromToken(env.apiKey).role(), TokenInfo::Role::DomainAdmin);
    EXPECT_EQ(env.endpoints.value(QStringLiteral("identity")),
              QStringLiteral("grpc+ssl://identity.api.example.com:443"));
    EXPECT_EQ(env.endpoints.value(QStringLiteral("repository")),
              QStringLiteral("grpc+ssl://repository.api.example.com:443/v1"));
    EXPECT_EQ(env.proposedBaseUrl, QUrl(QStringLiteral("https://console-v2.api.example.com")));
    EXPECT_TRUE(env.baseUrlIsGuess);
    EXPECT_TRUE(env.baseUrlNote.contains(QLatin1String("Guessed")));

    const ConnectionProfile profile = SpacectlImporter::toProfile(env);
    EXPECT_EQ(profile.name, QStringLiteral("spacectl: prod"));
    EXPECT_EQ(profile.baseUrl, env.proposedBaseUrl);
    EXPECT_TRUE(profile.baseUrlIsGuess);
    EXPECT_TRUE(profile.validationError().isEmpty());
}

TEST(SpacectlImporter, LocalhostMapsToLocalConsoleApi)
{
    SpacectlEnvironment env;
    QString error;
    ASSERT_TRUE(SpacectlImporter(fixture(QStringLiteral("good"))).load(QStringLiteral("local"), &env, &error));
    EXPECT_FALSE(env.isCurrent);
    EXPECT_EQ(env.proposedBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:8082")));
    EXPECT_TRUE(env.baseUrlIsGuess);
    EXPECT_EQ(TokenInfo::fromToken(env.apiKey).workspaceId(), QStringLiteral("workspace-abc"));
}

TEST(SpacectlImporter, ClusterInternalAddressGivesNoGuess)
{
    SpacectlEnvironment env;
    QString error;
    ASSERT_TRUE(SpacectlImporter(fixture(QStringLiteral("good"))).load(QStringLiteral("internal"), &env, &error));
    EXPECT_TRUE(env.proposedBaseUrl.isEmpty());
    EXPECT_TRUE(env.baseUrlNote.contains(QLatin1String("Enter its address")));
    EXPECT_EQ(env.apiKey, QStringLiteral("opaque-test-key-0123456789"));
}

TEST(SpacectlImporter, ExplicitConsoleEndpointIsNotAGuess)
{
    SpacectlEnvironment env;
    QString error;
    ASSERT_TRUE(SpacectlImporter(fixture(QStringLiteral("good"))).load(QStringLiteral("gateway"), &env, &error));
    EXPECT_EQ(env.proposedBaseUrl, QUrl(QStringLiteral("https://console.corp.example/api")));
    EXPECT_FALSE(env.baseUrlIsGuess);
}

TEST(SpacectlImporter, GuessConsoleUrl)
{
    EXPECT_EQ(SpacectlImporter::guessConsoleUrl(QStringLiteral("grpc+ssl://identity.api.dev.spaceone.dev:443/v1")),
              QUrl(QStringLiteral("https://console-v2.api.dev.spaceone.dev")));
    EXPECT_EQ(SpacectlImporter::guessConsoleUrl(QStringLiteral("grpc://[::1]:50051")),
              QUrl(QStringLiteral("http://127.0.0.1:8082")));
    EXPECT_EQ(SpacectlImporter::guessConsoleUrl(QStringLiteral("localhost:50051")),
              QUrl(QStringLiteral("http://127.0.0.1:8082")));
    EXPECT_TRUE(SpacectlImporter::guessConsoleUrl(QStringLiteral("grpc://10.0.0.5:50051")).isEmpty());
    EXPECT_TRUE(SpacectlImporter::guessConsoleUrl(QStringLiteral("grpc://example.com:50051")).isEmpty());
    EXPECT_TRUE(SpacectlImporter::guessConsoleUrl(QStringLiteral("::::")).isEmpty());
}

TEST(SpacectlImporter, BrokenFilesGiveClearErrors)
{
    const SpacectlImporter importer(fixture(QStringLiteral("broken")));
    const auto errorFor = [&](const char *name) {
        SpacectlEnvironment env;
        env.name = QStringLiteral("untouched");
        QString error;
        EXPECT_FALSE(importer.load(QString::fromLatin1(name), &env, &error)) << name;
        EXPECT_EQ(env.name, QStringLiteral("untouched")) << name;
        EXPECT_TRUE(env.apiKey.isEmpty()) << name;
        return error;
    };
    const QString tabs = errorFor("tabs");
    EXPECT_TRUE(tabs.contains(QLatin1String("tabs.yml"))) << tabs.toStdString();
    EXPECT_TRUE(tabs.contains(QLatin1String("line 3"))) << tabs.toStdString();
    EXPECT_TRUE(errorFor("nokey").contains(QLatin1String("no api_key")));
    EXPECT_TRUE(errorFor("unterminated").contains(QLatin1String("unterminated")));
    EXPECT_TRUE(errorFor("badindent").contains(QLatin1String("line 4")));
    EXPECT_TRUE(errorFor("scalarendpoints").contains(QLatin1String("endpoints")));
    const QString missingColon = errorFor("missingcolon");
    EXPECT_FALSE(missingColon.contains(QLatin1String("opaque-secret"))) << missingColon.toStdString();
    EXPECT_TRUE(errorFor("doesnotexist").contains(QLatin1String("does not exist")));
    EXPECT_TRUE(errorFor("../good/environments/prod").contains(QLatin1String("not a valid")));
}

TEST(SpacectlImporter, BrokenCurrentFileIsReported)
{
    const SpacectlImporter importer(fixture(QStringLiteral("brokencurrent")));
    QString error;
    EXPECT_TRUE(importer.currentEnvironment(&error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("environment.yml")));
    // The environment itself still imports.
    SpacectlEnvironment env;
    EXPECT_TRUE(importer.load(QStringLiteral("prod"), &env, &error));
    EXPECT_FALSE(env.isCurrent);
}

TEST(SpacectlImporter, MissingDirectory)
{
    QTemporaryDir dir;
    const SpacectlImporter importer(dir.path() + QStringLiteral("/nothing"));
    QString error;
    EXPECT_TRUE(importer.environmentNames(&error).isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("spacectl config init")));
    EXPECT_TRUE(importer.currentEnvironment(&error).isEmpty());
}

TEST(SpacectlImporter, BrokenImportOverwritesNothing)
{
    // Copy the fixtures to a temp dir so the check covers the spacectl files too.
    QTemporaryDir temp;
    const QString root = temp.path() + QStringLiteral("/spaceone");
    QDir().mkpath(root + QStringLiteral("/environments"));
    for (const char *name : { "environment.yml", "environments/tabs.yml", "environments/nokey.yml" })
        ASSERT_TRUE(QFile::copy(fixture(QStringLiteral("broken/") + QString::fromLatin1(name)),
                                root + QLatin1Char('/') + QString::fromLatin1(name)));
    const QByteArray before = treeDigest(root);

    QSettings settings(temp.path() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    ProfileStore store(&settings);
    ConnectionProfile existing;
    existing.name = QStringLiteral("spacectl: tabs");
    existing.baseUrl = QUrl(QStringLiteral("https://console-v2.api.example.com"));
    const QString id = store.add(existing);
    ASSERT_FALSE(id.isEmpty());
    const QList<ConnectionProfile> profilesBefore = store.profiles();

    const SpacectlImporter importer(root);
    for (const QString &name : importer.environmentNames()) {
        SpacectlEnvironment env;
        QString error;
        // What the dialog does: only a successful load reaches the store.
        if (importer.load(name, &env, &error))
            store.add(SpacectlImporter::toProfile(env));
        else
            EXPECT_FALSE(error.isEmpty());
    }
    EXPECT_EQ(store.profiles(), profilesBefore);
    EXPECT_EQ(treeDigest(root), before);
}
