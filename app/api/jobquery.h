// SPDX-License-Identifier: MIT
#pragma once

#include "jobstatus.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

// Builders for exactly the v2 request shapes (spaceone.api.core.v2.Query / StatisticsQuery and
// identity's JobsQuery / JobStatQuery). The real gateway parses bodies without ignoring unknown
// fields and answers 500 to anything the proto lacks, so nothing here emits a field beyond them.
// Bodies are written straight as bytes, with their members in the order QJsonDocument would write
// them; toJson gives the same body as an object.

class JsonWriter;

// One {k, v, o} item of filter or filter_or. Operators use the API names ("eq", "in",
// "datetime_gt"), never the console's shorthand.
struct QueryFilter
{
    QueryFilter() = default;
    QueryFilter(QString key, QString op, QJsonValue value, QStringList values = {})
        : key(std::move(key))
        , op(std::move(op))
        , value(std::move(value))
        , values(std::move(values))
    { }

    QString key;
    QString op;
    QJsonValue value;
    // Several strings (anyOf's "in"), sent as `value`'s array: a poll asks for a hundred job ids
    // at a time, and they go into the request as they are.
    QStringList values;

    // What the filter sends as "v".
    QJsonValue jsonValue() const;
    QJsonObject toJson() const;
    void write(JsonWriter &json) const;
    static QueryFilter eq(const QString &key, const QString &value);
    // eq for one value, in for several: the proto's top-level status takes a single enum only.
    static QueryFilter anyOf(const QString &key, const QStringList &values);
    static QueryFilter statusIn(const QList<JobStatus> &statuses);
    friend bool operator==(const QueryFilter &a, const QueryFilter &b)
    {
        if (a.key != b.key || a.op != b.op)
            return false;
        return a.values.isEmpty() && b.values.isEmpty() ? a.value == b.value : a.jsonValue() == b.jsonValue();
    }
};

struct SortKey
{
    QString key;
    bool desc = false;
    friend bool operator==(const SortKey &a, const SortKey &b) { return a.key == b.key && a.desc == b.desc; }
};

// spaceone.api.core.v2.Query, the "query" of a list request.
struct JobQuery
{
    QList<QueryFilter> filter; // ANDed
    QList<QueryFilter> filterOr; // ORed, then ANDed with filter
    QList<SortKey> sort; // applied in order; empty: the server's newest-first default
    int pageStart = 0; // 1-based; 0 with pageLimit 0 leaves page out (all rows)
    int pageLimit = 0; // 0 means no limit
    QStringList only;
    QString keyword;
    bool minimal = false;
    bool countOnly = false;

    bool isEmpty() const;
    QJsonObject toJson() const;
    void write(JsonWriter &json) const;
};

// The jobs a poll is about: `filter` ANDed, and `filterOr` (a search over several fields) ORed,
// then ANDed with it. Every request of a poll narrows the same scope.
struct JobScope
{
    QList<QueryFilter> filter;
    QList<QueryFilter> filterOr;

    // A query for the scope's jobs that also meet every condition of `narrower`.
    JobQuery query(const QList<QueryFilter> &narrower = {}) const;
    friend bool operator==(const JobScope &a, const JobScope &b)
    {
        return a.filter == b.filter && a.filterOr == b.filterOr;
    }
    friend bool operator!=(const JobScope &a, const JobScope &b) { return !(a == b); }
};

// identity JobsQuery: the body of POST /identity/job/list.
struct JobListRequest
{
    JobQuery query;
    // Top-level shortcuts. Note: a top-level workspace_id also matches domain ("*") jobs on the
    // real server; filter on query.filter for a strict match.
    QString jobId;
    QString workspaceId;
    QString trustedAccountId;
    QString pluginId;

    QJsonObject toJson() const;
    QByteArray toBytes() const;
};

// identity JobStatQuery: the body of POST /identity/job/stat.
struct JobStatQuery
{
    QList<QueryFilter> filter;
    QList<QueryFilter> filterOr;
    // Counts grouped by these fields, largest first: the aggregate stages of a group and a sort.
    QStringList groupCountKeys;
    QString distinct;
    QString keyword;
    int pageStart = 0;
    int pageLimit = 0;

    QJsonObject toJson() const;
    QByteArray toBytes() const;

    // Counts grouped by one or more fields: rows like {"status":"SUCCESS","count":42.0}.
    static JobStatQuery countBy(const QStringList &keys, const QList<QueryFilter> &filter = {});
    // Sorted distinct values of a field.
    static JobStatQuery distinctOf(const QString &field, const QList<QueryFilter> &filter = {});
};
