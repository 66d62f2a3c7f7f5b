// SPDX-License-Identifier: MIT
// Poller, the windowed mode: the window's size and order, the search it sends to the server,
// the filters' total beside that search, and the pages listed after the window's edge.
#include "poller.h"

#include "api/jobapiclient.h"
#include "api/joblister.h"
#include "api/joblistreply.h"
#include "poll/changeprobe.h"
#include "poll/windowpager.h"

#include <utility>

void Poller::setWindowSize(int rows)
{
    rows = qMax(1, rows);
    if (rows == m_windowSize)
        return;
    m_windowSize = rows;
    m_windowRows = rows;
    m_fullRequested = true; // the window a delta keeps has another size now
    m_resumeListing = false;
}

int Poller::pageLimit() const
{
    return m_lister->pageLimit();
}

void Poller::setListOrder(const JobOrder &order)
{
    if (order == m_listOrder)
        return;
    m_listOrder = order;
    m_resumeListing = false; // its pages were listed in the old order
    // A window of one order is not a window of another: its rows are listed again. Rows that
    // are all there (complete, or every match of a search) are only sorted anew.
    if (m_windowed && m_set.isTruncated())
        restart(true);
}

void Poller::setSearchExpansion(SearchExpansion expansion)
{
    m_searchExpansion = std::move(expansion);
    refreshSearch();
}

void Poller::refreshSearch()
{
    if (searchesOnServer() && m_set.isValid() && scope() != m_listedScope)
        restart(true);
}

JobScope Poller::scope() const
{
    JobScope scope{ m_filter.serverFilters(), {} };
    if (searchesOnServer()) {
        scope.filterOr = m_filter.textConditions();
        if (m_searchExpansion)
            scope.filterOr += m_searchExpansion(m_filter.text);
    }
    return scope;
}

bool Poller::canFetchMore() const
{
    return m_windowed && m_set.isValid() && m_set.isTruncated() && m_set.edge() && !m_pagesExhausted
        && (m_lastServerTotal < 0 || m_lastServerTotal > m_set.size());
}

void Poller::fetchMore()
{
    if (!canFetchMore() || m_paging || m_moreWanted)
        return;
    if (m_polling) {
        // The poll may move the window's edge; the page is listed after it lands.
        m_moreWanted = true;
        emit fetchingMoreChanged(true);
        return;
    }
    startPage();
}

void Poller::startPage()
{
    m_paging = true;
    emit fetchingMoreChanged(true);
    m_pager->start(m_listedScope, m_set.order(), *m_set.edge(), m_lister->pageLimit());
}

void Poller::onPageFinished()
{
    m_paging = false;
    const ApiError error = m_pager->error();
    if (error.isError()) {
        if (error.kind != ApiError::Kind::Canceled)
            emit fetchMoreFailed(error);
    } else {
        std::vector<Job> jobs = m_pager->takeJobs();
        m_pagesExhausted = m_pager->isExhausted();
        m_set.extend(std::move(jobs));
        m_windowRows = qMax(m_windowRows, m_set.size());
        emit jobsUpdated(m_lastServerTotal, m_set.isTruncated(), m_generation);
    }
    emit fetchingMoreChanged(false);
    if (m_pollWanted) {
        m_pollWanted = false;
        poll();
    }
}

void Poller::startBaseCount()
{
    // Beside a search on the server, only this count tells whether the filters alone still
    // match more jobs than the window holds.
    m_baseCount = -1;
    if (m_baseCountReply)
        m_baseCountReply->abort();
    JobListReply *reply = m_client->list(ChangeProbe::countRequest(JobScope{ m_filter.serverFilters(), {} }));
    m_baseCountReply = reply;
    const quint64 seq = m_pollSeq;
    connect(reply, &JobApiReply::finished, this, [this, reply, seq] {
        if (seq != m_pollSeq || reply != m_baseCountReply)
            return;
        m_baseCountReply = nullptr;
        m_traffic.add(reply);
        // Failed, the mode stays as it is until a count succeeds.
        if (reply->isOk())
            m_baseCount = reply->page().totalCount;
        maybeComplete();
    });
}

bool Poller::settleMode(qint64 listedTotal, bool listedWithSearch)
{
    const qint64 base = listedWithSearch ? m_baseCount : listedTotal;
    if (base < 0)
        return true;
    m_baseTotal = base;
    const bool windowed = base > m_windowSize;
    if (windowed == m_windowed)
        return true;
    setWindowed(windowed);
    // The search moves between the server and the client with the mode: a listing made for the
    // other mode holds the wrong rows. Once per poll, so a total that hovers at the window size
    // cannot keep a poll listing.
    if (searchesOnServer() == listedWithSearch || m_relisted)
        return true;
    m_relisted = true;
    return false;
}

void Poller::setWindowed(bool windowed)
{
    if (windowed == m_windowed)
        return;
    m_windowed = windowed;
    if (!windowed)
        m_windowRows = m_windowSize;
    emit windowedChanged(windowed);
}
