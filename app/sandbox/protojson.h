// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

namespace sandbox {

// What happens to a request body between console-api-v2 and the identity service:
//   console-api-v2: ParseDict(body, <RequestMessage>())       (protobuf 4.25 json_format, no
//                   ignore_unknown_fields) - any ParseError becomes a 500 ERROR_UNKNOWN whose
//                   message is the ParseError text;
//   identity:       MessageToDict(message, preserving_proto_field_name=True) - proto field names,
//                   defaults dropped, enums as names, google.protobuf.Value numbers as floats.
// normalize() does both steps on the sandbox's ordered JSON and throws ApiError for the first.
// The error texts follow json_format's _ConvertFieldValuePair/_ConvertScalarFieldValue,
// including the Python exception texts (Python 3.10) they wrap.
class ProtoJson
{
public:
    enum class Request {
        JobRequest,
        JobsQuery,
        JobStatQuery,
        WorkspaceSearchQuery,
        TrustedAccountSearchQuery,
        TrustedAccountRequest,
        PluginQuery
    };

    // Throws ApiError on a ParseError (or any other Python exception ParseDict would raise).
    static JsonValue normalize(const JsonValue &body, Request request);
};

} // namespace sandbox
