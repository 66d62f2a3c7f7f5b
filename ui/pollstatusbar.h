// SPDX-License-Identifier: MIT
#pragma once

#include "poll/pollstate.h"

#include <QStatusBar>

class QLabel;
class SteadyWidthLabel;
class QTimer;

// Connection state, data freshness ("updated 5 s ago", "stale"), "showing N of M", whether
// every matching job is loaded or the table is a window onto the server, and the traffic of
// the last poll, permanently on the right of the status bar.
class PollStatusBar final : public QStatusBar
{
    Q_OBJECT
public:
    enum class State { NotConnected, NoToken, Connecting, Connected, Paused, Error };

    struct RowCounts
    {
        int shown = 0; // rows in the table
        int loaded = 0; // rows loaded, before the table's own filters
        qint64 matching = -1; // jobs the rows were listed from, a server search included
        qint64 total = -1; // jobs matching the filters, search aside
        bool windowed = false;
        bool searchOnServer = false;
        bool fetchingMore = false;
        int windowSize = 0;
        int pageSize = 0;
        bool saved = false; // the rows are the jobs saved when the app last closed
        friend bool operator==(const RowCounts &a, const RowCounts &b)
        {
            return a.shown == b.shown && a.loaded == b.loaded && a.matching == b.matching && a.total == b.total
                && a.windowed == b.windowed && a.searchOnServer == b.searchOnServer && a.fetchingMore == b.fetchingMore
                && a.windowSize == b.windowSize && a.pageSize == b.pageSize && a.saved == b.saved;
        }
    };

    explicit PollStatusBar(QWidget *parent = nullptr);

    void setConnection(const QString &name, State state);
    void setLastUpdate(qint64 msecsSinceEpoch); // desktop clock; 0: never
    void setStale(bool stale);
    // The rows are jobs saved at this time (desktop clock), not yet the server's; 0: they are.
    void setSavedAt(qint64 msecsSinceEpoch);
    void setCounts(const RowCounts &counts);
    // No counts to show yet (connecting): none rather than a stale or made-up number.
    void clearCounts();
    // "Delta · 412 B", with the details of the last poll in the tooltip.
    void setLastPoll(const PollState &state, int fullRefreshIntervalMs);
    static QString pollSummary(const PollState &state);
    static QString pollDetails(const PollState &state, int fullRefreshIntervalMs);
    QString trafficText() const;
    void setNextRetry(qint64 msecsSinceEpoch); // 0: none scheduled

    QString connectionText() const;
    QString freshnessText() const;
    QString countText() const;
    QString modeText() const;

private:
    // A poll's texts, as last shown: most polls change none of it.
    struct ShownPoll
    {
        bool valid = false;
        PollKind kind = PollKind::Full;
        int requests = 0;
        qint64 bytesSent = 0;
        qint64 bytesReceived = 0;
        int changes = 0;
        int rangesCounted = 0;
        int rangesListed = 0;
        qint64 lastFullRefreshMs = -1;
        int fullRefreshIntervalMs = 0;
        friend bool operator==(const ShownPoll &a, const ShownPoll &b)
        {
            return a.valid == b.valid && a.kind == b.kind && a.requests == b.requests && a.bytesSent == b.bytesSent
                && a.bytesReceived == b.bytesReceived && a.changes == b.changes && a.rangesCounted == b.rangesCounted
                && a.rangesListed == b.rangesListed && a.lastFullRefreshMs == b.lastFullRefreshMs
                && a.fullRefreshIntervalMs == b.fullRefreshIntervalMs;
        }
    };

    void refreshFreshness();

    QLabel *m_connectionIcon;
    SteadyWidthLabel *m_connection;
    SteadyWidthLabel *m_freshness;
    SteadyWidthLabel *m_counts;
    SteadyWidthLabel *m_mode;
    SteadyWidthLabel *m_traffic;
    QTimer *m_ticker;
    qint64 m_lastUpdateMs = 0;
    qint64 m_nextRetryMs = 0;
    bool m_stale = false;
    qint64 m_savedAtMs = 0;
    State m_state = State::NotConnected;
    QString m_connectionName;
    bool m_connectionShown = false;
    RowCounts m_shownCounts;
    bool m_countsShown = false;
    ShownPoll m_shownPoll;
    bool m_pollShown = false;
};
