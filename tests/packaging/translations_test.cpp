// SPDX-License-Identifier: MIT
// The translations are compiled into the app, and load the way main() loads them: by locale,
// from :/i18n/.
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {
const QString kPrefix = QStringLiteral("spaceone-job-monitor");
const QString kDir = QStringLiteral(":/i18n");

QString tr(const QTranslator &translator, const char *context, const char *source, int n = -1)
{
    return translator.translate(context, source, nullptr, n);
}
} // namespace

TEST(Translations, EveryLanguageIsEmbedded)
{
    const QStringList files = QDir(kDir).entryList({QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList{kPrefix + QStringLiteral("_de.qm"), kPrefix + QStringLiteral("_en.qm")}));
}

TEST(Translations, GermanLoadsForAGermanLocale)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::German, QLocale::Germany), kPrefix, QStringLiteral("_"), kDir));
    EXPECT_EQ(translator.language(), QStringLiteral("de"));
    EXPECT_EQ(tr(translator, "MainWindow", "&File"), QStringLiteral("&Datei"));
    EXPECT_EQ(tr(translator, "MainWindow", "&Delete Jobs…"), QStringLiteral("Jobs &löschen …"));
    EXPECT_EQ(tr(translator, "JobStatus", "Failure"), QStringLiteral("Fehlgeschlagen"));
    EXPECT_EQ(tr(translator, "MainWindow", "Exported %n job(s) to %1", 1), QStringLiteral("%n Job nach %1 exportiert"));
    EXPECT_EQ(tr(translator, "MainWindow", "Exported %n job(s) to %1", 3), QStringLiteral("%n Jobs nach %1 exportiert"));
}

TEST(Translations, EnglishProvidesThePluralForms)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::English, QLocale::UnitedStates), kPrefix, QStringLiteral("_"), kDir));
    EXPECT_EQ(tr(translator, "MainWindow", "Exported %n job(s) to %1", 1), QStringLiteral("Exported %n job to %1"));
    EXPECT_EQ(tr(translator, "MainWindow", "Exported %n job(s) to %1", 2), QStringLiteral("Exported %n jobs to %1"));
    EXPECT_EQ(tr(translator, "PollStatusBar", "%n job(s)", 1), QStringLiteral("%n job"));
    // Texts without plural forms come from the sources unchanged.
    EXPECT_TRUE(tr(translator, "MainWindow", "&File").isEmpty());
}

TEST(Translations, InstalledTranslatorTranslatesThroughTheApplication)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::German), kPrefix, QStringLiteral("_"), kDir));
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    EXPECT_EQ(QCoreApplication::translate("MainWindow", "&Help"), QStringLiteral("&Hilfe"));
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(QCoreApplication::translate("MainWindow", "&Help"), QStringLiteral("&Help"));
}

TEST(Translations, UnknownLanguageFallsBackToTheSourceTexts)
{
    QTranslator translator;
    EXPECT_FALSE(translator.load(QLocale(QLocale::Japanese, QLocale::Japan), kPrefix, QStringLiteral("_"), kDir));
}
