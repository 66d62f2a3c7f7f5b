// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

#include <memory>

// What one HTTP exchange on the transport thread ended with: everything the client needs of the
// QNetworkReply, which stays on that thread.
struct HttpResult
{
    int status = 0; // the HTTP status code, 0 when none arrived
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray contentType;
    QByteArray body;
    QList<QSslError> sslErrors;
    qint64 bytesReceived = 0;
    // The announced or received size passed the cap: the transfer was stopped, body is empty.
    bool tooLarge = false;
    // What the request's decoder made of a 2xx body, on the transport thread; the body is
    // dropped then.
    std::shared_ptr<void> decoded;
};
