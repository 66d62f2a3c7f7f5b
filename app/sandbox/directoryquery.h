// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/filtercondition.h"
#include "sandbox/jsonvalue.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace sandbox {

// A SpaceONE Query (filter, filter_or, sort, page, only, count_only) run in memory over the few
// documents of a directory collection (workspaces, trusted accounts, plugins), with the Job
// list's rules: the same condition checks and errors (FilterCondition), the same page window and
// reply (ListEnvelope), an unknown field in a filter or in `only` is ERROR_DB_QUERY "Cannot
// resolve field", `regex` on one matches nothing, an unknown sort key is ignored, the model's
// ordering (name) by default with the id as tie-break, and the ordering keys join `only`.
class DirectoryQuery
{
public:
    // fields: the model's fields, in the order the Info message lists them; idKey breaks ties.
    DirectoryQuery(QStringList fields, QString idKey);

    // The list reply, {"results": [...], "total_count": n}, both left out when empty.
    // Throws ApiError.
    JsonValue run(const QVector<JsonValue> &documents, const JsonValue &query) const;

private:
    // The condition, read with the job list's checks, then the directory's own: a field of the
    // model (but for regex) and an operator it runs in memory. Throws ApiError.
    FilterCondition readCondition(const JsonValue &condition) const;
    bool matches(const JsonValue &document, const FilterCondition &condition) const;
    bool matchesAll(const JsonValue &document, const QVector<FilterCondition> &filter,
                    const QVector<FilterCondition> &filterOr) const;
    QStringList onlyKeys(const JsonValue &query) const;
    void sort(QVector<JsonValue> &documents, const JsonValue &sort) const;

    QStringList m_fields;
    QString m_idKey;
};

} // namespace sandbox
