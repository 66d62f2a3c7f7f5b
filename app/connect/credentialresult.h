// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

// The outcome of one credential store operation. `message` is for a person and never contains
// the token.
struct CredentialResult
{
    enum class Status {
        Ok,
        NotFound, // nothing stored for that profile: not an error, the user just has not set a token
        Unavailable, // the store cannot work here (no secret service, ...): try another store
        Failed, // the store works but refused or broke (access denied, bad file permissions, ...)
    };

    Status status = Status::Ok;
    QString token; // reads only
    QString message;

    bool isOk() const { return status == Status::Ok; }

    static CredentialResult ok(const QString &token = {}) { return { Status::Ok, token, {} }; }
    static CredentialResult notFound() { return { Status::NotFound, {}, {} }; }
    static CredentialResult unavailable(const QString &message) { return { Status::Unavailable, {}, message }; }
    static CredentialResult failed(const QString &message) { return { Status::Failed, {}, message }; }
};

Q_DECLARE_METATYPE(CredentialResult)
