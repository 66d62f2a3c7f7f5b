// SPDX-License-Identifier: MIT
#include "resourcegroup.h"

#include <QCoreApplication>

namespace ResourceGroups {

ResourceGroup fromWire(const QString &name)
{
    if (name.isEmpty())
        return ResourceGroup::None;
    if (name == QLatin1String("DOMAIN"))
        return ResourceGroup::Domain;
    if (name == QLatin1String("WORKSPACE"))
        return ResourceGroup::Workspace;
    return ResourceGroup::Unknown;
}

QString toWire(ResourceGroup group)
{
    switch (group) {
    case ResourceGroup::Domain:
        return QStringLiteral("DOMAIN");
    case ResourceGroup::Workspace:
        return QStringLiteral("WORKSPACE");
    case ResourceGroup::None:
    case ResourceGroup::Unknown:
        break;
    }
    return {};
}

QString label(ResourceGroup group)
{
    switch (group) {
    case ResourceGroup::Domain:
        return QCoreApplication::translate("ResourceGroup", "Domain");
    case ResourceGroup::Workspace:
        return QCoreApplication::translate("ResourceGroup", "Workspace");
    case ResourceGroup::None:
        return {};
    case ResourceGroup::Unknown:
        break;
    }
    return QCoreApplication::translate("ResourceGroup", "Unknown");
}

} // namespace ResourceGroups
