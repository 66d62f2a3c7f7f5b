// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace sandbox {

// The role types a SpaceONE token carries in its `rol` claim that the Job API accepts.
enum class Role { DomainAdmin, WorkspaceOwner, WorkspaceMember };

// "DOMAIN_ADMIN", "WORKSPACE_OWNER", "WORKSPACE_MEMBER".
inline QString roleName(Role role)
{
    switch (role) {
    case Role::DomainAdmin:
        return QStringLiteral("DOMAIN_ADMIN");
    case Role::WorkspaceOwner:
        return QStringLiteral("WORKSPACE_OWNER");
    case Role::WorkspaceMember:
        return QStringLiteral("WORKSPACE_MEMBER");
    }
    return {};
}

inline std::optional<Role> roleFromName(const QString &name)
{
    if (name == u"DOMAIN_ADMIN")
        return Role::DomainAdmin;
    if (name == u"WORKSPACE_OWNER")
        return Role::WorkspaceOwner;
    if (name == u"WORKSPACE_MEMBER")
        return Role::WorkspaceMember;
    return std::nullopt;
}

} // namespace sandbox
