// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/jobquery.h"
#include "api/replygroup.h"
#include "api/requesttraffic.h"
#include "model/jobfilter.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class JobApiClient;
class JobApiReply;
class ValueCountWalk;
struct JobStats;

// Counts the jobs that stat leaves out but list shows. Identity's list appends the domain-level
// jobs (workspace_id "*") to a workspace token's workspace; its stat has no such rule. With a
// workspace token the status, trusted account and plugin counts from stat would then miss rows
// the table shows. This counts those jobs with list, which sees them: count_only per status for
// the status counts, one for the "Global (domain)" workspace choice, and a walk over the values
// (ValueCountWalk) for the trusted account and plugin choices.
//
// Whether stat is blind to them is learnt from the server, not from the token, so an opaque API
// key is handled too: list counts domain-level jobs that stat, asked the same, does not. It is
// checked after every full listing and until the server has shown domain-level jobs.
class DomainJobCounter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainJobCounter)

public:
    enum class StatView {
        Unknown, // no domain-level jobs seen yet
        Complete, // stat counts domain-level jobs too (a domain token)
        Blind, // stat leaves them out (a workspace token): they are counted here
    };

    explicit DomainJobCounter(JobApiClient *client, QObject *parent = nullptr);
    ~DomainJobCounter() override;

    // The counts to add for `filter`: the status ones only, or those of every facet too.
    // `recheck` asks the server again whether stat is blind. Does nothing (and is not running
    // afterwards) when stat is known to count domain-level jobs.
    void start(const JobFilter &filter, bool statusOnly, bool recheck);
    void abort();
    // Another server or token.
    void reset();
    bool isRunning() const { return m_running; }

    StatView statView() const { return m_view; }
    const ApiError &error() const { return m_error; }
    // The requests of the last start().
    const RequestTraffic &traffic() const { return m_traffic; }

    // Adds what the last start() counted to stats just taken with stat for the same filter (the
    // status counts only when it asked for those only).
    void applyTo(JobStats *stats) const;

Q_SIGNALS:
    // Once per start() that ran, answered or failed.
    void finished();

private:
    JobApiReply *countJobs(const QList<QueryFilter> &filters);
    void onProbed();
    void startCounts();
    void onPartDone();
    void fail(const ApiError &error);
    // `filter` narrowed to domain-level jobs; false when it names another workspace (no match).
    static bool domainOnly(JobFilter *filter);

    QPointer<JobApiClient> m_client;
    ReplyGroup m_group;
    ValueCountWalk *m_accountWalk;
    ValueCountWalk *m_pluginWalk;
    StatView m_view = StatView::Unknown;
    JobFilter m_filter;
    bool m_statusOnly = false;
    bool m_running = false;
    bool m_counted = false; // the last start() counted (stat is blind)
    int m_pending = 0;
    ApiError m_error;
    RequestTraffic m_traffic;

    qint64 m_probeList = -1;
    qint64 m_probeStat = -1;

    QHash<QString, qint64> m_statusCounts; // wire name -> domain-level jobs; "" other statuses
    qint64 m_statusTotal = 0;
    qint64 m_workspaceCount = 0; // the "*" workspace choice
    bool m_accountsWalked = false;
    bool m_pluginsWalked = false;
};
