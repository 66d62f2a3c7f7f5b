// SPDX-License-Identifier: MIT
// The translations are compiled into the app, and load the way main() loads them: by locale,
// from :/i18n/.
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {
const QString kPrefix = QStringLiteral("spaceone-job-monitor");
const QString kDir = QStringLiteral(":/i18n");

QString tr(const QTranslator &translator, const char *context, const char *source, int n = -1)
{
    return translator.translate(context, source, nullptr, n);
}

// One <message> of a Qt Linguist file, as shipped.
struct TsMessage
{
    QString context;
    QString source;
    QString type; // of <translation>: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // the text, or one entry per numerus form
};

QList<TsMessage> readTs(const QString &path, QString *language, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = TsMessage{
                    context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}
                };
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList shippedTsFiles()
{
    return QDir(QStringLiteral(SJM_TS_DIR)).entryList({ QStringLiteral("*.ts") }, QDir::Files, QDir::Name);
}

// The %1…%9 and %n a text uses, each once: a translation must keep all of them.
QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9]|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured().remove(QLatin1Char('L'));
        if (!found.contains(p))
            found.append(p);
    }
    found.sort();
    return found;
}

// A keyboard mnemonic: "&File" has one, "&&" and "&amp;" in rich text do not.
bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&(?!&|amp;|lt;|gt;|quot;|nbsp;)\\w"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

QString where(const TsMessage &m)
{
    return m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
}

// The source texts the German translation holds: every text lupdate found.
QSet<QString> germanSources(QString *error)
{
    QString language;
    QSet<QString> known;
    for (const TsMessage &m :
         readTs(QStringLiteral(SJM_TS_DIR "/") + kPrefix + QStringLiteral("_de.ts"), &language, error))
        known.insert(m.source);
    return known;
}
} // namespace

TEST(Translations, EveryLanguageIsEmbedded)
{
    const QStringList files = QDir(kDir).entryList({ QStringLiteral("*.qm") }, QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList{ kPrefix + QStringLiteral("_de.qm"), kPrefix + QStringLiteral("_en.qm") }));
}

TEST(Translations, GermanLoadsForAGermanLocale)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::German, QLocale::Germany), kPrefix, QStringLiteral("_"), kDir));
    EXPECT_EQ(translator.language(), QStringLiteral("de"));
    EXPECT_EQ(tr(translator, "MainWindowMenus", "&File"), QStringLiteral("&Datei"));
    EXPECT_EQ(tr(translator, "MainWindow", "&Delete Jobs…"), QStringLiteral("Jobs &löschen …"));
    EXPECT_EQ(tr(translator, "JobStatus", "Failure"), QStringLiteral("Fehlgeschlagen"));
    EXPECT_EQ(tr(translator, "MainWindow", "Exported %n job(s) to %1", 1), QStringLiteral("%n Job nach %1 exportiert"));
    EXPECT_EQ(tr(translator, "MainWindow", "Exported %n job(s) to %1", 3),
              QStringLiteral("%n Jobs nach %1 exportiert"));
}

TEST(Translations, EnglishProvidesThePluralForms)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::English, QLocale::UnitedStates), kPrefix, QStringLiteral("_"), kDir));
    EXPECT_EQ(tr(translator, "MainWindow", "Exported %n job(s) to %1", 1), QStringLiteral("Exported %n job to %1"));
    EXPECT_EQ(tr(translator, "MainWindow", "Exported %n job(s) to %1", 2), QStringLiteral("Exported %n jobs to %1"));
    EXPECT_EQ(tr(translator, "PollStatusBar", "%Ln job(s)", 1), QStringLiteral("%Ln job"));
    // Texts without plural forms come from the sources unchanged.
    EXPECT_TRUE(tr(translator, "MainWindowMenus", "&File").isEmpty());
}

TEST(Translations, InstalledTranslatorTranslatesThroughTheApplication)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QLocale(QLocale::German), kPrefix, QStringLiteral("_"), kDir));
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    EXPECT_EQ(QCoreApplication::translate("MainWindowMenus", "&Help"), QStringLiteral("&Hilfe"));
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(QCoreApplication::translate("MainWindowMenus", "&Help"), QStringLiteral("&Help"));
}

TEST(Translations, UnknownLanguageFallsBackToTheSourceTexts)
{
    QTranslator translator;
    EXPECT_FALSE(translator.load(QLocale(QLocale::Japanese, QLocale::Japan), kPrefix, QStringLiteral("_"), kDir));
}

// A translation that ships must be complete: every text of the German file translated (plural
// forms included), and the English file, whose other texts are the sources themselves, must give
// every plural form. Vanished texts are removed rather than shipped.
TEST(Translations, NoShippedTranslationHasUnfinishedTexts)
{
    const QStringList files = shippedTsFiles();
    ASSERT_EQ(files, (QStringList{ kPrefix + QStringLiteral("_de.ts"), kPrefix + QStringLiteral("_en.ts") }));
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        QString language;
        QString error;
        const QList<TsMessage> messages = readTs(QStringLiteral(SJM_TS_DIR "/") + file, &language, &error);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        ASSERT_FALSE(messages.isEmpty());
        const bool english = language.startsWith(QLatin1String("en"));
        int unfinished = 0;
        QStringList examples;
        for (const TsMessage &m : messages) {
            EXPECT_NE(m.type, QStringLiteral("vanished")) << where(m).toStdString();
            EXPECT_NE(m.type, QStringLiteral("obsolete")) << where(m).toStdString();
            if (english && !m.numerus)
                continue; // the source text is the English text
            bool done = m.type.isEmpty() && !m.translations.isEmpty();
            for (const QString &t : m.translations)
                done = done && !t.isEmpty();
            if (m.numerus)
                done = done && m.translations.size() == 2; // German and English: one, other
            if (!done) {
                ++unfinished;
                if (examples.size() < 10)
                    examples << where(m);
            }
        }
        EXPECT_EQ(unfinished, 0) << unfinished << " unfinished, e.g.\n"
                                 << examples.join(QLatin1Char('\n')).toStdString();
    }
}

// Translated texts keep the placeholders and the keyboard mnemonics of their sources.
TEST(Translations, TranslationsKeepPlaceholdersAndMnemonics)
{
    for (const QString &file : shippedTsFiles()) {
        SCOPED_TRACE(file.toStdString());
        QString language;
        QString error;
        const QList<TsMessage> messages = readTs(QStringLiteral(SJM_TS_DIR "/") + file, &language, &error);
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        for (const TsMessage &m : messages) {
            if (!m.type.isEmpty())
                continue; // unfinished ones are the test above's business
            const QStringList wanted = placeholders(m.source);
            for (int i = 0; i < m.translations.size(); ++i) {
                QStringList got = placeholders(m.translations.at(i));
                // The singular may spell the number out ("ein Job") instead of %n.
                if (m.numerus && i == 0 && !got.contains(QStringLiteral("%n")))
                    got.append(QStringLiteral("%n"));
                got.sort();
                EXPECT_EQ(got, wanted) << where(m).toStdString() << " -> " << m.translations.at(i).toStdString();
                EXPECT_EQ(hasMnemonic(m.translations.at(i)), hasMnemonic(m.source))
                    << where(m).toStdString() << " -> " << m.translations.at(i).toStdString();
            }
        }
    }
}

// Every text the sources mark for translation reaches the .ts files: lupdate's parser silently
// skips some calls (a tr() helper outside a class, arguments it cannot follow), and a text it
// never saw stays English in every language.
TEST(Translations, EveryMarkedTextIsInTheTranslationSources)
{
    QString error;
    const QSet<QString> known = germanSources(&error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();

    // tr("…"), QCoreApplication::translate("Context", "…"), QT_TRANSLATE_NOOP("Context", "…"),
    // with the text as one or more adjacent literals.
    static const QRegularExpression call(QStringLiteral(
        R"re((?:\btr|\btranslate\(\s*"[^"]*"\s*,|QT_TRANSLATE_NOOP\(\s*"[^"]*"\s*,)\s*\(?\s*((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    static const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    QStringList missing;
    int checked = 0;
    for (const QString &root : { QStringLiteral("app"), QStringLiteral("ui") }) {
        QDirIterator it(QStringLiteral(SJM_SOURCE_DIR "/") + root, { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/app/sandbox/")))
                continue; // protocol text, English by design
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
            const QString code = QString::fromUtf8(file.readAll());
            for (auto m = call.globalMatch(code); m.hasNext();) {
                QString text;
                const QString literals = m.next().captured(1);
                for (auto l = literal.globalMatch(literals); l.hasNext();)
                    text += l.next().captured(1);
                text.replace(QLatin1String("\\n"), QLatin1String("\n"))
                    .replace(QLatin1String("\\\""), QLatin1String("\""))
                    .replace(QLatin1String("\\\\"), QLatin1String("\\"));
                ++checked;
                if (!known.contains(text))
                    missing << QDir(QStringLiteral(SJM_SOURCE_DIR)).relativeFilePath(path) + QStringLiteral(": ")
                            + text;
            }
        }
    }
    EXPECT_GT(checked, 500);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " texts lupdate does not see:\n"
                                   << missing.join(QLatin1Char('\n')).toStdString();
}

// The texts of Designer forms (.ui) go through lupdate too: a form it does not read stays English
// in every language while the code around it is translated.
TEST(Translations, EveryFormTextIsInTheTranslationSources)
{
    QString error;
    const QSet<QString> known = germanSources(&error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();

    QStringList missing;
    int checked = 0;
    QDirIterator it(QStringLiteral(SJM_SOURCE_DIR "/ui"), { QStringLiteral("*.ui") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("string"))
                continue;
            const bool untranslated = xml.attributes().value(QLatin1String("notr")) == QLatin1String("true");
            const QString text = xml.readElementText();
            if (untranslated || text.isEmpty())
                continue;
            ++checked;
            if (!known.contains(text))
                missing << QDir(QStringLiteral(SJM_SOURCE_DIR)).relativeFilePath(path) + QStringLiteral(": ") + text;
        }
        ASSERT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    }
    EXPECT_GT(checked, 20);
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " form texts lupdate does not see:\n"
                                   << missing.join(QLatin1Char('\n')).toStdString();
}
