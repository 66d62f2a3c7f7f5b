// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace sandbox {

// Time helpers shared by the store, the query compiler and the simulator.
// The sandbox keeps every timestamp as the exact string the real server prints
// (`2022-06-17T08:00:15.197Z`): fixed width, so string order is time order and
// SQLite can sort and index them directly.
class Timestamps
{
public:
    // Milliseconds since the epoch, UTC, to `YYYY-MM-DDTHH:MM:SS.mmmZ`.
    static QString format(qint64 msecsSinceEpoch);
    // Current wall clock, milliseconds since the epoch.
    static qint64 nowMsecs();

    // dateutil.parser.isoparse: strict ISO 8601 (date, optional time with any single separator,
    // optional fraction, optional Z or offset). Used by the datetime_* operators.
    static std::optional<qint64> parseIso8601(const QString &text);
    // dateutil.parser.parse as mongoengine's DateTimeField uses it for query values: the ISO forms
    // plus a few common loose spellings (slashes, a space separator). Returns nullopt when the
    // real server would have turned the value into None.
    static std::optional<qint64> parseLoose(const QString &text);

    // spaceone.core.utils.parse_timediff_query: `now`, `now/d`, `now/w`, `now/m`, optionally
    // followed by `+`/`-` N and a unit s, m, h, d or w (same regular expression, quirks included).
    static std::optional<qint64> parseTimediff(const QString &text, qint64 nowMsecs);

    // Mongo $dateToString-style formatting of a UTC time (%Y %m %d %H %M %S %L %j %w %u %U %V %G %Z %z %%).
    static QString formatMongo(qint64 msecsSinceEpoch, const QString &format);
};

} // namespace sandbox
