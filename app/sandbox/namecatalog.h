// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jobrecord.h"
#include "sandbox/jobsimulator.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace sandbox {

// The names administrators know workspaces, trusted accounts and plugins by, for exactly the
// ids the jobs use. Generated from the seed alone, so a restart serves the same names, and made
// to be awkward the way real directories are: non-ASCII and long names, the same account name
// in two workspaces, a disabled workspace, and one deleted account whose old jobs remain.
class NameCatalog
{
public:
    struct Workspace
    {
        QString workspaceId;
        QString name;
        QString state; // ENABLED or DISABLED
        QString createdAt;
    };
    struct TrustedAccount
    {
        QString trustedAccountId;
        QString name;
        QString provider;
        QString resourceGroup; // DOMAIN or WORKSPACE
        QString workspaceId; // "*" for DOMAIN accounts
        QString createdAt;
        bool deleted = false; // listed by nobody; its id lives on in old jobs
    };
    struct Plugin
    {
        QString pluginId;
        QString name;
        QString image;
        QString provider;
    };

    NameCatalog() = default;
    // The directory of a simulated world: its workspaces, accounts and collector plugins.
    NameCatalog(const QStringList &workspaceIds, const QVector<JobSimulator::Account> &accounts, quint32 seed);
    // The directory behind served data: every workspace, account and plugin its jobs name.
    static NameCatalog fromJobs(const QVector<JobRecord> &jobs, const QStringList &workspaceIds, quint32 seed);

    const QVector<Workspace> &workspaces() const { return m_workspaces; }
    const QVector<TrustedAccount> &trustedAccounts() const { return m_accounts; }
    const QVector<Plugin> &plugins() const { return m_plugins; }
    // The account with this id (deleted ones included), or nullptr.
    const TrustedAccount *trustedAccount(const QString &trustedAccountId) const;

private:
    void nameWorkspaces(const QStringList &workspaceIds, quint32 seed);
    void nameAccounts(const QVector<JobSimulator::Account> &accounts, quint32 seed);
    void nameDuplicatePair();
    void addPlugin(const QString &pluginId, const QString &provider);

    QVector<Workspace> m_workspaces;
    QVector<TrustedAccount> m_accounts;
    QVector<Plugin> m_plugins;
};

} // namespace sandbox
