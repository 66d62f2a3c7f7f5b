// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

// Text renderings of jobs for the command line: aligned tables in local time for people,
// RFC 4180 CSV and the API's own JSON for scripts.
namespace JobFormatter {
using Counts = QList<QPair<QString, qint64>>;

// Columns padded to the widest cell; `rightAligned` holds the indexes of numeric columns.
QString alignedTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned = {});
// Quotes a field when it holds a comma, quote, CR or LF; quotes inside are doubled.
QString csvField(const QString &value);
QString csvLine(const QStringList &fields);

// "2024-06-18 12:00:00" in the local time zone; "-" when unset.
QString localTime(qint64 msecsSinceEpoch);
// "45s", "2m 05s", "3h 07m", "2d 04h"; empty for a negative duration.
QString duration(qint64 ms);

QString jobsTable(const std::vector<Job> &jobs, qint64 nowMs);
// Exactly the decoded jobs: a JSON array of Job::toJson().
QByteArray jobsJson(const std::vector<Job> &jobs);
QString jobsCsv(const std::vector<Job> &jobs);
// Every field of one job, one per line.
QString jobDetails(const Job &job, qint64 nowMs);

QString countsTable(const QString &field, const Counts &counts);
QByteArray countsJson(const QString &field, const Counts &counts);
QString countsCsv(const QString &field, const Counts &counts);
} // namespace JobFormatter
