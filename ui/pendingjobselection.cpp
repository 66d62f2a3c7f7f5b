// SPDX-License-Identifier: MIT
#include "pendingjobselection.h"

#include "jobtableview.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "poll/poller.h"

#include <QItemSelectionModel>

PendingJobSelection::PendingJobSelection(JobTableView *table, JobMonitorSession *session, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_session(session)
{
    connect(session, &JobMonitorSession::snapshotApplied, this, &PendingJobSelection::onSnapshotApplied);
}

void PendingJobSelection::select(const QStringList &jobIds)
{
    m_ids = jobIds;
    m_pollsLeft = kMaxPolls;
    if (m_ids.isEmpty() || !m_session)
        return;
    const QStringList listed = listedIds();
    if (listed.size() == m_ids.size())
        finish(listed);
    else
        m_session->poller()->refreshNow();
}

QStringList PendingJobSelection::listedIds() const
{
    QStringList listed;
    for (const QString &id : m_ids) {
        if (m_session->model()->rowForId(id) >= 0)
            listed.append(id);
    }
    return listed;
}

void PendingJobSelection::onSnapshotApplied()
{
    if (m_ids.isEmpty() || !m_session || !m_table)
        return;
    const QStringList listed = listedIds();
    if (listed.size() == m_ids.size() || --m_pollsLeft <= 0)
        finish(listed);
}

void PendingJobSelection::finish(const QStringList &listed)
{
    const int wanted = int(m_ids.size());
    m_ids.clear();
    if (listed.isEmpty()) {
        Q_EMIT message(tr("%n new job(s) not listed yet; they will show with a later update.", nullptr, wanted));
        return;
    }
    m_table->selectJobIds(listed);
    const int selected = int(m_table->selectedJobIds().size());
    if (selected < int(listed.size()))
        Q_EMIT message(tr("%n new job(s) hidden by the filters; clear them to see every job.", nullptr,
                          int(listed.size()) - selected));
    else
        Q_EMIT message(tr("%n new job(s) selected.", nullptr, selected));
    m_table->setFocus();
}
