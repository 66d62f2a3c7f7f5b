// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "model/jobfilter.h"
#include "poll/jobstats.h"

#include <QList>
#include <QObject>
#include <QPointer>

class JobApiClient;
class JobApiReply;

// The server's counts per status, workspace, trusted account and plugin that a poll asks for
// next to its listing, and the last known value of each. A round asks some of them again; a
// facet whose request fails keeps its last count, so a failing poll never zeroes a known count.
class FacetCounts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetCounts)

public:
    explicit FacetCounts(JobApiClient *client, QObject *parent = nullptr);
    ~FacetCounts() override;

    // Drops the requests still out and starts a round with nothing asked yet.
    void beginRound();
    // Asks the counts of every facet, or of the status facet alone. Each facet is counted with
    // every filter but its own, so choosing a workspace still shows the others as choices.
    void request(const JobFilter &filter, bool statusOnly = false);
    // Drops the requests still out; what this round received stays.
    void abort();
    // Forgets every count: they describe the jobs of another filter.
    void clear();

    bool requested() const { return m_requested; }
    bool isPending() const { return m_pending > 0; }
    // Replies of this round that brought counts.
    int received() const { return m_received; }
    // The first failure of this round.
    const ApiError &error() const { return m_error; }
    // The last known counts; the total only once the status counts are known.
    JobStats stats(quint64 generation) const;

Q_SIGNALS:
    // One request of this round finished, well or not.
    void replied(const JobApiReply *reply);

private:
    void ask(const QString &field, const JobFilter &facetFilter);

    QPointer<JobApiClient> m_client;
    QList<QPointer<JobApiReply>> m_replies;
    quint64 m_round = 0; // tells the replies of a dropped round apart
    bool m_requested = false;
    int m_pending = 0;
    int m_received = 0;
    ApiError m_error;
    JobStats m_stats;
    bool m_statusCountsKnown = false;
};
