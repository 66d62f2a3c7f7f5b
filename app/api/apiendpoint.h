// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// Where the Job API lives. Console: {base}/identity/job/<verb>, what console-api-v2
// deployments serve. V2: {base}/identity/v2/job/<verb>, the grpc-gateway form from the proto.
enum class PathStyle { Console, V2 };

struct ApiEndpoint
{
    QUrl baseUrl;
    PathStyle pathStyle = PathStyle::Console;
    QString token;
    int timeoutMs = 30000;
    QList<QSslCertificate> caCertificates; // extra trusted CAs for private deployments
};
