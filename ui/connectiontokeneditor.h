// SPDX-License-Identifier: MIT
#pragma once

#include "connect/connectionprofile.h"
#include "connect/credentialresult.h"
#include "connect/tokenstorage.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace Ui {
class ConnectionDialog;
}
class CredentialVault;
class QLabel;
class QWidget;

// The token part of the connection dialog: each profile's token as edited, read from the
// credential vault when its profile is first shown and written back on save, moved when the
// profile's storage changes; and what the form says about it (role, scope, expiry) and about
// where it is stored. Its texts are the dialog's, in the dialog's translation context.
class ConnectionTokenEditor final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionDialog)
    Q_DISABLE_COPY_MOVE(ConnectionTokenEditor)

public:
    // Shows a note under a field, plain or as a warning; empty text hides it.
    using ShowNote = std::function<void(QLabel *label, const QString &text, bool warning)>;
    // Every token write begun so far has finished; `errors` says why some failed.
    using Stored = std::function<void(const QStringList &errors)>;

    // `dialog` owns the form and guards the vault's callbacks; it, the form and the vault must
    // outlive the editor.
    ConnectionTokenEditor(Ui::ConnectionDialog *form, QWidget *dialog, CredentialVault *credentials, ShowNote showNote,
                          Stored stored);

    // A saved profile's token, read from `storage` when the profile is first shown.
    void addSaved(const QString &profileId, TokenStorage storage);
    // An unsaved profile's token; an `edited` one is written on save, even when empty.
    void addUnsaved(const QString &profileId, TokenStorage storage, const QString &token, bool edited);
    // Forgets the token; a saved profile's stored copy is removed on save (removeStored).
    void remove(const QString &profileId, bool saved);
    // Save gave an unsaved profile its id.
    void rename(const QString &from, const QString &to);

    QString token(const QString &profileId) const { return m_tokens.value(profileId).text; }
    bool hasChanges(const QString &profileId, TokenStorage chosen) const;

    void show(const ConnectionProfile &profile);
    void edit(const QString &profileId, const QString &text);
    void updateInfo(const ConnectionProfile &profile);
    void updateStorageNote(TokenStorage chosen);

    // Writes the profile's token where the profile now keeps it, and removes the old copy when
    // that moved; writes continue in the background (see pendingOperations).
    void store(const ConnectionProfile &profile);
    void removeStored(const QString &profileId);
    int pendingOperations() const { return m_pendingOperations; }

private:
    struct Token
    {
        QString text;
        bool loaded = false;
        bool edited = false;
        bool loading = false;
        TokenStorage savedStorage = TokenStorage::Keychain; // where the stored token lives now
    };

    void load(const QString &profileId);
    void loaded(const QString &profileId, const CredentialResult &result);
    void move(const QString &profileId, TokenStorage from, TokenStorage to);
    void operationStarted();
    void operationFinished(const CredentialResult &result);

    Ui::ConnectionDialog *m_form;
    QWidget *m_dialog;
    CredentialVault *m_credentials;
    ShowNote m_showNote;
    Stored m_stored;
    QHash<QString, Token> m_tokens;
    QHash<QString, TokenStorage> m_removed;
    ConnectionProfile m_shown;
    QStringList m_errors;
    int m_pendingOperations = 0;
};
