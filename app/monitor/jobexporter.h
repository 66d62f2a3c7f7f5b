// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "api/jobwriter.h"

#include <QByteArray>
#include <QList>

// The window's export of the rows it shows, in the bytes the command line prints for the same
// jobs: both go through JobWriter.
namespace JobExporter {
using Format = JobWriter::Format;
QByteArray write(const QList<Job> &jobs, Format format, const JobNames &names);
} // namespace JobExporter
