// SPDX-License-Identifier: MIT
#include "deleteracescenario.h"

#include "apitestutil.h"

#include "ui/deletejobsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {
constexpr int kPool = 36;
constexpr qint64 kBaseMs = 1655452800000;

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

QString describe(const QStringList &ids)
{
    QStringList sorted = ids;
    sorted.sort();
    return QLatin1Char('[') + sorted.join(QLatin1String(", ")) + QLatin1Char(']');
}
} // namespace

DeleteRaceScenario::DeleteRaceScenario(quint32 seed)
    : m_seed(seed)
    , m_random(seed)
{
    m_proxy.setSourceModel(&m_model);
    m_decoration.setSourceModel(&m_proxy);
    m_view.setModel(&m_decoration);
    // Every row on screen, so any of them can be clicked.
    m_view.resize(1400, 40 * (kPool + 4));
    m_view.show();
}

DeleteRaceScenario::~DeleteRaceScenario() = default;

bool DeleteRaceScenario::start(QString *error)
{
    if (!m_backend.start()) {
        *error = QStringLiteral("the sandbox did not start");
        return false;
    }
    m_client.setEndpoint(m_backend.endpoint());
    return true;
}

std::vector<Job> DeleteRaceScenario::poll(const std::vector<Job> &pool, int minRows)
{
    // What the server lists now: a random part of the pool, some jobs changed meanwhile, so
    // that a sort by status, time or error moves them.
    std::vector<Job> rows = pool;
    std::shuffle(rows.begin(), rows.end(), m_random);
    rows.resize(size_t(minRows + m_random.bounded(int(rows.size()) - minRows + 1)));
    for (Job &job : rows) {
        if (m_random.bounded(3) != 0)
            continue;
        static const JobStatus statuses[] = { JobStatus::Pending, JobStatus::InProgress, JobStatus::Success,
                                              JobStatus::Failure, JobStatus::Canceled };
        job.status = statuses[m_random.bounded(5)];
        job.updatedAtMs += 1000 + m_random.bounded(600000);
        job.finishedAtMs = JobStatuses::isActive(job.status) ? 0 : job.updatedAtMs;
        job.errorMessage
            = job.status == JobStatus::Failure ? QStringLiteral("ERROR_%1").arg(m_random.bounded(100)) : QString();
    }
    m_model.applySnapshot(rows);
    QCoreApplication::processEvents();
    return rows;
}

QStringList DeleteRaceScenario::idsShownSelected() const
{
    // Read off the screen: the Job ID cell of every selected row, as displayed.
    QStringList ids;
    const QModelIndexList rows = m_view.selectionModel()->selectedRows(JobTableModel::JobIdColumn);
    for (const QModelIndex &index : rows)
        ids.append(index.data(Qt::DisplayRole).toString());
    return ids;
}

bool DeleteRaceScenario::clickRow(int row)
{
    const QModelIndex index = m_decoration.index(row, JobTableModel::JobIdColumn);
    const QRect rect = m_view.visualRect(index);
    if (!rect.isValid() || !m_view.viewport()->rect().contains(rect.center()))
        return false;
    QTest::mouseClick(m_view.viewport(), Qt::LeftButton, Qt::ControlModifier, rect.center());
    return true;
}

bool DeleteRaceScenario::playRound(int round, QString *failure)
{
    // The server holds a fresh pool of jobs for this round.
    std::vector<Job> pool;
    for (int i = 0; i < kPool; ++i) {
        Job job;
        job.jobId = QStringLiteral("job-%1").arg(m_nextJob++, 12, 16, QLatin1Char('0'));
        static const JobStatus statuses[]
            = { JobStatus::InProgress, JobStatus::Success, JobStatus::Failure, JobStatus::Canceled };
        job.status = statuses[m_random.bounded(4)];
        job.domainId = QStringLiteral("domain-58010aa2e451");
        job.workspaceId = QStringLiteral("workspace-%1").arg(m_random.bounded(4));
        job.trustedAccountId = QStringLiteral("ta-%1").arg(m_random.bounded(9), 12, 16, QLatin1Char('0'));
        job.pluginId = QStringLiteral("plugin-collector-%1").arg(m_random.bounded(3));
        job.resourceGroup = ResourceGroup::Workspace;
        job.createdAtMs = kBaseMs + qint64(m_random.bounded(86400)) * 1000;
        job.updatedAtMs = job.createdAtMs + m_random.bounded(600000);
        job.finishedAtMs = JobStatuses::isActive(job.status) ? 0 : job.updatedAtMs;
        pool.push_back(job);
    }
    m_backend.upsert(pool);
    m_view.clearSelection();
    poll(pool, 12);

    // Sort as a header click would.
    const int column = m_random.bounded(int(JobTableModel::ColumnCount));
    m_view.sortByColumn(column, m_random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
    QCoreApplication::processEvents();

    // Ctrl-click a few rows.
    const int clicks = 1 + m_random.bounded(6);
    for (int i = 0; i < clicks && m_decoration.rowCount() > 0; ++i) {
        if (!clickRow(m_random.bounded(m_decoration.rowCount()))) {
            *failure = QStringLiteral("round %1: a row was not on screen").arg(round);
            return false;
        }
    }
    // Polls between selecting and pressing Delete reorder, change and remove rows.
    const int pollsBeforeOpen = m_random.bounded(3);
    for (int p = 0; p < pollsBeforeOpen; ++p)
        poll(pool, 0);
    const QStringList shown = idsShownSelected();
    const QStringList selected = m_view.selectedJobIds();
    if (asSet(shown) != asSet(selected) || shown.size() != selected.size()) {
        *failure = QStringLiteral("round %1: the view reports %2 but shows %3 selected")
                       .arg(round)
                       .arg(describe(selected), describe(shown));
        return false;
    }
    if (selected.isEmpty())
        return true; // every selected row left the table: nothing to delete this round

    std::unique_ptr<DeleteJobsDialog> dialog(DeleteJobsDialog::create(selected, &m_model, &m_client));
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->show();
    if (dialog->jobIds() != selected) {
        *failure = QStringLiteral("round %1: the dialog captured %2 for %3")
                       .arg(round)
                       .arg(describe(dialog->jobIds()), describe(selected));
        return false;
    }
    // Polls while the dialog is open; one may come back with everything re-sorted.
    const int pollsWhileOpen = 1 + m_random.bounded(3);
    for (int p = 0; p < pollsWhileOpen; ++p) {
        poll(pool, 0);
        if (m_random.bounded(4) == 0)
            m_view.sortByColumn(m_random.bounded(int(JobTableModel::ColumnCount)), Qt::AscendingOrder);
    }
    if (dialog->jobIds() != selected) {
        *failure = QStringLiteral("round %1: polls changed the dialog's ids").arg(round);
        return false;
    }

    m_backend.clearRequests();
    if (dialog->activeCount() > 0)
        dialog->activeConfirmation()->setChecked(true);
    dialog->deleteButton()->click();
    poll(pool, 0); // while the deletes are in flight
    if (!waitUntil([&] { return dialog->stage() == DeleteJobsDialog::Stage::Done; }, 30000)) {
        *failure = QStringLiteral("round %1: the deletes did not finish").arg(round);
        return false;
    }
    poll(pool, 0);

    const QStringList sent = m_backend.deleteRequestIds();
    m_deletesSent += int(sent.size());
    if (sent.size() != selected.size() || asSet(sent) != asSet(selected)) {
        *failure = QStringLiteral("round %1: confirmed %2, sent %3").arg(round).arg(describe(selected), describe(sent));
        return false;
    }
    const QSet<QString> chosen = asSet(selected);
    for (const Job &job : pool) {
        if (m_backend.hasJob(job.jobId) == chosen.contains(job.jobId)) {
            *failure
                = QStringLiteral("round %1: %2 is %3 on the server")
                      .arg(round)
                      .arg(job.jobId, chosen.contains(job.jobId) ? QStringLiteral("still") : QStringLiteral("not"));
            return false;
        }
    }
    for (const Job &job : pool)
        m_backend.remove(job.jobId);
    return true;
}
