// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"
#include "sandbox/statstage.h"

#include <QString>
#include <QVariantList>

#include <vector>

namespace sandbox {
class JobStore;
}

// The stat engine's work in SQL: the rows a filter selects (`where` and its binds, from
// QueryCompiler), a leading group stage pushed down into one GROUP BY, and `distinct`.
namespace sandbox::pipeline {

// Whether a group stage can run as one SQL GROUP BY: plain text or date keys and fields, and
// operators SQLite computes the way MongoDB does on them.
bool sqlGroupable(const Stage &stage);
// The documents the group stage makes of the selected rows, in order of first appearance.
std::vector<JsonValue> sqlGroup(const JobStore &store, const Stage &stage, const QString &where,
                                const QVariantList &binds);

// The selected rows as MongoDB documents (with `_id`), in insertion order.
std::vector<JsonValue> loadDocuments(const JobStore &store, const QString &where, const QVariantList &binds);

// MongoModel.stat's `distinct`: {"results": [...]} in Python's order, with total_count and a
// slice when `page` has a limit.
JsonValue statDistinct(const JobStore &store, const QString &field, const JsonValue &page, const QString &where,
                       const QVariantList &binds);

} // namespace sandbox::pipeline
