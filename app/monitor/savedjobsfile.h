// SPDX-License-Identifier: MIT
#pragma once

#include "savedjobs.h"

#include <QByteArray>
#include <QString>

#include <optional>

// SavedJobs as bytes and as a file. The file is a header line (a JSON object: the format, the
// connection, the filter, the time and the names) and then the jobs exactly as the list endpoint
// sends them, read back by the same decoders as a server's reply: a file damaged or written by
// another version is refused as a whole, never half-read.
namespace SavedJobsFile {

// Files larger than this are refused unread: a cache must not cost unbounded memory.
constexpr qint64 kMaxBytes = 32 * 1024 * 1024;

QByteArray encode(const SavedJobs &saved);
std::optional<SavedJobs> decode(const QByteArray &bytes, QString *error = nullptr);

// Atomically: a crash while writing leaves the previous file.
bool write(const QString &path, const SavedJobs &saved, QString *error = nullptr);
std::optional<SavedJobs> read(const QString &path, QString *error = nullptr);

} // namespace SavedJobsFile
