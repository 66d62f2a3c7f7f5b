// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QByteArray>
#include <QString>
#include <QUrl>

// Which URL layout the server speaks. Deployments serve the console-api-v2 gateway's
// three-segment paths; the v2 paths exist only in the proto's HTTP annotations and in a
// grpc-gateway that none of the published charts deploy.
enum class PathStyle {
    Console, // {base}/identity/job/<verb>
    V2, // {base}/identity/v2/job/<verb>
};

// The resources the client calls. Console paths are {base}/<service>/<resource>/<verb>; the seed
// (grpc-gateway) style puts the service's API version after the service: identity is v2,
// repository v1.
enum class ApiResource {
    Job, // identity/job
    Workspace, // identity/workspace
    TrustedAccount, // identity/trusted-account
    Plugin, // repository/plugin
};

// Where and as whom to talk to one SpaceONE deployment.
struct ApiEndpoint
{
    QUrl baseUrl; // e.g. https://console-v2.api.example.com, may carry a path prefix
    PathStyle pathStyle = PathStyle::Console;
    QString token; // access token or API key; never logged, never shown
    int timeoutMs = 30000;
    QList<QByteArray> caCertificates; // DER of extra trusted CAs, for private deployments

    // A base URL the client can use: http or https with a host.
    bool isValid() const;
    // The full URL of one Job verb ("list", "get", "delete", "stat").
    QUrl urlFor(const QString &verb) const { return urlFor(ApiResource::Job, verb); }
    // The full URL of one verb of `resource`.
    QUrl urlFor(ApiResource resource, const QString &verb) const;

    static QString pathStyleName(PathStyle style);
    // Accepts "console" and "v2" (case-insensitive).
    static bool parsePathStyle(const QString &name, PathStyle *style);
};
