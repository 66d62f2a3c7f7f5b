// SPDX-License-Identifier: MIT
#pragma once

#include "savedjobs.h"

#include <QString>

#include <future>
#include <optional>

// Where each connection's saved jobs live (one file per connection in a cache directory), read
// on a thread of its own so the file is decoded while the window is being built.
class SavedJobsStore
{
public:
    // An empty directory keeps nothing: nothing is read or written.
    explicit SavedJobsStore(QString directory);
    ~SavedJobsStore();
    SavedJobsStore(const SavedJobsStore &) = delete;
    SavedJobsStore &operator=(const SavedJobsStore &) = delete;

    bool isEnabled() const { return !m_directory.isEmpty(); }
    QString pathFor(const QString &connectionId) const;

    // Starts reading the connection's file in the background; false when there is none.
    bool startLoading(const QString &connectionId);
    // The jobs startLoading() read, once it has (waiting for it if need be), if they are
    // `connectionId`'s and the file was whole; a damaged file is as good as none.
    std::optional<SavedJobs> takeLoaded(const QString &connectionId);

    // Replaces the connection's file; saved jobs without rows leave it as it is.
    bool save(const SavedJobs &saved, QString *error = nullptr) const;
    // Deletes every connection's file: what is not wanted on disk any more.
    void removeAll() const;

private:
    QString m_directory;
    QString m_loadingId;
    std::future<std::optional<SavedJobs>> m_loading;
};
