// SPDX-License-Identifier: MIT
#pragma once

#include "credentialstore.h"

#include <QHash>

// Tokens in one JSON file that only the user may read (mode 0600), for machines without a
// system keychain where the user still wants tokens to survive a restart. The user must choose
// it explicitly: the file is not encrypted, so anyone who can act as the user, or read their
// backups, can read the tokens.
class FileCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileCredentialStore)

public:
    explicit FileCredentialStore(const QString &path, QObject *parent = nullptr);

    void read(const QString &profileId, QObject *context, Callback done) override;
    void write(const QString &profileId, const QString &token, QObject *context, Callback done) override;
    void remove(const QString &profileId, QObject *context, Callback done) override;
    QString description() const override;

    QString path() const { return m_path; }
    // <app data dir>/credentials.json: next to, but never inside, the settings file.
    static QString defaultPath();
    // The warning the UI shows before the user picks this store.
    static QString warningText(const QString &path);

private:
    // Loads every token; fails (without touching the file) when it is readable by others,
    // owned by someone else, or not the format this store writes.
    CredentialResult load(QHash<QString, QString> *tokens) const;
    CredentialResult save(const QHash<QString, QString> &tokens) const;

    QString m_path;
};
