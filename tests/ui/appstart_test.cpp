// SPDX-License-Identifier: MIT
// The app itself, started twice with a home of its own on its built-in sandbox: the first start
// paints the server's rows, saves them as it quits, and the second paints those saved rows
// before the server's. A damaged saved file is ignored and written anew, and a command line the
// app does not understand ends it cleanly.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {
class AppStartTest : public ::testing::Test
{
protected:
    QString run(const QStringList &arguments = { QStringLiteral("--report-first-rows") }, int expectedExitCode = 0)
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("SPACEONE_")))
                env.remove(name); // the built-in sandbox, whatever the machine exports
        }
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(SJM_APP_PATH), arguments);
        if (!app.waitForFinished(120000)) {
            app.kill();
            app.waitForFinished();
        }
        lastErrors = QString::fromUtf8(app.readAllStandardError());
        EXPECT_EQ(app.exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(app.exitCode(), expectedExitCode) << lastErrors.toStdString();
        return QString::fromUtf8(app.readAllStandardOutput());
    }

    QStringList savedFiles() const
    {
        QStringList files;
        QDirIterator it(home.filePath(QStringLiteral("cache")), { QStringLiteral("*.jobs") }, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

    QTemporaryDir home;
    QString lastErrors; // of the last run
};
} // namespace

// Refused before any window: no thread the start-up began is left running as the app exits.
TEST_F(AppStartTest, AnUnknownOptionIsRefusedAndExitsCleanly)
{
    for (int i = 0; i < 3; ++i) {
        run({ QStringLiteral("--no-such-option") }, 1);
        EXPECT_TRUE(lastErrors.contains(QLatin1String("no-such-option"))) << lastErrors.toStdString();
    }
    EXPECT_TRUE(savedFiles().isEmpty());
}

TEST_F(AppStartTest, TheSecondStartPaintsTheSavedRowsFirst)
{
    const QString first = run();
    EXPECT_TRUE(first.contains(QStringLiteral("first rows painted: live"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("first live rows painted")));
    const QStringList files = savedFiles();
    ASSERT_EQ(files.size(), 1) << "the rows shown are saved as the app quits";
    EXPECT_EQ(QFile::permissions(files.front()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());

    const QString second = run();
    EXPECT_TRUE(second.contains(QStringLiteral("first rows painted: saved"))) << second.toStdString();
    EXPECT_TRUE(second.contains(QStringLiteral("first live rows painted")))
        << "the server's rows still replace them" << second.toStdString();
}

TEST_F(AppStartTest, WithKeepingTurnedOffNothingIsSavedOrShown)
{
    run();
    ASSERT_EQ(savedFiles().size(), 1);
    // As Keep Jobs for the Next Start leaves it when turned off (the window deletes the files).
    const QString config = home.filePath(QStringLiteral("config/spaceone-job-monitor"));
    QDir().mkpath(config);
    QFile settings(config + QStringLiteral("/spaceone-job-monitor.conf"));
    ASSERT_TRUE(settings.open(QIODevice::Append));
    settings.write("\n[Jobs]\nKeepForNextStart=false\n");
    settings.close();

    const QString next = run();
    EXPECT_TRUE(next.contains(QStringLiteral("first rows painted: live"))) << next.toStdString();
    for (const QString &file : savedFiles())
        QFile::remove(file);
    run();
    EXPECT_TRUE(savedFiles().isEmpty()) << "nothing is saved as the app quits";
}

TEST_F(AppStartTest, ADamagedSavedFileIsIgnoredAndWrittenAnew)
{
    run();
    const QStringList files = savedFiles();
    ASSERT_EQ(files.size(), 1);
    QFile file(files.front());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const QByteArray whole = file.readAll();
    file.resize(whole.size() / 2);
    file.close();

    const QString damaged = run();
    EXPECT_TRUE(damaged.contains(QStringLiteral("first rows painted: live"))) << damaged.toStdString();
    QFile again(files.front());
    ASSERT_TRUE(again.open(QIODevice::ReadOnly));
    EXPECT_EQ(again.size(), whole.size()) << "the next quit saved whole rows again";
}
