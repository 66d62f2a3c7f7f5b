// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

namespace sandbox {

class JobStore;

// MongoModel.stat for the Job collection: `aggregate` pipelines (unwind, group, count, sort,
// project, limit, skip) and `distinct`, with `page` adding total_count, over the rows that the
// filter selects in SQL.
//
// A leading group stage on plain columns with count/sum/average/min/max/first/last/add_to_set
// runs as one SQL GROUP BY; everything else runs in memory on the filtered documents with
// MongoDB's semantics (BSON type order, null handling, group order of first appearance).
// Errors come out as the real code raises them: rule-building errors inside stat()'s try block
// are wrapped once more in ERROR_DB_QUERY, exactly as MongoModel.stat does.
class StatEngine
{
public:
    explicit StatEngine(const JobStore &store);

    // `query` is the StatisticsQuery dict after the service decorators (filters for domain and
    // workspace already appended, keyword already turned into filter_or). Throws ApiError.
    // The result still holds ints and DateTime values; the service turns it into a Struct.
    JsonValue stat(const JsonValue &query, qint64 nowMsecs) const;

private:
    const JobStore &m_store;
};

} // namespace sandbox
