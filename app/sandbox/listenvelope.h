// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

#include <QStringList>
#include <QVector>

namespace sandbox {

// The reply of a list verb, {"results": [...], "total_count": n}, written the same way for jobs
// and for the directory resources: MongoModel's page window, `only` as mongoengine projects it,
// and MessageToDict's omissions (an empty list and a zero count are both left out).
class ListEnvelope
{
public:
    // query.page {start, limit}: start is 1-based (below 1 counts as 1); no limit, or 0, is every
    // row from the first.
    struct Window
    {
        qint64 limit = 0; // 0: no limit
        qint64 offset = 0;
    };
    // Far beyond any collection, and small enough that offset + limit cannot overflow.
    static constexpr qint64 kMaxWindow = qint64(1) << 48;
    static Window window(const JsonValue &page);

    // The members of `info` that `only` names; a dotted key ("options.region") keeps just that
    // sub key of an object member. Empty `only` keeps everything. A member `only` leaves out
    // that `defaults` names reads as its default (see write()).
    static JsonValue project(const JsonValue &info, const QStringList &only, const JsonValue &defaults = JsonValue());

    // The envelope of these rows (each projected by `only`) and this total. `defaults` are the
    // model's field defaults: a mongoengine document loaded with only() still carries them for
    // the fields it did not load, so they come back on every row that `only` leaves them out of.
    static JsonValue write(const QVector<JsonValue> &rows, qint64 total, const QStringList &only,
                           const JsonValue &defaults = JsonValue());
};

} // namespace sandbox
