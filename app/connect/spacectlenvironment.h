// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QString>
#include <QUrl>

// One spacectl environment (~/.spaceone/environments/<name>.yml) as read for import.
struct SpacectlEnvironment
{
    QString name;
    QString apiKey; // a secret: never log or show it
    QMap<QString, QString>
        endpoints; // service -> gRPC address, e.g. identity -> grpc+ssl://identity.api.example.com:443
    bool isCurrent = false; // named in ~/.spaceone/environment.yml

    // spacectl speaks gRPC to each service; this app needs console-api-v2's REST address, which
    // spacectl does not know. So it is proposed, and flagged when guessed.
    QUrl proposedBaseUrl; // empty when nothing sensible could be guessed
    bool baseUrlIsGuess = true;
    QString baseUrlNote; // how the proposal came about, for a person
};
