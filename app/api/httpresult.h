// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <memory>

// One problem with the certificate a server sent, in words.
struct TlsProblem
{
    QString error;
    bool namesCertificate = false; // the problem concerns a certificate, named below
    QString subject; // display names of that certificate
    QString issuer;
};

// What one HTTP exchange on the transport thread ended with: everything the client needs of the
// network reply, which stays on that thread.
struct HttpResult
{
    int status = 0; // the HTTP status code, 0 when none arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray contentType;
    QByteArray body;
    QUrl redirectTarget; // a redirect not followed: where to, resolved against the request
    QList<TlsProblem> tlsProblems; // in the order the handshake met them, the leaf's first
    // The first certificate a problem names, with its validity and fingerprint, for a person
    // to compare with the server's administrator.
    QString certificateDetails;
    qint64 bytesReceived = 0;
    // The announced or received size passed the cap: the transfer was stopped, body is empty.
    bool tooLarge = false;
    // What the request's decoder made of a 2xx body, on the transport thread; the body is
    // dropped then.
    std::shared_ptr<void> decoded;
};
