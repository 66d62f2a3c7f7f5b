// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Text forms of job times shared by the table, the details dialog and the command line, so all
// three say "3m 12s" and "5 min ago" the same way.
namespace JobFormat {
// "45s", "3m 12s", "2h 05m", "3d 4h". Empty for a negative (unknown) duration.
QString duration(qint64 ms);
// "just now", "5 min ago", "3 h ago", "2 days ago"; "in 5 min" for a time ahead of nowMs
// (clock skew between the server and this machine). Empty for JobTime::kNone.
QString relativeTime(qint64 thenMs, qint64 nowMs);
// Local wall-clock time, "2022-06-17 17:00:15". Empty for JobTime::kNone.
QString localDateTime(qint64 ms);
// Drops the local offsets localDateTime() remembers on this thread (they expire within a minute
// anyway): for a time zone that changed just now.
void forgetLocalOffsets();
// The same instant in UTC with milliseconds, "2022-06-17 08:00:15.197 UTC", for tooltips.
QString utcDateTime(qint64 ms);
} // namespace JobFormat
