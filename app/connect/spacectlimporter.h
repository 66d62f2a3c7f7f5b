// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"
#include "spacectlenvironment.h"

#include <QString>
#include <QStringList>

// Reads the SpaceONE command-line tool's configuration so a user can start from what spacectl
// already knows: the environment name and its API key. Read only: importing never changes the
// spacectl files, and a broken file yields an error and no data, so nothing half-read reaches
// the profiles.
class SpacectlImporter final
{
public:
    // `directory` is spacectl's configuration folder, normally ~/.spaceone.
    explicit SpacectlImporter(const QString &directory);

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // Environment names found under environments/, sorted; empty with `error` set when the
    // folder is missing.
    QStringList environmentNames(QString *error = nullptr) const;
    // The name in environment.yml; empty when the file is missing. A damaged file sets `error`.
    QString currentEnvironment(QString *error = nullptr) const;
    bool load(const QString &name, SpacectlEnvironment *environment, QString *error) const;

    // Fills name, URL (flagged when guessed) and path style. The key goes to a credential
    // store, never into the profile.
    static ConnectionProfile toProfile(const SpacectlEnvironment &environment);
    // Proposes console-api-v2's URL from spacectl's endpoints; see SpacectlEnvironment.
    static void proposeBaseUrl(SpacectlEnvironment *environment);
    // grpc+ssl://identity.api.example.com:443 -> https://console-v2.api.example.com;
    // a loopback address -> http://127.0.0.1:8082 (console-api-v2's local development port).
    static QUrl guessConsoleUrl(const QString &grpcEndpoint, QString *note = nullptr);

private:
    QString environmentPath(const QString &name) const;

    QString m_directory;
};
