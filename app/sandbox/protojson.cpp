// SPDX-License-Identifier: MIT
#include "sandbox/protojson.h"

#include "sandbox/apierror.h"
#include "sandbox/protoconverter.h"
#include "sandbox/protoschema.h"

namespace sandbox {

namespace {

const proto::MessageDesc &messageFor(ProtoJson::Request request)
{
    const proto::Schema &s = proto::Schema::instance();
    switch (request) {
    case ProtoJson::Request::JobRequest:
        break;
    case ProtoJson::Request::JobsQuery:
        return s.jobsQuery;
    case ProtoJson::Request::JobStatQuery:
        return s.jobStatQuery;
    case ProtoJson::Request::WorkspaceSearchQuery:
        return s.workspaceSearchQuery;
    case ProtoJson::Request::TrustedAccountSearchQuery:
        return s.trustedAccountSearchQuery;
    case ProtoJson::Request::TrustedAccountRequest:
        return s.trustedAccountRequest;
    case ProtoJson::Request::PluginQuery:
        return s.pluginQuery;
    }
    return s.jobRequest;
}

} // namespace

JsonValue ProtoJson::normalize(const JsonValue &body, Request request)
{
    try {
        proto::Converter converter;
        return converter.convertMessage(body, messageFor(request), QString());
    } catch (const proto::PyException &e) {
        // Raised in console-api-v2 before the gRPC call: ERROR_UNKNOWN(message=str(e)).
        throw ApiError::gatewayUnknown(e.message);
    }
}

} // namespace sandbox
