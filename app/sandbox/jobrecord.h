// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/jsonvalue.h"

#include <QString>

#include <optional>

namespace sandbox {

// One stored job, field for field the identity service's Job document. Timestamps are kept as
// the exact strings the API prints (`2022-06-17T08:00:15.197Z`); a null optional is a null
// field (the real model stores plugin_id, error_message, options and finished_at as null).
struct JobRecord
{
    QString jobId;
    QString status = QStringLiteral("PENDING");
    std::optional<JsonValue> options = JsonValue::object();
    QString resourceGroup = QStringLiteral("WORKSPACE");
    std::optional<QString> errorMessage;
    QString domainId;
    QString workspaceId;
    QString trustedAccountId;
    std::optional<QString> pluginId;
    QString createdAt;
    QString updatedAt;
    std::optional<QString> finishedAt;

    // Reads a JobInfo object as the list endpoint returns it (missing fields are null; timestamps
    // in any ISO 8601 form are normalised). Returns false with a reason when it cannot be a job.
    // `anyStatus`: keep a status the service never writes (or an empty one) as it is, as a
    // database holds it after older versions or edits by hand.
    static bool fromJobInfo(const JsonValue &info, JobRecord *out, QString *error, bool anyStatus = false);
    // The full JobInfo, fields in proto order, with the gateway's omissions of default values
    // (empty strings, null fields) applied; `options` is a Struct, so its numbers are doubles.
    JsonValue toJobInfo() const;
    // The same as a document for the stat pipeline: every field present, null when unset,
    // timestamps as DateTime values.
    JsonValue toDocument() const;

    bool isActive() const { return status == u"PENDING" || status == u"IN_PROGRESS"; }
};

} // namespace sandbox
