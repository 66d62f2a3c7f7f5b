// SPDX-License-Identifier: MIT
#include "jobexporter.h"

namespace JobExporter {

QByteArray write(const QList<Job> &jobs, Format format, const JobNames &names)
{
    return JobWriter::write(jobs, format, names);
}

} // namespace JobExporter
