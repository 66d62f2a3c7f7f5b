// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QByteArray>
#include <QList>

// Writes jobs as CSV (RFC 4180, UTF-8, one header row, UTC timestamps) or as JSON (an array of
// JobInfo objects, the list endpoint's own shape). Used by the window's export and the CLI.
namespace JobExporter {
enum class Format { Csv, Json };
QByteArray toCsv(const QList<Job> &jobs);
QByteArray toJson(const QList<Job> &jobs);
QByteArray write(const QList<Job> &jobs, Format format);
QString csvField(const QString &value);
} // namespace JobExporter
