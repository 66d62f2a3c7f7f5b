// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QStringView>

#include <limits>

// Job timestamps travel as "2022-06-17T08:00:15.197Z" (UTC, milliseconds). They are kept as
// milliseconds since the epoch: compact, cheap to compare and sort.
namespace JobTime {
constexpr qint64 kNone = std::numeric_limits<qint64>::min();

// Parses the gateway's ISO 8601 form; also accepts no or up to 9 fraction digits and a
// numeric offset instead of "Z". Returns false on anything else.
bool parse(QStringView text, qint64 *msecsSinceEpoch);
// The gateway's form: "2022-06-17T08:00:15.197Z". Empty for kNone.
QString toWire(qint64 msecsSinceEpoch);
// UTC QDateTime; invalid for kNone.
QDateTime toDateTime(qint64 msecsSinceEpoch);
} // namespace JobTime
