// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

// Job status as the identity service stores it. Unknown carries values the service never
// produces but that exist in the wild ("ERROR" from the API docs, typos such as "CANCELD"):
// they are shown as themselves, never folded into Failure.
// The enumerator order is the sort order of the status column: active first, then outcomes.
enum class JobStatus : quint8 {
    Pending,
    InProgress,
    Failure,
    Canceled,
    Success,
    Unknown,
};

namespace JobStatuses {
// All statuses the server knows, in display order.
constexpr JobStatus kKnown[]
    = { JobStatus::Pending, JobStatus::InProgress, JobStatus::Success, JobStatus::Failure, JobStatus::Canceled };

// Parses a wire name ("IN_PROGRESS"); anything else is Unknown.
JobStatus fromWire(const QString &name);
// The wire name of a known status; empty for Unknown.
QString toWire(JobStatus status);
// A short human word: "In progress", "Failure".
QString label(JobStatus status);
// PENDING and IN_PROGRESS: the job has not finished.
constexpr bool isActive(JobStatus status)
{
    return status == JobStatus::Pending || status == JobStatus::InProgress;
}
} // namespace JobStatuses

Q_DECLARE_METATYPE(JobStatus)
