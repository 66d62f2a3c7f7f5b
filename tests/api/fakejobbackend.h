// SPDX-License-Identifier: MIT
#pragma once

#include "fakehttpserver.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// A tiny in-test imitation of the gateway's Job endpoints over a list of JobInfo objects kept
// newest first: eq/in filters and top-level ids, 1-based paging, stat group-by-count and
// distinct, get and delete with the real error bodies, and the omitted-default JSON quirks
// ({} for an empty page, counts as 42.0).
class FakeJobBackend
{
public:
    QList<QJsonObject> jobs;
    QString requiredToken; // empty: any or no token is accepted
    int listDelayMs = 0;
    int statDelayMs = 0;

    FakeResponse handle(const RecordedRequest &request);
    FakeHttpServer::Handler handler()
    {
        return [this](const RecordedRequest &r) { return handle(r); };
    }

    // job-000000000007, created `index` minutes before 2024-06-18T10:00:00Z.
    static QJsonObject makeJob(int index, const QString &status = QStringLiteral("SUCCESS"),
                               const QString &workspace = QStringLiteral("workspace-abc"));
    static QList<QJsonObject> makeJobs(int count);

private:
    QList<QJsonObject> matching(const QJsonObject &body, const QJsonObject &query) const;
    FakeResponse list(const QJsonObject &body);
    FakeResponse stat(const QJsonObject &body);
    FakeResponse get(const QJsonObject &body);
    FakeResponse remove(const QJsonObject &body);
};
