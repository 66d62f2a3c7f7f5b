// SPDX-License-Identifier: MIT
#pragma once

#include "jobapireply.h"

#include <QList>
#include <QString>

// One row of a directory listing: an id with the name the server gives it.
struct DirectoryEntry
{
    QString id;
    QString name;
    QString provider; // trusted accounts and plugins: "aws", "google_cloud", ...
};

// POST .../<resource>/list of a directory resource (workspaces, trusted accounts, plugins):
// the ids and names it answered, other fields dropped.
class DirectoryListReply final : public JobApiReply
{
    Q_OBJECT

public:
    const QList<DirectoryEntry> &entries() const { return m_entries; }

    // The id field of a directory resource: "workspace_id", "trusted_account_id", "plugin_id".
    static QString idField(ApiResource resource);
    // Decodes {"results":[...]} (absent when empty: defaults are omitted). Rows without an id
    // are skipped; a body that is not such an object fails with `error` set.
    static bool decode(const QByteArray &body, ApiResource resource, QList<DirectoryEntry> *entries, QString *error);

private:
    friend class JobApiClient;
    DirectoryListReply(ApiResource resource, quint64 generation, JobApiClient *client);

    QList<DirectoryEntry> m_entries;
};
