// SPDX-License-Identifier: MIT
#include "connectiontokeneditor.h"

#include "ui_connectiondialog.h"

#include "connect/credentialvault.h"
#include "connect/filecredentialstore.h"
#include "connect/tokeninfo.h"

#include <QDateTime>

#include <utility>

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
} // namespace

ConnectionTokenEditor::ConnectionTokenEditor(Ui::ConnectionDialog *form, QWidget *dialog, CredentialVault *credentials,
                                             ShowNote showNote, Stored stored)
    : m_form(form)
    , m_dialog(dialog)
    , m_credentials(credentials)
    , m_showNote(std::move(showNote))
    , m_stored(std::move(stored))
{
    QObject::connect(m_form->showTokenCheck, &QCheckBox::toggled, m_dialog, [edit = m_form->tokenEdit](bool show) {
        edit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
}

void ConnectionTokenEditor::addSaved(const QString &profileId, TokenStorage storage)
{
    Token token;
    token.savedStorage = storage;
    m_tokens.insert(profileId, token);
}

void ConnectionTokenEditor::addUnsaved(const QString &profileId, TokenStorage storage, const QString &text, bool edited)
{
    Token token;
    token.text = text;
    token.loaded = true;
    token.edited = edited;
    token.savedStorage = storage;
    m_tokens.insert(profileId, token);
}

void ConnectionTokenEditor::remove(const QString &profileId, bool saved)
{
    const Token token = m_tokens.take(profileId);
    if (saved)
        m_removed.insert(profileId, token.savedStorage);
}

void ConnectionTokenEditor::rename(const QString &from, const QString &to)
{
    m_tokens.insert(to, m_tokens.take(from));
    if (m_shown.id == from)
        m_shown.id = to;
}

bool ConnectionTokenEditor::hasChanges(const QString &profileId, TokenStorage chosen) const
{
    const Token token = m_tokens.value(profileId);
    return token.edited || chosen != token.savedStorage;
}

void ConnectionTokenEditor::show(const ConnectionProfile &profile)
{
    m_shown = profile;
    m_form->tokenEdit->setText(token(profile.id));
    m_form->showTokenCheck->setChecked(false);
    load(profile.id);
}

void ConnectionTokenEditor::edit(const QString &profileId, const QString &text)
{
    Token &token = m_tokens[profileId];
    token.text = text.trimmed();
    token.edited = true;
    token.loaded = true;
}

void ConnectionTokenEditor::load(const QString &profileId)
{
    Token &token = m_tokens[profileId];
    if (token.loaded || token.edited || token.loading)
        return;
    token.loading = true;
    m_credentials->storeFor(m_credentials->effectiveStorage(token.savedStorage))
        ->read(profileId, m_dialog, [this, profileId](const CredentialResult &result) { loaded(profileId, result); });
    updateInfo(m_shown);
}

void ConnectionTokenEditor::loaded(const QString &profileId, const CredentialResult &result)
{
    const auto it = m_tokens.find(profileId);
    if (it == m_tokens.end())
        return;
    it->loading = false;
    if (it->edited)
        return; // the user typed a new one meanwhile; theirs wins
    it->loaded = true;
    it->text = result.isOk() ? result.token : QString();
    if (profileId != m_shown.id)
        return;
    m_form->tokenEdit->setText(it->text);
    updateInfo(m_shown);
    if (result.status == CredentialResult::Status::Failed || result.status == CredentialResult::Status::Unavailable)
        m_showNote(m_form->tokenWarningLabel, tr("The stored token could not be read: %1").arg(result.message), true);
}

void ConnectionTokenEditor::updateInfo(const ConnectionProfile &profile)
{
    m_shown = profile;
    const Token token = m_tokens.value(profile.id);
    if (token.loading && !token.edited) {
        m_showNote(m_form->tokenInfoLabel, tr("Reading the stored token…"), false);
        m_showNote(m_form->tokenWarningLabel, {}, false);
        return;
    }
    const TokenInfo info = TokenInfo::fromToken(token.text);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (info.isEmpty()) {
        m_showNote(m_form->tokenInfoLabel,
                   profile.isBuiltInSandbox ? tr("No token needed for the local sandbox.")
                                            : tr("No token. Paste an API key or access token."),
                   false);
        m_showNote(m_form->tokenWarningLabel, {}, false);
        return;
    }
    QString text = info.summary(now);
    if (info.isDecoded())
        text += QLatin1Char('\n') + (info.canDelete() ? tr("This role may delete jobs.") : info.deleteRefusalReason());
    m_showNote(m_form->tokenInfoLabel, text, false);

    QStringList warnings;
    const QString expiry = info.expiryWarning(now);
    if (!expiry.isEmpty())
        warnings << expiry;
    if (!info.workspaceId().isEmpty() && !profile.workspaceId.isEmpty() && info.workspaceId() != profile.workspaceId)
        warnings << tr("The token belongs to workspace %1, so jobs of workspace %2 will not be visible.")
                        .arg(info.workspaceId(), profile.workspaceId);
    m_showNote(m_form->tokenWarningLabel, warnings.join(QLatin1Char('\n')),
               info.expiresWithin(kDayMs, now) || warnings.size() > 0);
}

void ConnectionTokenEditor::updateStorageNote(TokenStorage chosen)
{
    switch (chosen) {
    case TokenStorage::Keychain:
        if (m_credentials->isKeychainAvailable())
            m_showNote(m_form->storageNoteLabel, tr("Kept in the system keychain, never in the settings file."), false);
        else
            m_showNote(m_form->storageNoteLabel,
                       tr("%1 The token is kept for this session only; choose a file to keep it across restarts.")
                           .arg(m_credentials->keychainProblem()),
                       true);
        return;
    case TokenStorage::Session:
        m_showNote(m_form->storageNoteLabel, tr("The token is forgotten when the app quits."), false);
        return;
    case TokenStorage::File:
        break;
    }
    const auto *file = qobject_cast<const FileCredentialStore *>(m_credentials->storeFor(TokenStorage::File));
    m_showNote(m_form->storageNoteLabel,
               FileCredentialStore::warningText(file ? file->path() : FileCredentialStore::defaultPath()), true);
}

void ConnectionTokenEditor::store(const ConnectionProfile &profile)
{
    const auto finished = [this](const CredentialResult &r) { operationFinished(r); };
    Token &token = m_tokens[profile.id];
    const TokenStorage target = profile.tokenStorage;
    const TokenStorage previous = token.savedStorage;
    const bool moved = target != previous;
    if (token.edited || (moved && token.loaded)) {
        operationStarted();
        if (token.text.isEmpty())
            m_credentials->removeFrom(target, profile.id, m_dialog, finished);
        else
            m_credentials->writeTo(target, profile.id, token.text, m_dialog, finished);
        if (moved) {
            operationStarted();
            m_credentials->removeFrom(previous, profile.id, m_dialog, finished);
        }
    } else if (moved) {
        move(profile.id, previous, target);
    }
    token.edited = false;
    token.savedStorage = target;
}

void ConnectionTokenEditor::move(const QString &profileId, TokenStorage from, TokenStorage to)
{
    // Not read yet: fetch it from where it is, store it where it should be, and only then remove
    // the old copy, so a failure never loses the token.
    const auto finished = [this](const CredentialResult &r) { operationFinished(r); };
    operationStarted();
    m_credentials->storeFor(m_credentials->effectiveStorage(from))
        ->read(profileId, m_dialog, [this, profileId, from, to, finished](const CredentialResult &read) {
            if (read.isOk() && !read.token.isEmpty()) {
                operationStarted();
                m_credentials->writeTo(to, profileId, read.token, m_dialog,
                                       [this, profileId, from, finished](const CredentialResult &written) {
                                           if (written.isOk()) {
                                               operationStarted();
                                               m_credentials->removeFrom(from, profileId, m_dialog, finished);
                                           }
                                           finished(written);
                                       });
            }
            finished(read.status == CredentialResult::Status::NotFound ? CredentialResult::ok() : read);
        });
}

void ConnectionTokenEditor::removeStored(const QString &profileId)
{
    const auto it = m_removed.find(profileId);
    if (it == m_removed.end())
        return;
    const TokenStorage storage = *it;
    m_removed.erase(it);
    operationStarted();
    m_credentials->removeFrom(storage, profileId, m_dialog,
                              [this](const CredentialResult &r) { operationFinished(r); });
}

void ConnectionTokenEditor::operationStarted()
{
    ++m_pendingOperations;
}

void ConnectionTokenEditor::operationFinished(const CredentialResult &result)
{
    if (!result.isOk() && !result.message.isEmpty())
        m_errors << result.message;
    if (--m_pendingOperations > 0)
        return;
    m_errors.removeDuplicates();
    const QStringList errors = std::exchange(m_errors, {});
    m_stored(errors);
}
