// SPDX-License-Identifier: MIT
#include "statusoverview.h"

#include "iconprovider.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>

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
    updateLabels();
}

void StatusOverview::setStuckCount(int stuck)
{
    if (m_stuckCount == stuck)
        return;
    m_stuckCount = stuck;
    updateLabels();
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

void StatusOverview::updateLabels()
{
    const QLocale locale;
    auto countText = [&locale](qint64 n) { return n < 0 ? QStringLiteral("–") : locale.toString(n); };

    m_all->setText(tr("All %1").arg(countText(m_total)));
    m_all->setToolTip(tr("Show every status (%1 jobs)").arg(countText(m_total)));
    m_all->setAccessibleName(tr("All statuses, %1 jobs").arg(countText(m_total)));

    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const qint64 n = m_total < 0 ? -1 : m_counts.value(it.key(), 0);
        const QString label = JobStatuses::label(it.key());
        it.value()->setText(QStringLiteral("%1 %2").arg(label, countText(n)));
        it.value()->setToolTip(
            tr("Show only %1 jobs (%2). Several statuses can be selected.").arg(label.toLower(), countText(n)));
        it.value()->setAccessibleName(tr("%1, %2 jobs").arg(label, countText(n)));
    }
    m_stuck->setText(tr("Stuck %1").arg(countText(m_stuckCount)));
    m_stuck->setToolTip(tr("Show only jobs pending or in progress for longer than the stuck threshold (%1)")
                            .arg(countText(m_stuckCount)));
    m_stuck->setAccessibleName(tr("Stuck, %1 jobs").arg(countText(m_stuckCount)));
}

void StatusOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateLabels();
    QWidget::changeEvent(event);
}
