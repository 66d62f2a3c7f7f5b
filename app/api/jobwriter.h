// SPDX-License-Identifier: MIT
#pragma once

#include "job.h"
#include "jobnames.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

// The one writer of jobs as files: the window's export and the command line's csv and json give
// the same bytes for the same jobs and names.
//
// CSV: RFC 4180, UTF-8, CRLF, one header row, UTC timestamps as the API sends them, and every
// field that starts like a spreadsheet formula (= + - @) prefixed with ' so that text from the
// server is never evaluated. The name columns are always there, empty when a name is unknown.
// JSON: an array of the list endpoint's own JobInfo objects, plus workspace_name,
// trusted_account_name and plugin_name where a name is known.
namespace JobWriter {
enum class Format { Csv, Json };

QString csvField(const QString &value);
// The fields, each through csvField, joined by commas and ended by CRLF.
QString csvLine(const QStringList &fields);
QStringList csvHeader();

QJsonObject toJsonObject(const Job &job, const JobNames &names = {});

QByteArray toCsv(const QList<Job> &jobs, const JobNames &names = {});
QByteArray toCsv(const std::vector<Job> &jobs, const JobNames &names = {});
QByteArray toJson(const QList<Job> &jobs, const JobNames &names = {});
QByteArray toJson(const std::vector<Job> &jobs, const JobNames &names = {});
QByteArray write(const QList<Job> &jobs, Format format, const JobNames &names = {});
QByteArray write(const std::vector<Job> &jobs, Format format, const JobNames &names = {});
} // namespace JobWriter
