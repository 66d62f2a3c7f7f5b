// SPDX-License-Identifier: MIT
// Poller, the full listing: its request, the mark of the newest change beside it, going on with
// one that failed halfway, and taking its rows.
#include "poller.h"

#include "api/jobapiclient.h"
#include "api/joblister.h"
#include "api/joblistreply.h"
#include "api/jobtime.h"
#include "api/timersource.h"
#include "poll/stuckcounter.h"

#include <utility>

void Poller::startFull()
{
    m_kind = PollKind::Full;
    m_listDone = false;
    m_listedWithSearch = searchesOnServer();
    m_listedScope = scope();
    JobListRequest request;
    request.query = m_listedScope.query();
    request.query.sort = m_listOrder.sortKeys();
    const bool resume = std::exchange(m_resumeListing, false) && m_lister->canResume();
    if (resume) {
        // The pages a failed poll loaded are kept; the mark asked before its first page still
        // holds for them, so it is not asked again.
        m_resumedWithoutMark = m_resumedWithoutMark || !m_markOk;
        m_lister->resume();
    } else {
        m_markOk = false;
        m_resumedWithoutMark = false;
        // A window keeps the rows the user paged to; a complete listing stops at the window
        // size, which is what tells the two modes apart.
        m_lister->setMaxJobs(m_windowed ? qMax(m_windowSize, m_windowRows) : m_windowSize);
        // Restarting drops a listing of an abandoned poll without a finished() signal.
        m_lister->start(request);
    }

    // A listing made again for the other mode within the same poll counts nothing anew.
    if (!m_statsRequested && !m_keepCounts) {
        m_stuck->start();
        startStats();
    }
    if (m_listedWithSearch)
        startBaseCount();
    if (resume)
        return;
    if (m_markReply) {
        m_markReply->abort();
        m_markReply = nullptr;
    }
    if (!m_deltaEnabled)
        return;
    // The newest updated_at as the listing starts is where the next delta poll begins: a job
    // that changes while the pages arrive is stamped later (within the overlap) and found then.
    JobListRequest mark;
    mark.query = m_listedScope.query();
    // job_id too: every row needs one to decode, and the server adds only the ordering keys.
    mark.query.only = QStringList{ QStringLiteral("job_id"), QStringLiteral("updated_at") };
    mark.query.sort = { { QStringLiteral("updated_at"), true } };
    mark.query.pageStart = 1;
    mark.query.pageLimit = 1;
    JobListReply *reply = m_client->list(mark);
    m_markReply = reply;
    const quint64 seq = m_pollSeq;
    connect(reply, &JobApiReply::finished, this, [this, reply, seq] {
        if (seq != m_pollSeq || reply != m_markReply)
            return;
        m_markReply = nullptr;
        m_traffic.add(reply);
        if (reply->isOk() && !reply->page().jobs.empty()) {
            const qint64 stamp = reply->page().jobs.front().updatedAtMs;
            m_markOk = stamp != JobTime::kNone;
            m_markMs = stamp;
        }
        maybeComplete();
    });
}

void Poller::onListFinished()
{
    if (!m_polling || m_kind != PollKind::Full)
        return;
    m_listDone = true;
    m_traffic.add(m_lister->traffic());
    maybeComplete();
}

bool Poller::applyFullListing()
{
    const ApiError error = m_lister->error();
    if (error.isError()) {
        fail(error);
        return false;
    }
    std::vector<Job> jobs = m_lister->takeJobs();
    const qint64 listedTotal = m_lister->serverTotal() >= 0 ? m_lister->serverTotal() : qint64(jobs.size());
    if (!settleMode(listedTotal, m_listedWithSearch)) {
        m_listDone = false;
        startFull();
        return false;
    }
    qint64 newest = JobTime::kNone;
    for (const Job &job : jobs)
        newest = qMax(newest, job.updatedAtMs);
    m_lastServerTotal = listedTotal;
    m_state.lastChanges = int(jobs.size());
    m_state.sweepRangesCounted = 0;
    m_state.sweepRangesListed = 0;
    // A window is kept in the order it was listed in; rows that are all there in the
    // server's default, which the sweeps of the delta polls count by.
    m_set.setOrder(m_lister->truncated() ? m_listOrder : JobOrder());
    m_set.reset(std::move(jobs), m_lister->maxJobs(), m_lister->truncated());
    // Without the mark (an empty list, or a server that sent no updated_at) the newest
    // stamp listed is the next best server time.
    m_hasWatermark = m_markOk || newest != JobTime::kNone;
    m_watermarkMs = m_markOk ? m_markMs : newest;
    if (!m_keepCounts)
        m_baseProbe = {}; // the counts are asked beside this listing
    // Pages loaded over several polls without a mark from before the first one: a row of an
    // early page may have changed before a later page's newest stamp, so list again.
    m_fullRequested = m_resumedWithoutMark;
    m_resumedWithoutMark = false;
    m_lastFullAtMs = timers()->nowMs();
    m_state.lastFullRefresh = QDateTime::fromMSecsSinceEpoch(m_lastFullAtMs, Qt::UTC);
    return true;
}
