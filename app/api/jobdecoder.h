// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <vector>

class StringPool;

// One page of the list endpoint. The gateway leaves out default-valued fields, so `{}` is a
// valid empty page and total_count is absent when it is 0.
struct JobListPage
{
    std::vector<Job> jobs;
    qint64 totalCount = 0;
    // total_count was in the body. A real server always sends it unless it is 0, so its absence
    // next to rows means a server that does not count, and paging must rely on short pages.
    bool hasTotalCount = false;
};

// The stat endpoint's Struct: rows of group results, or plain values for distinct.
struct JobStatResult
{
    QJsonArray results;
    qint64 totalCount = -1; // only present when the query had page.limit

    // For a group-by-with-count result: key value -> count. Numbers arrive as doubles ("42.0").
    QHash<QString, qint64> countsBy(const QString &keyName, const QString &countName = QStringLiteral("count")) const;
    // For a distinct result: the values as strings.
    QStringList distinctValues() const;
};

// Pure functions from response bytes to values. They treat every field as optional, reject a
// wrong JSON type with an error naming the field (e.g. "results[3].created_at: expected a
// string, got a number") and never drop a row silently. Stateless, so they run on any thread.
namespace JobDecoder {
bool decodeList(const QByteArray &body, JobListPage *page, QString *error, StringPool *pool = nullptr);
bool decodeJob(const QByteArray &body, Job *job, QString *error);
bool decodeJob(const QJsonObject &object, Job *job, QString *error, const QString &path = {},
               StringPool *pool = nullptr);
bool decodeStat(const QByteArray &body, JobStatResult *result, QString *error);
// Decodes a plain JSON array of JobInfo objects (the sandbox's --data files, exports).
bool decodeJobArray(const QByteArray &body, std::vector<Job> *jobs, QString *error);
} // namespace JobDecoder
