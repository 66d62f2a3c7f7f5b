// SPDX-License-Identifier: MIT
#pragma once

#include "connect/connectionprofile.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <memory>

namespace Ui {
class ConnectionDialog;
}
class ConnectionTester;
class CredentialVault;
class ProfileStore;
class QLabel;
class QPushButton;
struct ConnectionTestResult;

// Manages connection profiles: add, edit, duplicate, remove, import from spacectl, paste a token
// (decoded live to show role, scope and expiry), choose where it is stored, and test the
// connection. Edits stay in the dialog until Save or Connect; Cancel throws them away. Connect
// also makes the selected profile current and closes once its token is stored.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    // Neither pointer is owned; both must outlive the dialog.
    ConnectionDialog(ProfileStore *profiles, CredentialVault *credentials, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // spacectl's configuration folder; ~/.spaceone unless set (tests use a fixture folder).
    void setSpacectlDirectory(const QString &directory) { m_spacectlDirectory = directory; }

    // The id of the selected profile; a temporary id for one not saved yet.
    QString selectedProfileId() const;
    bool selectProfile(const QString &id);
    bool hasUnsavedChanges() const;
    int pendingCredentialOperations() const { return m_pendingCredentialOps; }

    // Validates every profile and writes them to the store; token writes continue in the
    // background (see pendingCredentialOperations). False, with the reason shown, when a profile
    // is invalid.
    bool save();
    // Adds an unsaved profile from one spacectl environment; false with the reason shown.
    bool importSpacectlEnvironment(const QString &name);

    void accept() override;

private:
    struct Entry
    {
        ConnectionProfile profile;
        QString token;
        bool isNew = false;
        bool tokenLoaded = false;
        bool tokenEdited = false;
        bool tokenLoading = false;
        TokenStorage savedStorage = TokenStorage::Keychain; // where the stored token lives now
        QString urlNote; // why the URL is a guess, after an import
    };
    enum class Tone { Plain, Warning, Good };

    int currentRow() const;
    int rowOf(const QString &id) const;
    void populateList();
    void refreshListItem(int row);
    void showEntry(int row);
    void readForm();
    void forgetTestResult();
    void onFormEdited();
    void onTokenEdited(const QString &text);
    void updateDerived();
    void updateTokenInfo();
    void updateTransportNote();
    void updateStorageNote();
    void updateUrlNote();
    QString problemOf(int row) const;
    QString uniqueWorkingName(const QString &base, int exceptRow = -1) const;
    void loadToken(int row);
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void importFromSpacectl();
    void browseCaBundle();
    void testConnection();
    void showTestResult(const ConnectionTestResult &result);
    void saveTokens();
    void credentialOpStarted();
    void credentialOpFinished(const QString &error);
    void setNote(QLabel *label, const QString &text, Tone tone = Tone::Plain);
    void setStatus(const QString &text, Tone tone = Tone::Plain);
    QString newTemporaryId();

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ProfileStore *m_profiles;
    CredentialVault *m_credentials;
    ConnectionTester *m_tester;
    QPushButton *m_saveButton;
    QPushButton *m_connectButton;
    QList<Entry> m_entries;
    QList<Entry> m_removed;
    QString m_spacectlDirectory;
    QStringList m_credentialErrors;
    int m_pendingCredentialOps = 0;
    int m_nextTemporaryId = 1;
    bool m_loading = false;
    bool m_closeWhenStored = false;
};
