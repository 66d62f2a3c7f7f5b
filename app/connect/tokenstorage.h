// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Where a connection's token lives. Never in the settings file: that one is plain text, gets
// copied into backups and bug reports, and has no access control of its own.
enum class TokenStorage {
    Keychain, // the system secret store (Secret Service, KWallet, macOS Keychain, Windows Credential Manager)
    Session, // memory only, gone when the app quits
    File, // a file readable only by the user, chosen explicitly
};

namespace TokenStorages {
QString toKey(TokenStorage storage);
// Unknown text falls back to the keychain, the safe default.
TokenStorage fromKey(const QString &key);
QString label(TokenStorage storage);
} // namespace TokenStorages
