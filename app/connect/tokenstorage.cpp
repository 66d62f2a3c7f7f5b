// SPDX-License-Identifier: MIT
#include "tokenstorage.h"

#include <QCoreApplication>

namespace TokenStorages {

QString toKey(TokenStorage storage)
{
    switch (storage) {
    case TokenStorage::Keychain:
        break;
    case TokenStorage::Session:
        return QStringLiteral("session");
    case TokenStorage::File:
        return QStringLiteral("file");
    }
    return QStringLiteral("keychain");
}

TokenStorage fromKey(const QString &key)
{
    if (key == QLatin1String("session"))
        return TokenStorage::Session;
    if (key == QLatin1String("file"))
        return TokenStorage::File;
    return TokenStorage::Keychain;
}

QString label(TokenStorage storage)
{
    switch (storage) {
    case TokenStorage::Keychain:
        break;
    case TokenStorage::Session:
        return QCoreApplication::translate("TokenStorage", "This session only");
    case TokenStorage::File:
        return QCoreApplication::translate("TokenStorage", "File readable only by you");
    }
    return QCoreApplication::translate("TokenStorage", "System keychain");
}

} // namespace TokenStorages
