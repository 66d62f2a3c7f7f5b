// SPDX-License-Identifier: MIT
#include "pollstatusbar.h"

#include "iconprovider.h"
#include "model/jobformat.h"
#include "steadywidthlabel.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QTimer>

PollStatusBar::PollStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_connectionIcon(new QLabel(this))
    , m_connection(new SteadyWidthLabel(this))
    , m_freshness(new SteadyWidthLabel(this))
    , m_counts(new SteadyWidthLabel(this))
    , m_mode(new SteadyWidthLabel(this))
    , m_traffic(new SteadyWidthLabel(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("pollStatusBar"));
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_freshness->setObjectName(QStringLiteral("freshness"));
    m_counts->setObjectName(QStringLiteral("rowCounts"));
    m_mode->setObjectName(QStringLiteral("loadMode"));
    m_traffic->setObjectName(QStringLiteral("traffic"));
    m_connectionIcon->setObjectName(QStringLiteral("connectionIcon"));
    // Plain text beside an icon of its own: a rich-text label with an <img> parses a document
    // and loads the image plugins on the first paint of the window.
    m_connection->setTextFormat(Qt::PlainText);
    addPermanentWidget(m_connectionIcon);
    addPermanentWidget(m_connection);
    addPermanentWidget(m_freshness);
    addPermanentWidget(m_counts);
    addPermanentWidget(m_mode);
    addPermanentWidget(m_traffic);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &PollStatusBar::refreshFreshness);
    m_ticker->start();
    setConnection({}, State::NotConnected);
    refreshFreshness();
}

void PollStatusBar::setConnection(const QString &name, State state)
{
    if (m_connectionShown && name == m_connectionName && state == m_state)
        return;
    m_connectionShown = true;
    m_connectionName = name;
    m_state = state;
    QString stateText;
    JobStatus icon = JobStatus::Canceled;
    switch (state) {
    case State::NotConnected:
        stateText = tr("Not connected");
        break;
    case State::Connecting:
        stateText = tr("Connecting to %1…").arg(name);
        icon = JobStatus::Pending;
        break;
    case State::Connected:
        stateText = tr("Connected to %1").arg(name);
        icon = JobStatus::Success;
        break;
    case State::NoToken:
        stateText = tr("%1 — no token").arg(name);
        icon = JobStatus::Canceled;
        break;
    case State::Paused:
        stateText = tr("%1 — paused").arg(name);
        icon = JobStatus::Canceled;
        break;
    case State::Error:
        stateText = tr("%1 — connection problem").arg(name);
        icon = JobStatus::Failure;
        break;
    }
    m_connectionIcon->setPixmap(IconProvider::statusIcon(icon).pixmap(QSize(12, 12), devicePixelRatioF()));
    m_connection->setText(stateText);
    m_connection->setAccessibleName(stateText);
    m_connection->setProperty("plainText", stateText);
    refreshFreshness();
}

void PollStatusBar::setLastUpdate(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch == m_lastUpdateMs)
        return;
    m_lastUpdateMs = msecsSinceEpoch;
    refreshFreshness();
}

void PollStatusBar::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    refreshFreshness();
}

void PollStatusBar::setSavedAt(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch == m_savedAtMs)
        return;
    m_savedAtMs = msecsSinceEpoch;
    refreshFreshness();
}

void PollStatusBar::setNextRetry(qint64 msecsSinceEpoch)
{
    m_nextRetryMs = msecsSinceEpoch;
    refreshFreshness();
}

void PollStatusBar::setCounts(const RowCounts &c)
{
    if (m_countsShown && c == m_shownCounts)
        return;
    m_countsShown = true;
    m_shownCounts = c;
    const QLocale locale;
    auto n = [&locale](qint64 v) { return locale.toString(v); };
    if (c.saved) {
        // Nothing is claimed of the server: only what the rows are.
        m_counts->setText(c.shown == c.loaded ? tr("%Ln saved job(s)", nullptr, c.shown)
                                              : tr("Showing %1 of %2 saved").arg(n(c.shown), n(c.loaded)));
        m_counts->setToolTip(tr("The jobs this connection showed when the app last closed. The server's jobs "
                                "replace them as soon as it answers."));
        m_mode->setText(tr("Saved"));
        m_mode->setToolTip(m_counts->toolTip());
        return;
    }
    if (!c.windowed) {
        m_counts->setText(c.shown == c.loaded ? tr("%Ln job(s)", nullptr, c.shown)
                                              : tr("Showing %1 of %2").arg(n(c.shown), n(c.loaded)));
        m_counts->setToolTip(
            c.shown == c.loaded
                ? QString()
                : tr("%1 jobs are loaded; the filters in the table show %2 of them.").arg(n(c.loaded), n(c.shown)));
        m_mode->setText(tr("All loaded"));
        m_mode->setToolTip(tr("Every matching job is loaded, so sorting and search run in the app. When more than "
                              "%1 match, the table becomes a window onto the server.")
                               .arg(n(c.windowSize)));
        return;
    }
    const qint64 matching = c.matching >= 0 ? c.matching : c.loaded;
    m_counts->setText(tr("Showing %1 of %2").arg(n(c.shown), n(matching)));
    QString countTip = tr("%1 of the %2 matching jobs are loaded.").arg(n(c.loaded), n(matching));
    if (c.searchOnServer && c.total >= 0)
        countTip += QLatin1Char(' ') + tr("The server searched all %1 jobs that match the filters.").arg(n(c.total));
    m_counts->setToolTip(countTip);
    QString mode = c.searchOnServer ? tr("Window · searched on the server") : tr("Window");
    if (c.fetchingMore)
        mode += QStringLiteral(" · ") + tr("loading more…");
    m_mode->setText(mode);
    m_mode->setToolTip(tr("More jobs match (%1) than the window loads at once (%2). Sorting by a column asks the "
                          "server for its order, the search runs on the server, and scrolling to the end loads "
                          "the next %3.")
                           .arg(n(c.total >= 0 ? c.total : matching), n(c.windowSize), n(c.pageSize)));
}

void PollStatusBar::clearCounts()
{
    m_countsShown = false;
    m_counts->clear();
    m_counts->setToolTip({});
    m_mode->clear();
    m_mode->setToolTip({});
}

void PollStatusBar::setLastPoll(const PollState &state, int fullRefreshIntervalMs)
{
    // What the texts below are made of; the time of the poll itself is not among it.
    const ShownPoll shown{ state.lastSuccess.isValid(),
                           state.lastKind,
                           state.lastTraffic.requests,
                           state.lastTraffic.bytesSent,
                           state.lastTraffic.bytesReceived,
                           state.lastChanges,
                           state.sweepRangesCounted,
                           state.sweepRangesListed,
                           state.lastFullRefresh.isValid() ? state.lastFullRefresh.toMSecsSinceEpoch() : -1,
                           fullRefreshIntervalMs };
    if (m_pollShown && shown == m_shownPoll)
        return;
    m_pollShown = true;
    m_shownPoll = shown;
    if (!state.lastSuccess.isValid()) {
        m_traffic->clear();
        m_traffic->setToolTip({});
        return;
    }
    m_traffic->setText(pollSummary(state));
    m_traffic->setToolTip(pollDetails(state, fullRefreshIntervalMs));
}

QString PollStatusBar::pollSummary(const PollState &state)
{
    const QString bytes = QLocale().formattedDataSize(state.lastTraffic.total());
    switch (state.lastKind) {
    case PollKind::Full:
        return tr("Full · %1").arg(bytes);
    case PollKind::Delta:
        return tr("Delta · %1").arg(bytes);
    case PollKind::Sweep:
        return tr("Sweep · %1").arg(bytes);
    }
    return bytes;
}

QString PollStatusBar::pollDetails(const PollState &state, int fullRefreshIntervalMs)
{
    const QLocale locale;
    QString kind;
    switch (state.lastKind) {
    case PollKind::Full:
        kind = tr("a full listing of every matching job");
        break;
    case PollKind::Delta:
        kind = tr("only the jobs changed since the last poll");
        break;
    case PollKind::Sweep:
        kind = tr("the changed jobs, then the job ids of %1 of %2 time ranges whose counts differed")
                   .arg(state.sweepRangesListed)
                   .arg(state.sweepRangesCounted > 0 ? state.sweepRangesCounted : state.sweepRangesListed);
        break;
    }
    QStringList lines;
    lines << tr("Last poll: %1.").arg(kind);
    lines << tr("Requests: %1 (%2 sent, %3 received).")
                 .arg(state.lastTraffic.requests)
                 .arg(locale.formattedDataSize(state.lastTraffic.bytesSent),
                      locale.formattedDataSize(state.lastTraffic.bytesReceived));
    if (state.lastKind != PollKind::Full)
        lines << tr("Rows added, changed or removed: %1.").arg(state.lastChanges);
    lines << tr("A full listing runs every %1 min and whenever the filter or connection changes.")
                 .arg(qMax(1, fullRefreshIntervalMs / 60000));
    if (state.lastFullRefresh.isValid()) {
        // From the interval chosen now, which may have changed since the last full listing.
        const QDateTime next = state.lastFullRefresh.addMSecs(fullRefreshIntervalMs);
        lines << tr("Next full listing: %1.").arg(locale.toString(next.toLocalTime().time(), QLocale::ShortFormat));
    }
    return lines.join(QLatin1Char('\n'));
}

QString PollStatusBar::trafficText() const
{
    return m_traffic->text();
}

QString PollStatusBar::connectionText() const
{
    return m_connection->property("plainText").toString();
}

QString PollStatusBar::freshnessText() const
{
    return m_freshness->text();
}

QString PollStatusBar::countText() const
{
    return m_counts->text();
}

QString PollStatusBar::modeText() const
{
    return m_mode->text();
}

void PollStatusBar::refreshFreshness()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString text;
    if (m_savedAtMs > 0) {
        text = tr("Jobs saved %1 — waiting for the server").arg(JobFormat::relativeTime(m_savedAtMs, now));
    } else if (m_lastUpdateMs <= 0) {
        text = m_state == State::Connecting ? tr("Loading…") : QString();
    } else {
        const qint64 seconds = qMax<qint64>(0, (now - m_lastUpdateMs) / 1000);
        text = seconds < 60 ? tr("Updated %n s ago", nullptr, int(seconds))
                            : tr("Updated %1").arg(JobFormat::relativeTime(m_lastUpdateMs, now));
        if (m_stale)
            text = tr("Stale — last good data %1").arg(JobFormat::relativeTime(m_lastUpdateMs, now));
    }
    if (m_nextRetryMs > now)
        text += (text.isEmpty() ? QString() : QStringLiteral(" · "))
            + tr("retrying in %n s", nullptr, int((m_nextRetryMs - now + 999) / 1000));
    m_freshness->setText(text);
    const QColor color = m_stale || m_savedAtMs > 0 ? IconProvider::statusColor(JobStatus::Failure, palette())
                                                    : palette().color(QPalette::WindowText);
    if (m_freshness->palette().color(QPalette::WindowText) != color) {
        QPalette p = m_freshness->palette();
        p.setColor(QPalette::WindowText, color);
        m_freshness->setPalette(p);
    }
}
