// SPDX-License-Identifier: MIT
#include "jobnames.h"

#include "job.h"

JobNames JobNames::from(const NameDirectory *directory)
{
    if (!directory)
        return {};
    return { [directory](NameDirectory::Kind kind, const QString &id) { return directory->name(kind, id); } };
}

QString JobNames::name(NameDirectory::Kind kind, const QString &id) const
{
    return lookup && !id.isEmpty() ? lookup(kind, id) : QString();
}

QString JobNames::workspace(const Job &job) const
{
    return name(NameDirectory::Kind::Workspace, job.workspaceId);
}

QString JobNames::trustedAccount(const Job &job) const
{
    return name(NameDirectory::Kind::TrustedAccount, job.trustedAccountId);
}

QString JobNames::plugin(const Job &job) const
{
    return name(NameDirectory::Kind::Plugin, job.pluginId);
}
