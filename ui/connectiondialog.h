// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofilelist.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <memory>

namespace Ui {
class ConnectionDialog;
}
class ConnectionTester;
class ConnectionTokenEditor;
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
    int pendingCredentialOperations() const;

    // Validates every profile and writes them to the store; token writes continue in the
    // background (see pendingCredentialOperations). False, with the reason shown, when a profile
    // is invalid.
    bool save();
    // Adds an unsaved profile from one spacectl environment; false with the reason shown.
    bool importSpacectlEnvironment(const QString &name);

    void accept() override;

private:
    enum class Tone { Plain, Warning, Good };

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
    void addEntry(const ConnectionProfileList::Entry &entry, const QString &token, bool tokenEdited);
    void addProfile();
    void duplicateProfile();
    void removeProfile();
    void importFromSpacectl();
    void browseCaBundle();
    void testConnection();
    void showTestResult(const ConnectionTestResult &result);
    void tokensStored(const QStringList &errors);
    void setNote(QLabel *label, const QString &text, Tone tone = Tone::Plain);
    void setStatus(const QString &text, Tone tone = Tone::Plain);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ProfileStore *m_profiles;
    CredentialVault *m_credentials;
    ConnectionTester *m_tester;
    QPushButton *m_saveButton;
    QPushButton *m_connectButton;
    std::unique_ptr<ConnectionProfileList> m_list;
    std::unique_ptr<ConnectionTokenEditor> m_tokens;
    QString m_spacectlDirectory;
    bool m_loading = false;
    bool m_closeWhenStored = false;
};
