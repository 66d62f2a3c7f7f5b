// SPDX-License-Identifier: MIT
#include "ui/connectiondialog.h"

#include "../connect/loopbackhttpserver.h"
#include "../connect/testtokens.h"
#include "connect/credentialvault.h"
#include "connect/filecredentialstore.h"
#include "connect/profilestore.h"
#include "connect/sessioncredentialstore.h"
#include "testsupport.h"
#include "ui/contrast.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {
class ConnectionDialogTest : public ::testing::Test
{
protected:
    ConnectionDialogTest()
        : m_settings(m_dir.path() + QStringLiteral("/settings.ini"), QSettings::IniFormat)
        , m_store(&m_settings)
        , m_file(m_dir.path() + QStringLiteral("/credentials.json"))
        , m_vault(&m_store, &m_keychain, &m_session, &m_file)
    { }

    template <typename T> static T *child(QWidget &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static QPushButton *button(QWidget &dialog, const QString &text)
    {
        for (QAbstractButton *b : child<QDialogButtonBox>(dialog, "buttonBox")->buttons()) {
            if (b->text() == text)
                return qobject_cast<QPushButton *>(b);
        }
        ADD_FAILURE() << text.toStdString();
        return nullptr;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    static QString label(QWidget &dialog, const char *name) { return child<QLabel>(dialog, name)->text(); }

    QTemporaryDir m_dir;
    QSettings m_settings;
    ProfileStore m_store;
    // A working keychain stand-in that outlives each dialog, as the real one would.
    SessionCredentialStore m_keychain;
    SessionCredentialStore m_session;
    FileCredentialStore m_file;
    CredentialVault m_vault;
};
} // namespace

TEST_F(ConnectionDialogTest, OpensOnTheCurrentProfileWithTheSandbox)
{
    ConnectionDialog dialog(&m_store, &m_vault);
    dialog.show();
    EXPECT_EQ(dialog.selectedProfileId(), ProfileStore::sandboxId());
    EXPECT_EQ(child<QListWidget>(dialog, "profileList")->count(), 1);
    EXPECT_FALSE(child<QPushButton>(dialog, "removeButton")->isEnabled());
    EXPECT_TRUE(child<QLineEdit>(dialog, "nameEdit")->isReadOnly());
    EXPECT_FALSE(dialog.hasUnsavedChanges());
}

TEST_F(ConnectionDialogTest, AddFillSaveAndReopen)
{
    const QString token
        = testtokens::makeToken(QStringLiteral("WORKSPACE_OWNER"), QDateTime::currentSecsSinceEpoch() + 30 * 24 * 3600,
                                QStringLiteral("workspace-abc"));
    const QString caPath = testsupport::dataPath(QStringLiteral("tls/localhost.crt"));
    QString savedId;
    {
        ConnectionDialog dialog(&m_store, &m_vault);
        dialog.show();
        child<QPushButton>(dialog, "addButton")->click();
        EXPECT_TRUE(dialog.selectedProfileId().startsWith(QLatin1String("unsaved-")));
        type(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Production"));
        type(child<QLineEdit>(dialog, "urlEdit"), QStringLiteral("https://console-v2.api.example.com/"));
        auto *pathStyle = child<QComboBox>(dialog, "pathStyleCombo");
        pathStyle->setCurrentIndex(pathStyle->findData(int(PathStyle::V2)));
        type(child<QLineEdit>(dialog, "workspaceEdit"), QStringLiteral("workspace-abc"));
        child<QSpinBox>(dialog, "pollSpin")->setValue(30);
        type(child<QLineEdit>(dialog, "caEdit"), caPath);
        child<QCheckBox>(dialog, "plainHttpCheck")->setChecked(true);
        type(child<QLineEdit>(dialog, "tokenEdit"), token);
        EXPECT_EQ(child<QLineEdit>(dialog, "tokenEdit")->echoMode(), QLineEdit::Password);
        EXPECT_TRUE(label(dialog, "tokenInfoLabel").startsWith(QStringLiteral("Workspace owner · workspace-abc")))
            << label(dialog, "tokenInfoLabel").toStdString();
        EXPECT_TRUE(label(dialog, "tokenInfoLabel").contains(QLatin1String("may delete jobs")));
        EXPECT_EQ(child<QListWidget>(dialog, "profileList")->currentItem()->text(), QStringLiteral("Production"));
        EXPECT_TRUE(dialog.hasUnsavedChanges());
        EXPECT_TRUE(label(dialog, "statusLabel").isEmpty()) << label(dialog, "statusLabel").toStdString();

        button(dialog, QStringLiteral("&Connect"))->click();
        ASSERT_TRUE(waitUntil([&]() { return !dialog.isVisible(); }, 10000));
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        savedId = dialog.selectedProfileId();
    }

    ASSERT_EQ(m_store.count(), 2);
    EXPECT_EQ(m_store.currentId(), savedId);
    const ConnectionProfile saved = *m_store.profile(savedId);
    EXPECT_EQ(saved.name, QStringLiteral("Production"));
    EXPECT_EQ(saved.baseUrl, QUrl(QStringLiteral("https://console-v2.api.example.com")));
    EXPECT_EQ(saved.pathStyle, PathStyle::V2);
    EXPECT_EQ(saved.workspaceId, QStringLiteral("workspace-abc"));
    EXPECT_EQ(saved.pollIntervalMs, 30000);
    EXPECT_EQ(saved.caBundlePath, caPath);
    EXPECT_TRUE(saved.allowPlainHttpToken);
    EXPECT_EQ(saved.tokenStorage, TokenStorage::Keychain);
    EXPECT_EQ(m_keychain.readBlocking(savedId).token, token);
    m_settings.sync();
    QFile settingsFile(m_settings.fileName());
    ASSERT_TRUE(settingsFile.open(QIODevice::ReadOnly));
    EXPECT_FALSE(settingsFile.readAll().contains(token.toUtf8()));

    // Reopen: the same values come back, the token from the keychain.
    ConnectionDialog reopened(&m_store, &m_vault);
    reopened.resize(900, 700);
    reopened.show();
    EXPECT_EQ(reopened.selectedProfileId(), savedId);
    EXPECT_EQ(child<QLineEdit>(reopened, "nameEdit")->text(), QStringLiteral("Production"));
    EXPECT_EQ(child<QLineEdit>(reopened, "urlEdit")->text(), QStringLiteral("https://console-v2.api.example.com"));
    EXPECT_EQ(child<QComboBox>(reopened, "pathStyleCombo")->currentData().toInt(), int(PathStyle::V2));
    EXPECT_EQ(child<QLineEdit>(reopened, "workspaceEdit")->text(), QStringLiteral("workspace-abc"));
    EXPECT_EQ(child<QSpinBox>(reopened, "pollSpin")->value(), 30);
    EXPECT_EQ(child<QLineEdit>(reopened, "caEdit")->text(), caPath);
    EXPECT_TRUE(child<QCheckBox>(reopened, "plainHttpCheck")->isChecked());
    EXPECT_TRUE(waitUntil([&]() { return child<QLineEdit>(reopened, "tokenEdit")->text() == token; }, 5000));
    EXPECT_TRUE(label(reopened, "tokenInfoLabel").startsWith(QLatin1String("Workspace owner")));
    EXPECT_FALSE(reopened.hasUnsavedChanges());
    EXPECT_TRUE(child<QListWidget>(reopened, "profileList")->currentItem()->text().endsWith(QLatin1String("(in use)")));

    child<QCheckBox>(reopened, "showTokenCheck")->setChecked(true);
    EXPECT_EQ(child<QLineEdit>(reopened, "tokenEdit")->echoMode(), QLineEdit::Normal);
    child<QCheckBox>(reopened, "showTokenCheck")->setChecked(false);
    QApplication::processEvents();
    EXPECT_FALSE(reopened.grab().isNull());
    // The renderings to look at, in English and in German, only when asked for.
    const QString dir = qEnvironmentVariable("SJM_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        ASSERT_TRUE(QDir().mkpath(dir));
        EXPECT_TRUE(reopened.grab().save(dir + QStringLiteral("/connection-dialog.png")));
        QTranslator german;
        ASSERT_TRUE(german.load(QLocale(QLocale::German), QStringLiteral("spaceone-job-monitor"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&german);
        ConnectionDialog translated(&m_store, &m_vault);
        translated.resize(900, 700);
        translated.show();
        QApplication::processEvents();
        EXPECT_TRUE(translated.grab().save(dir + QStringLiteral("/connection-dialog-de.png")));
        QCoreApplication::removeTranslator(&german);
    }
}

TEST_F(ConnectionDialogTest, ValidationBlocksSaving)
{
    ConnectionDialog dialog(&m_store, &m_vault);
    dialog.show();
    child<QPushButton>(dialog, "addButton")->click();
    type(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("local SANDBOX"));
    type(child<QLineEdit>(dialog, "urlEdit"), QStringLiteral("https://a.example"));
    EXPECT_TRUE(label(dialog, "statusLabel").contains(QLatin1String("already called")))
        << label(dialog, "statusLabel").toStdString();
    EXPECT_FALSE(button(dialog, QStringLiteral("&Connect"))->isEnabled());
    EXPECT_FALSE(button(dialog, QStringLiteral("&Save"))->isEnabled());

    type(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Staging"));
    type(child<QLineEdit>(dialog, "urlEdit"), QStringLiteral("ftp://a.example"));
    EXPECT_TRUE(label(dialog, "statusLabel").contains(QLatin1String("https://")));
    EXPECT_FALSE(dialog.save());

    type(child<QLineEdit>(dialog, "urlEdit"), QStringLiteral("https://a.example"));
    type(child<QLineEdit>(dialog, "caEdit"), m_dir.path() + QStringLiteral("/missing.pem"));
    EXPECT_TRUE(label(dialog, "statusLabel").contains(QLatin1String("does not exist")));
    child<QLineEdit>(dialog, "caEdit")->selectAll();
    QTest::keyClick(child<QLineEdit>(dialog, "caEdit"), Qt::Key_Backspace);
    EXPECT_TRUE(label(dialog, "statusLabel").isEmpty()) << label(dialog, "statusLabel").toStdString();
    EXPECT_TRUE(button(dialog, QStringLiteral("&Save"))->isEnabled());
    EXPECT_TRUE(dialog.save());
    EXPECT_EQ(m_store.count(), 2);
}

TEST_F(ConnectionDialogTest, RemoveAppliesOnlyOnSave)
{
    ConnectionProfile p;
    p.name = QStringLiteral("Old");
    p.baseUrl = QUrl(QStringLiteral("https://old.example"));
    const QString id = m_store.add(p);
    m_keychain.writeBlocking(id, QStringLiteral("old-token"));
    {
        ConnectionDialog dialog(&m_store, &m_vault);
        dialog.show();
        ASSERT_TRUE(dialog.selectProfile(id));
        child<QPushButton>(dialog, "removeButton")->click();
        EXPECT_EQ(child<QListWidget>(dialog, "profileList")->count(), 1);
        dialog.reject();
    }
    EXPECT_TRUE(m_store.contains(id));

    ConnectionDialog dialog(&m_store, &m_vault);
    dialog.show();
    ASSERT_TRUE(dialog.selectProfile(id));
    child<QPushButton>(dialog, "removeButton")->click();
    EXPECT_TRUE(dialog.save());
    EXPECT_FALSE(m_store.contains(id));
    ASSERT_TRUE(waitUntil([&]() { return dialog.pendingCredentialOperations() == 0; }, 5000));
    EXPECT_EQ(m_keychain.readBlocking(id).status, CredentialResult::Status::NotFound);
}

TEST_F(ConnectionDialogTest, DuplicateCopiesSettingsAndToken)
{
    ConnectionProfile p;
    p.name = QStringLiteral("Prod");
    p.baseUrl = QUrl(QStringLiteral("https://prod.example"));
    p.workspaceId = QStringLiteral("ws-1");
    const QString id = m_store.add(p);
    m_keychain.writeBlocking(id, QStringLiteral("prod-token"));

    ConnectionDialog dialog(&m_store, &m_vault);
    dialog.show();
    dialog.selectProfile(id);
    ASSERT_TRUE(waitUntil(
        [&]() { return child<QLineEdit>(dialog, "tokenEdit")->text() == QLatin1String("prod-token"); }, 5000));
    child<QPushButton>(dialog, "duplicateButton")->click();
    EXPECT_EQ(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Prod (copy)"));
    dialog.selectProfile(id);
    child<QPushButton>(dialog, "duplicateButton")->click(); // the first copy is not saved yet
    EXPECT_EQ(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Prod (copy) (2)"));
    child<QPushButton>(dialog, "removeButton")->click();
    EXPECT_EQ(child<QLineEdit>(dialog, "workspaceEdit")->text(), QStringLiteral("ws-1"));
    ASSERT_TRUE(dialog.save());
    const QString copyId = dialog.selectedProfileId();
    EXPECT_NE(copyId, id);
    ASSERT_TRUE(waitUntil([&]() { return dialog.pendingCredentialOperations() == 0; }, 5000));
    EXPECT_EQ(m_keychain.readBlocking(copyId).token, QStringLiteral("prod-token"));
}

TEST_F(ConnectionDialogTest, ImportFromSpacectl)
{
    ConnectionDialog dialog(&m_store, &m_vault);
    dialog.show();
    dialog.setSpacectlDirectory(testsupport::dataPath(QStringLiteral("spacectl/broken")));
    EXPECT_FALSE(dialog.importSpacectlEnvironment(QStringLiteral("tabs")));
    EXPECT_TRUE(label(dialog, "statusLabel").contains(QLatin1String("tabs.yml")));
    EXPECT_EQ(child<QListWidget>(dialog, "profileList")->count(), 1);

    dialog.setSpacectlDirectory(testsupport::dataPath(QStringLiteral("spacectl/good")));
    ASSERT_TRUE(dialog.importSpacectlEnvironment(QStringLiteral("prod")));
    EXPECT_EQ(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("spacectl: prod"));
    EXPECT_EQ(child<QLineEdit>(dialog, "urlEdit")->text(), QStringLiteral("https://console-v2.api.example.com"));
    EXPECT_TRUE(label(dialog, "urlNoteLabel").contains(QLatin1String("Guessed")));
    EXPECT_TRUE(child<QLabel>(dialog, "urlNoteLabel")->isVisibleTo(&dialog));
    EXPECT_TRUE(label(dialog, "tokenInfoLabel").startsWith(QLatin1String("Domain admin")));
    ASSERT_TRUE(dialog.save());
    const auto imported = m_store.findByName(QStringLiteral("spacectl: prod"));
    ASSERT_TRUE(imported.has_value());
    EXPECT_TRUE(imported->baseUrlIsGuess);
    ASSERT_TRUE(waitUntil([&]() { return dialog.pendingCredentialOperations() == 0; }, 5000));
    EXPECT_TRUE(m_keychain.readBlocking(imported->id).token.startsWith(QLatin1String("eyJ")));

    // Editing the URL confirms it.
    type(child<QLineEdit>(dialog, "urlEdit"), QStringLiteral("https://console.example.com"));
    EXPECT_FALSE(child<QLabel>(dialog, "urlNoteLabel")->isVisibleTo(&dialog));
}

TEST_F(ConnectionDialogTest, WarningsForPlainHttpFileStorageAndExpiry)
{
    ConnectionDialog dialog(&m_store, &m_vault);
    dialog.show();
    child<QPushButton>(dialog, "addButton")->click();
    type(child<QLineEdit>(dialog, "urlEdit"), QStringLiteral("http://jobs.internal.example"));
    EXPECT_TRUE(label(dialog, "plainHttpWarningLabel").contains(QLatin1String("Refusing")));
    child<QCheckBox>(dialog, "plainHttpCheck")->setChecked(true);
    EXPECT_TRUE(label(dialog, "plainHttpWarningLabel").contains(QLatin1String("unencrypted")));

    auto *storage = child<QComboBox>(dialog, "storageCombo");
    storage->setCurrentIndex(storage->findData(int(TokenStorage::File)));
    EXPECT_TRUE(label(dialog, "storageNoteLabel").contains(QLatin1String("unencrypted")));
    EXPECT_TRUE(label(dialog, "storageNoteLabel").contains(m_file.path()));
    storage->setCurrentIndex(storage->findData(int(TokenStorage::Session)));
    EXPECT_TRUE(label(dialog, "storageNoteLabel").contains(QLatin1String("forgotten")));

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    type(child<QLineEdit>(dialog, "tokenEdit"), testtokens::makeToken(QStringLiteral("DOMAIN_ADMIN"), now - 7200));
    EXPECT_TRUE(label(dialog, "tokenWarningLabel").contains(QLatin1String("expired")))
        << label(dialog, "tokenWarningLabel").toStdString();
    type(child<QLineEdit>(dialog, "tokenEdit"), testtokens::makeToken(QStringLiteral("DOMAIN_ADMIN"), now + 5 * 3600));
    EXPECT_TRUE(label(dialog, "tokenWarningLabel").contains(QLatin1String("expires in")))
        << label(dialog, "tokenWarningLabel").toStdString();
    type(child<QLineEdit>(dialog, "tokenEdit"),
         testtokens::makeToken(QStringLiteral("WORKSPACE_MEMBER"), now + 90 * 86400));
    EXPECT_TRUE(label(dialog, "tokenWarningLabel").isEmpty());
    EXPECT_TRUE(label(dialog, "tokenInfoLabel").contains(QLatin1String("Workspace members may view jobs")));
    type(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("opaque-api-key"));
    EXPECT_TRUE(label(dialog, "tokenInfoLabel").startsWith(QLatin1String("Unknown role")));
}

TEST_F(ConnectionDialogTest, TokenStorageMoveKeepsTheToken)
{
    ConnectionProfile p;
    p.name = QStringLiteral("Prod");
    p.baseUrl = QUrl(QStringLiteral("https://prod.example"));
    const QString id = m_store.add(p);
    m_keychain.writeBlocking(id, QStringLiteral("prod-token"));

    ConnectionDialog dialog(&m_store, &m_vault);
    dialog.show();
    dialog.selectProfile(id);
    auto *storage = child<QComboBox>(dialog, "storageCombo");
    storage->setCurrentIndex(storage->findData(int(TokenStorage::File)));
    ASSERT_TRUE(dialog.save());
    ASSERT_TRUE(waitUntil([&]() { return dialog.pendingCredentialOperations() == 0; }, 5000));
    EXPECT_EQ(m_file.readBlocking(id).token, QStringLiteral("prod-token"));
    EXPECT_EQ(m_keychain.readBlocking(id).status, CredentialResult::Status::NotFound);
    EXPECT_EQ(m_store.profile(id)->tokenStorage, TokenStorage::File);
}

TEST_F(ConnectionDialogTest, TestConnectionShowsTheResultInWords)
{
    LoopbackHttpServer server;
    ASSERT_TRUE(server.listenLoopback());
    server.setResponse("/identity/job/stat", LoopbackHttpServer::json(200, R"({"results":[{"total":42.0}]})"));

    ConnectionDialog dialog(&m_store, &m_vault);
    dialog.show();
    child<QPushButton>(dialog, "addButton")->click();
    type(child<QLineEdit>(dialog, "urlEdit"), server.baseUrl().toString());
    type(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("loopback-token"));
    child<QPushButton>(dialog, "testButton")->click();
    ASSERT_TRUE(
        waitUntil([&]() { return label(dialog, "testResultLabel").startsWith(QLatin1String("Connected")); }, 10000))
        << label(dialog, "testResultLabel").toStdString();
    EXPECT_TRUE(label(dialog, "testResultLabel").contains(QLatin1String("42 jobs visible")));
    EXPECT_EQ(server.requests().constFirst().headers.value("authorization"), "Bearer loopback-token");
}

// The orange of a warning and the green of a good result are made for light themes; on a dark
// one they must still read (4.5:1 against the dialog's background).
TEST_F(ConnectionDialogTest, WarningsAndGoodResultsReadOnLightAndDarkPalettes)
{
    LoopbackHttpServer server;
    ASSERT_TRUE(server.listenLoopback());
    server.setResponse("/identity/job/stat", LoopbackHttpServer::json(200, R"({"results":[{"total":42.0}]})"));

    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    for (const QPalette &palette : { light, dark }) {
        const QColor background = palette.color(QPalette::Window);
        SCOPED_TRACE(background.name().toStdString());
        ConnectionDialog dialog(&m_store, &m_vault);
        dialog.setPalette(palette);
        dialog.show();
        child<QPushButton>(dialog, "addButton")->click();

        type(child<QLineEdit>(dialog, "urlEdit"), QStringLiteral("http://jobs.internal.example"));
        auto *warning = child<QLabel>(dialog, "plainHttpWarningLabel");
        ASSERT_FALSE(warning->text().isEmpty());
        const QColor warningColor = warning->palette().color(QPalette::WindowText);
        EXPECT_GE(Contrast::ratio(warningColor, background), Contrast::kMinimumRatio)
            << warningColor.name().toStdString();
        EXPECT_GT(warningColor.toHsl().hslSaturationF(), 0.3) << "still a colour, not grey";

        type(child<QLineEdit>(dialog, "urlEdit"), server.baseUrl().toString());
        type(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("loopback-token"));
        child<QPushButton>(dialog, "testButton")->click();
        ASSERT_TRUE(waitUntil([&]() { return label(dialog, "testResultLabel").startsWith(QLatin1String("Connected")); },
                              10000));
        const QColor good = child<QLabel>(dialog, "testResultLabel")->palette().color(QPalette::WindowText);
        EXPECT_GE(Contrast::ratio(good, background), Contrast::kMinimumRatio) << good.name().toStdString();
        EXPECT_NE(good, warningColor);
    }
}

// A test result speaks of the address and token it was tested with: editing either clears it,
// and switching to another connection too.
TEST_F(ConnectionDialogTest, EditingClearsAnOldTestResult)
{
    LoopbackHttpServer server;
    ASSERT_TRUE(server.listenLoopback());
    server.setResponse("/identity/job/stat", LoopbackHttpServer::json(200, R"({"results":[{"total":42.0}]})"));

    ConnectionDialog dialog(&m_store, &m_vault);
    dialog.show();
    child<QPushButton>(dialog, "addButton")->click();
    type(child<QLineEdit>(dialog, "urlEdit"), server.baseUrl().toString());
    type(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("loopback-token"));
    auto runTest = [&] {
        child<QPushButton>(dialog, "testButton")->click();
        return waitUntil([&]() { return label(dialog, "testResultLabel").startsWith(QLatin1String("Connected")); },
                         10000);
    };

    ASSERT_TRUE(runTest());
    type(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("another-token"));
    EXPECT_TRUE(label(dialog, "testResultLabel").isEmpty()) << label(dialog, "testResultLabel").toStdString();

    ASSERT_TRUE(runTest());
    type(child<QLineEdit>(dialog, "urlEdit"), server.baseUrl().toString() + QStringLiteral("/api"));
    EXPECT_TRUE(label(dialog, "testResultLabel").isEmpty()) << label(dialog, "testResultLabel").toStdString();

    type(child<QLineEdit>(dialog, "urlEdit"), server.baseUrl().toString());
    ASSERT_TRUE(runTest());
    child<QListWidget>(dialog, "profileList")->setCurrentRow(0); // the sandbox
    EXPECT_TRUE(label(dialog, "testResultLabel").isEmpty()) << label(dialog, "testResultLabel").toStdString();
}

// A test still running when the form changes is dropped: it would report on the old values.
TEST_F(ConnectionDialogTest, ATestOvertakenByAnEditIsDropped)
{
    LoopbackHttpServer server;
    ASSERT_TRUE(server.listenLoopback());
    LoopbackHttpServer::Response hang;
    hang.hang = true;
    server.setResponse("/identity/job/stat", hang);

    ConnectionDialog dialog(&m_store, &m_vault);
    dialog.show();
    child<QPushButton>(dialog, "addButton")->click();
    type(child<QLineEdit>(dialog, "urlEdit"), server.baseUrl().toString());
    type(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("loopback-token"));
    child<QPushButton>(dialog, "testButton")->click();
    ASSERT_FALSE(child<QPushButton>(dialog, "testButton")->isEnabled()) << "testing";
    ASSERT_TRUE(waitUntil([&] { return !server.requests().isEmpty(); }, 10000));
    type(child<QLineEdit>(dialog, "tokenEdit"), QStringLiteral("edited-while-testing"));
    EXPECT_TRUE(child<QPushButton>(dialog, "testButton")->isEnabled()) << "a new test can start at once";
    EXPECT_TRUE(label(dialog, "testResultLabel").isEmpty()) << label(dialog, "testResultLabel").toStdString();
}

TEST_F(ConnectionDialogTest, AccessibleNamesMnemonicsAndTabOrder)
{
    ConnectionDialog dialog(&m_store, &m_vault);
    dialog.show();
    const auto widgets = dialog.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QListWidget *>(w);
        if (!interactive || qobject_cast<QLineEdit *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        const auto *b = qobject_cast<QAbstractButton *>(w);
        EXPECT_FALSE(w->accessibleName().isEmpty() && (!b || b->text().isEmpty())) << w->objectName().toStdString();
    }

    // Mnemonics are unique across the dialog.
    QStringList keys;
    const auto collect = [&](const QString &text) {
        const int amp = int(text.indexOf(QLatin1Char('&')));
        if (amp >= 0 && amp + 1 < text.size())
            keys << text.at(amp + 1).toLower();
    };
    for (QLabel *l : dialog.findChildren<QLabel *>())
        collect(l->text());
    for (QAbstractButton *b : dialog.findChildren<QAbstractButton *>())
        collect(b->text());
    QStringList unique = keys;
    unique.removeDuplicates();
    EXPECT_EQ(unique.size(), keys.size()) << keys.join(QLatin1Char(',')).toStdString();
    EXPECT_GE(keys.size(), 18);

    // Tab goes list → buttons → fields, top to bottom.
    QStringList order;
    QWidget *w = child<QListWidget>(dialog, "profileList");
    for (int i = 0; i < 18 && w; ++i) {
        order << w->objectName();
        w = w->nextInFocusChain();
        while (w && (w->focusPolicy() & Qt::TabFocus) == 0)
            w = w->nextInFocusChain();
    }
    const QStringList expected{ QStringLiteral("profileList"),     QStringLiteral("addButton"),
                                QStringLiteral("duplicateButton"), QStringLiteral("removeButton"),
                                QStringLiteral("importButton"),    QStringLiteral("nameEdit"),
                                QStringLiteral("urlEdit"),         QStringLiteral("pathStyleCombo"),
                                QStringLiteral("workspaceEdit"),   QStringLiteral("pollSpin") };
    EXPECT_EQ(order.mid(0, expected.size()), expected) << order.join(QLatin1Char(',')).toStdString();
}

TEST_F(ConnectionDialogTest, SavingKeepsFiltersAndSandboxAddressSetMeanwhile)
{
    ConnectionDialog dialog(&m_store, &m_vault);
    dialog.show();
    // While the dialog is open the app moves the sandbox and the main window saves a filter.
    ConnectionProfile sandbox = *m_store.profile(ProfileStore::sandboxId());
    sandbox.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:45678"));
    ASSERT_TRUE(m_store.update(sandbox));
    const QJsonObject filter{ { QStringLiteral("text"), QStringLiteral("aws") } };
    ASSERT_TRUE(m_store.setFilterState(ProfileStore::sandboxId(), filter));

    child<QSpinBox>(dialog, "pollSpin")->setValue(20);
    ASSERT_TRUE(dialog.save());
    const ConnectionProfile saved = *m_store.profile(ProfileStore::sandboxId());
    EXPECT_EQ(saved.pollIntervalMs, 20000);
    EXPECT_EQ(saved.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:45678")));
    EXPECT_EQ(saved.filterState, filter);
}
