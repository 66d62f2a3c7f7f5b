// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"
#include "sandbox/listingcache.h"

#include <QByteArray>
#include <QString>

namespace sandbox {

class JobStore;
class TokenAuthority;

// One POST to /identity/job/{list,get,delete,stat}, answered the way console-api-v2 and the
// identity service answer it together, in the same order of checks:
//   console-api-v2  body must parse as JSON (500 "JSON Parsing Error: ..."), must be an object
//                   (the proxy's item assignment fails otherwise), then protobuf ParseDict into
//                   JobRequest / JobsQuery / JobStatQuery (500 ERROR_UNKNOWN with the ParseError);
//   identity        authentication (401), role check (403), mutation (domain_id, workspace_id
//                   from the token), the Job service decorators (workspace "*" APPEND for list and
//                   get, query filters, keyword), pydantic models (400 ERROR_REQUIRED_PARAMETER),
//                   then MongoModel query/stat/get semantics;
//   the reply       JobsInfo / JobInfo / Struct / Empty through MessageToDict: defaults dropped,
//                   stat numbers as doubles.
class JobService
{
public:
    struct Reply
    {
        int status = 200;
        JsonValue body;
        // The job removed by a successful delete (for the request log).
        QString deletedJobId;
    };

    JobService(JobStore &store, const TokenAuthority &tokens);

    // verb: "list", "get", "delete" or "stat". authorization: the raw Authorization header.
    Reply handle(const QString &verb, const QByteArray &body, const QByteArray &authorization, qint64 nowMsecs);

private:
    JsonValue list(JsonValue params, qint64 nowMsecs);
    JsonValue get(JsonValue params);
    QString remove(JsonValue params);
    JsonValue stat(JsonValue params, qint64 nowMsecs);

    JobStore &m_store;
    ListingCache m_listings;
    const TokenAuthority &m_tokens;
};

} // namespace sandbox
