// SPDX-License-Identifier: MIT
#pragma once

#include "poll/pollstate.h"

#include <QStatusBar>

class QLabel;
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
    };

    explicit PollStatusBar(QWidget *parent = nullptr);

    void setConnection(const QString &name, State state);
    void setLastUpdate(qint64 msecsSinceEpoch); // desktop clock; 0: never
    void setStale(bool stale);
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
    void refreshFreshness();

    QLabel *m_connection;
    QLabel *m_freshness;
    QLabel *m_counts;
    QLabel *m_mode;
    QLabel *m_traffic;
    QTimer *m_ticker;
    qint64 m_lastUpdateMs = 0;
    qint64 m_nextRetryMs = 0;
    bool m_stale = false;
    State m_state = State::NotConnected;
};
