// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Scope of the trusted account a job syncs. DOMAIN jobs carry workspace_id "*".
enum class ResourceGroup : quint8 {
    None, // absent on the wire (proto default RESOURCE_GROUP_NONE)
    Domain,
    Workspace,
    Unknown, // any other text; the raw value is kept on the job
};

namespace ResourceGroups {
ResourceGroup fromWire(const QString &name);
QString toWire(ResourceGroup group);
QString label(ResourceGroup group);
} // namespace ResourceGroups
