// SPDX-License-Identifier: MIT
#include "ui/appsettings.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(AppSettings, FiltersAreKeptPerConnection)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    JobFilter production;
    production.statuses = { JobStatus::Pending, JobStatus::Failure };
    production.workspaceId = QStringLiteral("*");
    production.text = QStringLiteral("quota");
    production.stuckOnly = true;
    {
        AppSettings settings(file);
        settings.setFilter(QStringLiteral("production"), production);
        settings.setPollIntervalMs(30000);
        settings.setNotificationsMuted(true);
        settings.setHeaderState(QByteArray("header-bytes"));
        settings.sync();
    }
    AppSettings settings(file);
    EXPECT_EQ(settings.filter(QStringLiteral("production")), production);
    EXPECT_TRUE(settings.filter(QStringLiteral("staging")).isEmpty());
    EXPECT_EQ(settings.pollIntervalMs(), 30000);
    EXPECT_TRUE(settings.notificationsMuted());
    EXPECT_EQ(settings.headerState(), QByteArray("header-bytes"));
}

TEST(AppSettings, HeaderStateOfAnotherFormatVersionIsIgnored)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("MainWindow/Qt6/JobTable/HeaderState"), QByteArray("old"));
        raw.setValue(QStringLiteral("MainWindow/Qt6/JobTable/HeaderStateVersion"), 0);
    }
    AppSettings settings(file);
    EXPECT_TRUE(settings.headerState().isEmpty());
}

TEST(AppSettings, NonsenseIntervalFallsBackToTheDefault)
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setPollIntervalMs(5);
    EXPECT_EQ(settings.pollIntervalMs(), AppSettings::kDefaultPollIntervalMs);
}
