// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace sandbox {

// One request the sandbox received, as tests of other parts want to see it ("exactly these
// job ids were deleted", "the filter reached the server").
struct RecordedRequest
{
    QDateTime receivedAt; // UTC
    QString method; // "POST", "GET", ...
    QString path; // "/identity/job/delete"
    QString verb; // "list", "get", "delete", "stat"; empty for other paths
    QJsonValue body = QJsonValue(QJsonValue::Undefined); // the parsed JSON body; Undefined when not JSON or cut
    QByteArray rawBody; // at most RequestLog::kBodyPrefixBytes of it
    qint64 rawBodyBytes = 0; // the whole body's size
    qint64 requestHeaderBytes = 0; // request line and headers, about as sent
    QString token; // the bearer token, if any
    int status = 0; // HTTP status sent; 0 when the connection was dropped or lost
    qint64 bytesSent = 0; // bytes written to the socket (status line, headers, body)
    qint64 bodyBytes = 0; // body bytes written
    // "", "error500", "error503", "truncate", "malformed", "drop"; "refused" when a limit
    // (body size, header size, a slow client) turned the request away before it was read
    QString fault;
    QString deletedJobId; // the job a successful delete removed
};

} // namespace sandbox
