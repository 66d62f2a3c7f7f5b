// SPDX-License-Identifier: MIT
#include "statusoverview.h"

#include "iconprovider.h"
#include "model/jobformat.h"
#include "richtooltip.h"
#include "steadysize.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>

namespace {
// "1 h", "90 min", "45s": the threshold as people set it.
QString thresholdText(qint64 ms)
{
    constexpr qint64 kMinute = 60 * 1000;
    if (ms > 0 && ms % (60 * kMinute) == 0)
        return StatusOverview::tr("%1 h").arg(ms / (60 * kMinute));
    if (ms > 0 && ms % kMinute == 0)
        return StatusOverview::tr("%1 min").arg(ms / kMinute);
    return JobFormat::duration(ms);
}
} // namespace

StatusOverview::StatusOverview(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_all = makeButton();
    m_all->setChecked(true);
    m_all->setObjectName(QStringLiteral("statusAll"));
    layout->addWidget(m_all);
    connect(m_all, &QToolButton::clicked, this, [this] {
        {
            const QSignalBlocker blockStuck(m_stuck);
            m_stuck->setChecked(false);
            for (QToolButton *b : std::as_const(m_buttons)) {
                const QSignalBlocker block(b);
                b->setChecked(false);
            }
        }
        emitSelection();
    });

    for (JobStatus status : JobStatuses::kKnown) {
        QToolButton *button = makeButton();
        button->setIcon(IconProvider::statusIcon(status));
        button->setObjectName(QStringLiteral("status") + JobStatuses::toWire(status));
        m_buttons.insert(status, button);
        layout->addWidget(button);
        connect(button, &QToolButton::toggled, this, &StatusOverview::emitSelection);
    }

    // Statuses the server does not define, or none: shown while there are any, so the chips
    // always add up to "All".
    m_other = makeButton();
    m_other->setIcon(IconProvider::statusIcon(JobStatus::Unknown));
    m_other->setObjectName(QStringLiteral("statusOther"));
    m_buttons.insert(JobStatus::Unknown, m_other);
    layout->addWidget(m_other);
    connect(m_other, &QToolButton::toggled, this, &StatusOverview::emitSelection);

    m_stuck = makeButton();
    m_stuck->setIcon(IconProvider::stuckIcon());
    m_stuck->setObjectName(QStringLiteral("statusStuck"));
    layout->addSpacing(8);
    layout->addWidget(m_stuck);
    connect(m_stuck, &QToolButton::toggled, this, &StatusOverview::emitSelection);
    layout->addStretch(1);
    updateLabels();
}

QToolButton *StatusOverview::makeButton()
{
    auto *button = new QToolButton(this);
    button->setCheckable(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

void StatusOverview::setCounts(const QHash<JobStatus, qint64> &counts, qint64 total)
{
    m_counts = counts;
    m_total = total;
    updateStatusLabels();
}

void StatusOverview::setStats(const JobStats &stats)
{
    m_stats = stats;
    m_haveStats = true;
    QHash<JobStatus, qint64> counts;
    for (JobStatus status : JobStatuses::kKnown)
        counts.insert(status, stats.count(status));
    counts.insert(JobStatus::Unknown, stats.unknownCount());
    setCounts(counts, stats.total);
}

void StatusOverview::setStuckCount(qint64 stuck, qint64 loaded, qint64 thresholdMs)
{
    if (m_stuckCount == stuck && m_loadedStuck == loaded && m_stuckThresholdMs == thresholdMs)
        return;
    m_stuckCount = stuck;
    m_loadedStuck = loaded;
    m_stuckThresholdMs = thresholdMs;
    updateStuckLabel();
}

void StatusOverview::setSelection(const QList<JobStatus> &statuses, bool stuckOnly)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(statuses.contains(it.key()));
    }
    const QSignalBlocker block(m_stuck);
    m_stuck->setChecked(stuckOnly);
    m_all->setChecked(statuses.isEmpty() && !stuckOnly);
}

QList<JobStatus> StatusOverview::selectedStatuses() const
{
    QList<JobStatus> statuses;
    for (JobStatus status : JobStatuses::kKnown) {
        if (m_buttons.value(status)->isChecked())
            statuses.append(status);
    }
    if (m_other->isChecked())
        statuses.append(JobStatus::Unknown);
    return statuses;
}

bool StatusOverview::stuckOnly() const
{
    return m_stuck->isChecked();
}

QToolButton *StatusOverview::buttonFor(JobStatus status) const
{
    return m_buttons.value(status);
}

void StatusOverview::emitSelection()
{
    const QList<JobStatus> statuses = selectedStatuses();
    m_all->setChecked(statuses.isEmpty() && !m_stuck->isChecked());
    Q_EMIT selectionChanged(statuses, m_stuck->isChecked());
}

QString StatusOverview::sourceText(JobStatus status, qint64 count) const
{
    if (!m_haveStats || count < 0)
        return {};
    const QLocale locale;
    qint64 domain = 0;
    if (m_stats.domainJobsAdded) {
        for (auto it = m_stats.domainStatusCounts.cbegin(); it != m_stats.domainStatusCounts.cend(); ++it) {
            if (JobStatuses::fromWire(it.key()) == status)
                domain += it.value();
        }
    }
    if (!m_stats.domainJobsAdded)
        return tr("Counted by the server (stat) over every job matching the other filters.");
    if (domain == 0)
        return tr("Counted by the server's stat; with list, no domain-level jobs (workspace \"*\") have this status.");
    return tr("%1 counted by the server's stat, plus %2 domain-level jobs (workspace \"*\") counted with list: "
              "the list shows them to this workspace token, but its stat leaves them out.")
        .arg(locale.toString(count - domain), locale.toString(domain));
}

namespace {
// A count as the buttons show it: "–" while the server has not said.
QString countOf(const QLocale &locale, qint64 n)
{
    return n < 0 ? QStringLiteral("–") : locale.toString(n);
}
} // namespace

void StatusOverview::updateLabels()
{
    updateStatusLabels();
    updateStuckLabel();
}

// The status buttons and "All": what the server's counts say.
void StatusOverview::updateStatusLabels()
{
    const QLocale locale;
    auto countText = [&locale](qint64 n) { return countOf(locale, n); };

    m_all->setText(tr("All %1").arg(countText(m_total)));
    SteadySize::hold(m_all, m_all->sizeHint());
    QString allTip = tr("Show every status: %1 jobs on the server match the other filters.").arg(countText(m_total));
    if (m_haveStats && m_total >= 0) {
        if (m_stats.domainJobsAdded) {
            qint64 domain = 0;
            for (qint64 n : std::as_const(m_stats.domainStatusCounts))
                domain += n;
            allTip += QLatin1Char('\n')
                + tr("%1 counted by the server's stat, plus %2 domain-level jobs (workspace \"*\") counted with "
                     "list: the list shows them to this workspace token, but its stat leaves them out.")
                      .arg(locale.toString(m_total - domain), locale.toString(domain));
        } else {
            allTip += QLatin1Char('\n') + tr("Counted by the server (stat), not from the loaded rows.");
        }
    }
    m_all->setToolTip(RichTooltip::paragraphs(allTip.split(QLatin1Char('\n'))));
    m_all->setAccessibleName(tr("All statuses, %1 jobs").arg(countText(m_total)));

    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const JobStatus status = it.key();
        const qint64 n = m_total < 0 ? -1 : m_counts.value(status, 0);
        const QString label = status == JobStatus::Unknown ? tr("Other") : JobStatuses::label(status);
        it.value()->setText(QStringLiteral("%1 %2").arg(label, countText(n)));
        SteadySize::hold(it.value(), it.value()->sizeHint());
        QString tip;
        if (status == JobStatus::Unknown) {
            tip = tr("Show only jobs whose status is missing or not one the server defines (%1).").arg(countText(n));
            QStringList parts;
            for (auto c = m_stats.statusCounts.cbegin(); m_haveStats && c != m_stats.statusCounts.cend(); ++c) {
                if (JobStatuses::fromWire(c.key()) != JobStatus::Unknown)
                    continue;
                const qint64 own
                    = c.value() - (m_stats.domainJobsAdded ? m_stats.domainStatusCounts.value(c.key()) : 0);
                if (own > 0)
                    parts << tr("%1: %2").arg(c.key().isEmpty() ? tr("no status") : c.key(), locale.toString(own));
            }
            const qint64 domainOther = m_stats.domainJobsAdded ? m_stats.domainStatusCounts.value(QString()) : 0;
            if (domainOther > 0)
                parts << tr("domain-level jobs counted with list: %1").arg(locale.toString(domainOther));
            if (!parts.isEmpty())
                tip += QLatin1Char(' ') + parts.join(QStringLiteral(", ")) + QLatin1Char('.');
        } else {
            tip = tr("Show only %1 jobs (%2). Several statuses can be selected.").arg(label.toLower(), countText(n));
        }
        it.value()->setToolTip(RichTooltip::paragraphs({ tip, sourceText(status, n) }));
        it.value()->setAccessibleName(tr("%1, %2 jobs").arg(label, countText(n)));
    }
    // Hidden while there is nothing to show, unless it is what the table is filtered by.
    m_other->setVisible(m_counts.value(JobStatus::Unknown, 0) > 0 || m_other->isChecked());
}

// The stuck button: its own count, which changes apart from the others (time makes jobs stuck).
void StatusOverview::updateStuckLabel()
{
    const QLocale locale;
    auto countText = [&locale](qint64 n) { return countOf(locale, n); };
    m_stuck->setText(tr("Stuck %1").arg(countText(m_stuckCount)));
    SteadySize::hold(m_stuck, m_stuck->sizeHint());
    QStringList stuckTip{ tr("Show only jobs pending or in progress for longer than the stuck threshold (%1).")
                              .arg(countText(m_stuckCount)) };
    if (m_stuckCount >= 0) {
        stuckTip = QStringList{ tr("Show only stuck jobs: %1 on the server are pending or in progress with no update "
                                   "for over %2 by the server's clock.")
                                    .arg(locale.toString(m_stuckCount), thresholdText(m_stuckThresholdMs)) };
        if (m_loadedStuck >= 0)
            stuckTip.last()
                += QLatin1Char(' ') + tr("%1 of them are loaded in the table.").arg(locale.toString(m_loadedStuck));
        stuckTip << tr("Counted by the server (a count_only list) over every status and every job matching the other "
                       "filters, whatever is loaded or chosen.");
    }
    m_stuck->setToolTip(RichTooltip::paragraphs(stuckTip));
    m_stuck->setAccessibleName(tr("Stuck, %1 jobs").arg(countText(m_stuckCount)));
}

void StatusOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateLabels();
    QWidget::changeEvent(event);
    // The buttons hold their sizes while counts change; another font or style sizes them anew.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        for (QToolButton *button : findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly))
            SteadySize::hold(button, button->sizeHint(), true);
    }
}
