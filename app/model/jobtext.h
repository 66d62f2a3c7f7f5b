// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1StringView>
#include <QStringView>

// How the job table compares and searches text, in one place for the filter, the sort and
// the packed job store: case-insensitive first, ASCII at full speed, anything else the way
// Qt folds case.
namespace JobText {
// Case-insensitive order, then case-sensitive (so two texts that differ only in case still
// have a fixed order). Negative, zero or positive, like QString::compare.
int compare(QStringView a, QStringView b);
int compare(QLatin1StringView a, QLatin1StringView b);
// Case-insensitive substring search. An empty needle is found everywhere.
bool contains(QStringView haystack, QStringView needle);
bool contains(QLatin1StringView haystack, QStringView needle);
} // namespace JobText
