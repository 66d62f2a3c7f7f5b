// SPDX-License-Identifier: MIT
// `--profile NAME` in the real executable, against a sandbox, with the profiles and the token
// file of a private configuration folder.
#include "connect/filecredentialstore.h"
#include "connect/profilestore.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliProfileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.dataFile = testsupport::dataPath(QStringLiteral("sandbox/jobs_other.json"));
        options.simulate = false;
        QString error;
        ASSERT_TRUE(m_server.start(options, &error)) << error.toStdString();

        // Where QSettings and QStandardPaths put the application's files under these XDG folders.
        const QString app = QStringLiteral("spaceone-job-monitor");
        const QString configDir = m_dir.path() + QStringLiteral("/config/") + app;
        const QString dataDir = m_dir.path() + QStringLiteral("/data/") + app + QLatin1Char('/') + app;
        ASSERT_TRUE(QDir().mkpath(configDir));
        ASSERT_TRUE(QDir().mkpath(dataDir));

        QSettings settings(configDir + QLatin1Char('/') + app + QStringLiteral(".conf"), QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile profile;
        profile.name = QStringLiteral("Staging");
        profile.baseUrl = m_server.baseUrl();
        profile.tokenStorage = TokenStorage::File;
        QString addError;
        m_profileId = store.add(profile, &addError);
        ASSERT_FALSE(m_profileId.isEmpty()) << addError.toStdString();
        ASSERT_TRUE(store.sync());

        FileCredentialStore file(dataDir + QStringLiteral("/credentials.json"));
        const CredentialResult written = file.writeBlocking(m_profileId, m_server.defaultToken());
        ASSERT_TRUE(written.isOk()) << written.message.toStdString();
    }

    void TearDown() override { m_server.stop(); }

    CliResult run(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SPACEONE_ENDPOINT"));
        env.remove(QStringLiteral("SPACEONE_TOKEN"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path() + QStringLiteral("/data"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SJM_CLI_EXECUTABLE), arguments);
        EXPECT_TRUE(process.waitForStarted(10000));
        process.closeWriteChannel();
        const bool finished = process.waitForFinished(30000);
        EXPECT_TRUE(finished) << arguments.join(QLatin1Char(' ')).toStdString();
        if (!finished) {
            process.kill();
            process.waitForFinished(5000);
        }
        CliResult r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        EXPECT_FALSE(r.out.contains(m_server.defaultToken()));
        EXPECT_FALSE(r.err.contains(m_server.defaultToken()));
        return r;
    }

    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    QString m_profileId;
};
} // namespace

TEST_F(CliProfileTest, ProfileSuppliesEndpointAndToken)
{
    const CliResult r = run({ QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Staging"),
                              QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("job-b0b000000001"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("job-b0b000000002"))) << r.out.toStdString();
}

TEST_F(CliProfileTest, NamesMatchCaseInsensitively)
{
    const CliResult r = run({ QStringLiteral("stat"), QStringLiteral("--profile"), QStringLiteral("staging") });
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
}

TEST_F(CliProfileTest, CommandLineTokenOverridesTheProfile)
{
    const CliResult r = run({ QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Staging"),
                              QStringLiteral("--token"), QStringLiteral("not-a-valid-token") });
    EXPECT_EQ(r.exitCode, 3) << r.err.toStdString();
}

TEST_F(CliProfileTest, CommandLineEndpointOverridesTheProfile)
{
    // Port 9 on loopback: nothing listens, so the request fails instead of reaching the sandbox.
    const CliResult r = run({ QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Staging"),
                              QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9"),
                              QStringLiteral("--timeout"), QStringLiteral("5") });
    EXPECT_EQ(r.exitCode, 1) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("job-b0b000000001")));
}

TEST_F(CliProfileTest, UnknownProfileExitsTwoAndListsTheNames)
{
    const CliResult r = run({ QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Production") });
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 1) << r.err.toStdString();
    EXPECT_TRUE(lines.first().contains(QStringLiteral("Production")));
    EXPECT_TRUE(lines.first().contains(QStringLiteral("Staging")));
    EXPECT_TRUE(lines.first().contains(QStringLiteral("Local sandbox")));
}
