// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "api/jobnames.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

// Text renderings of jobs for people on the command line: aligned tables in local time. CSV and
// JSON for scripts are JobWriter's, the same bytes as the window's export.
namespace JobFormatter {
using Counts = QList<QPair<QString, qint64>>;

// Columns padded to the widest cell; `rightAligned` holds the indexes of numeric columns.
QString alignedTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned = {});
// Times in local time and durations as the window's table writes them (JobFormat); the
// workspace, trusted account and plugin by name where `names` knows one, else by id.
QString jobsTable(const std::vector<Job> &jobs, qint64 nowMs, const JobNames &names = {});
// Every field of one job, one per line.
QString jobDetails(const Job &job, qint64 nowMs, const JobNames &names = {});

QString countsTable(const QString &field, const Counts &counts);
QByteArray countsJson(const QString &field, const Counts &counts);
QString countsCsv(const QString &field, const Counts &counts);
} // namespace JobFormatter
