// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "api/jobnames.h"

#include <QObject>

#include <functional>
#include <vector>

class JobApiClient;
class NameDirectory;
class QTimer;

// The names of the workspaces, trusted accounts and plugins of the jobs the command line prints,
// asked for once and waited for no longer than one request's overall deadline. Names are a
// courtesy: when they cannot be had (a member may not list workspaces, a server without the
// repository service, no answer in time) the ids stay, one note goes to stderr, and the
// command's outcome does not change.
class CliNameLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliNameLookup)

public:
    explicit CliNameLookup(JobApiClient *client, QObject *parent = nullptr);
    ~CliNameLookup() override;

    // Asks for the names of the ids of `jobs` and calls `ready` once, when every answer is in or
    // the wait is over.
    void lookUp(const std::vector<Job> &jobs, std::function<void()> ready);
    // The names known now.
    JobNames names() const;

private:
    void check();
    void finish(bool timedOut);

    NameDirectory *m_directory = nullptr;
    QTimer *m_poll = nullptr;
    QTimer *m_deadline = nullptr;
    std::function<void()> m_ready;
    bool m_askedKind[3] = { false, false, false };
};
