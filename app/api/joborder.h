// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"
#include "jobquery.h"

#include <QList>
#include <QString>

// An order the server lists jobs in: one field and a direction, then job_id in the same
// direction, so that no two jobs tie and pages never overlap. compare() orders two jobs exactly
// as the server does (strings by code unit, times by instant, a missing value before every
// other one), so a window of the server's first rows can be kept, cut and extended here.
//
// The filters below describe the jobs on either side of a given job (the "edge" of a window)
// as a few disjoint parts, each a list of ANDed conditions: a query's filter_or is taken by the
// search, and one part per request keeps every request a plain filter.
class JobOrder
{
public:
    enum class Field : quint8 {
        CreatedAt,
        UpdatedAt,
        FinishedAt,
        JobId,
        Status,
        WorkspaceId,
        TrustedAccountId,
        PluginId,
        ResourceGroup,
        ErrorMessage,
        DomainId,
    };

    // Newest first: the server's own default.
    JobOrder() = default;
    JobOrder(Field field, bool descending);

    Field field() const { return m_field; }
    bool isDescending() const { return m_descending; }
    bool isNewestFirst() const { return m_field == Field::CreatedAt && m_descending; }
    // The wire name: "created_at", "plugin_id".
    QString fieldName() const { return fieldName(m_field); }
    static QString fieldName(Field field);
    // Fields jobs often lack (the server stores null): finished_at while a job runs, the error
    // message of a job that did not fail. Parts for the missing values of other fields are
    // asked only when the edge itself lacks the value.
    static bool isNullable(Field field);

    // query.sort: the field, then job_id, both in this direction.
    QList<SortKey> sortKeys() const;
    // Negative when `a` lists before `b`, 0 only for the same job id.
    int compare(const Job &a, const Job &b) const;
    bool listsBefore(const Job &a, const Job &b) const { return compare(a, b) < 0; }

    // The jobs listed at or before `edge`, `edge` included, as disjoint parts whose counts add
    // up.
    QList<QList<QueryFilter>> atOrBefore(const Job &edge) const;
    // The jobs listed after `edge`, as disjoint parts in listing order: listing each part in
    // this order, one after the other, continues the listing exactly where `edge` ended it.
    QList<QList<QueryFilter>> after(const Job &edge) const;

    friend bool operator==(const JobOrder &a, const JobOrder &b)
    {
        return a.m_field == b.m_field && a.m_descending == b.m_descending;
    }
    friend bool operator!=(const JobOrder &a, const JobOrder &b) { return !(a == b); }

private:
    bool isTime() const;
    // The edge's value of the field as a filter operand; null for a missing value.
    QJsonValue keyOf(const Job &job) const;
    // field <op> value, with the time operators for time fields.
    QueryFilter compareKey(const char *op, const QJsonValue &value) const;
    QList<QueryFilter> sameKey(const QJsonValue &value) const;
    QueryFilter idFrom(const Job &edge, bool inclusive, bool before) const;

    Field m_field = Field::CreatedAt;
    bool m_descending = true;
};
