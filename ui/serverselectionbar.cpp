// SPDX-License-Identifier: MIT
#include "serverselectionbar.h"

#include "api/jobapiclient.h"
#include "iconprovider.h"
#include "jobtableview.h"
#include "model/jobfilterproxymodel.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "poll/jobsetcollector.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

ServerSelectionBar::ServerSelectionBar(JobMonitorSession *session, JobTableView *table, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_table(table)
    , m_collector(new JobSetCollector(session->client(), this))
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_delete(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_selectAll(new QPushButton(this))
{
    setObjectName(QStringLiteral("serverSelectionBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    const bool dark = p.color(QPalette::Base).lightness() < 128;
    p.setColor(QPalette::Window, dark ? QColor(0x1e, 0x33, 0x52) : QColor(0xdc, 0xe9, 0xfb));
    setPalette(p);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *icon = new QLabel(this);
    icon->setPixmap(IconProvider::stuckIcon().pixmap(20, 20));
    layout->addWidget(icon);
    m_text->setObjectName(QStringLiteral("serverSelectionText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text, 1);
    m_progress->setObjectName(QStringLiteral("serverSelectionProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setFormat(tr("%v of %m"));
    layout->addWidget(m_progress);
    m_delete->setObjectName(QStringLiteral("serverSelectionDelete"));
    m_delete->setIcon(IconProvider::actionIcon(QStringLiteral("delete"), palette()));
    layout->addWidget(m_delete);
    m_clear->setObjectName(QStringLiteral("serverSelectionClear"));
    layout->addWidget(m_clear);
    m_selectAll->setObjectName(QStringLiteral("serverSelectionSelectAll"));
    m_selectAll->setToolTip(tr("Collect the ids of every job the filters match on the server and select them, "
                               "loaded or not"));
    layout->addWidget(m_selectAll);
    connect(m_selectAll, &QPushButton::clicked, this, &ServerSelectionBar::selectAllMatching);

    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_active && m_deleteBlockedReason.isEmpty())
            Q_EMIT deleteRequested(m_jobs);
    });
    connect(m_clear, &QPushButton::clicked, this, &ServerSelectionBar::clear);
    connect(m_collector, &JobSetCollector::progress, this, [this](qint64 collected, qint64 total) {
        m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_progress->setValue(int(qMin<qint64>(collected, INT_MAX)));
    });
    connect(m_collector, &JobSetCollector::finished, this, &ServerSelectionBar::onCollected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServerSelectionBar::onTableSelectionChanged);
    connect(m_session->client(), &JobApiClient::endpointChanged, this, &ServerSelectionBar::clear);
    connect(m_session, &JobMonitorSession::jobsRemoved, this, &ServerSelectionBar::onJobsRemoved);
    connect(m_session, &JobMonitorSession::snapshotApplied, this, [this] {
        if (m_active)
            updateText();
        else
            updateOffer();
    });
    // Rows that arrive (a poll, a page loaded on scrolling) are not selected: the offer may end.
    // Queued, so the selection has followed the rows by then.
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_table->model(), signal, this, &ServerSelectionBar::updateOffer, Qt::QueuedConnection);
    hide();
}

ServerSelectionBar::~ServerSelectionBar() = default;

bool ServerSelectionBar::isCollecting() const
{
    return m_collector->isRunning();
}

void ServerSelectionBar::selectStuck()
{
    collect(Kind::Stuck, m_session->stuckJobQueries());
}

void ServerSelectionBar::selectAllMatching()
{
    const QList<QList<QueryFilter>> queries = m_session->matchingJobQueries();
    if (queries.isEmpty())
        return;
    collect(Kind::Matching, queries, m_session->matchingJobSearch());
}

QString ServerSelectionBar::jobsText(qint64 n) const
{
    const QString number = QLocale().toString(n);
    if (m_kind == Kind::Stuck)
        return n == 1 ? tr("1 stuck job") : tr("%1 stuck jobs").arg(number);
    return n == 1 ? tr("1 matching job") : tr("%1 matching jobs").arg(number);
}

void ServerSelectionBar::collect(Kind kind, const QList<QList<QueryFilter>> &queries,
                                 const QList<QueryFilter> &filterOr)
{
    clear();
    m_offering = false;
    m_kind = kind;
    m_collector->start(queries, filterOr);
    m_text->setText(kind == Kind::Stuck ? tr("Collecting the stuck jobs from the server…")
                                        : tr("Collecting the matching jobs from the server…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_delete->hide();
    m_selectAll->hide();
    m_clear->show();
    m_clear->setText(tr("Cancel"));
    m_clear->setToolTip(tr("Stop collecting; nothing is selected"));
    show();
    Q_EMIT changed();
}

void ServerSelectionBar::onCollected()
{
    m_progress->hide();
    if (m_collector->error().isError()) {
        m_text->setText((m_kind == Kind::Stuck ? tr("Could not collect the stuck jobs from the server: %1")
                                               : tr("Could not collect the matching jobs from the server: %1"))
                            .arg(m_collector->error().humanMessage()));
        m_clear->setText(tr("Close"));
        m_clear->setToolTip(QString());
        Q_EMIT changed();
        return;
    }
    m_jobs = m_collector->jobs();
    m_ids.clear();
    m_ids.reserve(m_jobs.size());
    for (const Job &job : std::as_const(m_jobs))
        m_ids.insert(job.jobId);
    m_serverTotal = m_collector->serverTotal();
    m_truncated = m_collector->isTruncated();
    if (m_jobs.isEmpty()) {
        hide();
        Q_EMIT changed();
        Q_EMIT message(m_kind == Kind::Stuck ? tr("The server has no stuck jobs for these filters.")
                                             : tr("No job on the server matches these filters."));
        return;
    }
    m_active = true;
    applyToTable();
    updateText();
    Q_EMIT changed();
    Q_EMIT message(tr("Selected %1 on the server (%2 loaded); press Delete to delete them.")
                       .arg(jobsText(m_jobs.size()), QLocale().toString(loadedCount())));
}

void ServerSelectionBar::onJobsRemoved(const QStringList &ids)
{
    if (!m_active)
        return;
    // Deleted jobs leave the selection; what the server refused stays selected, to try again.
    const QSet<QString> gone(ids.cbegin(), ids.cend());
    const qsizetype before = m_jobs.size();
    m_jobs.removeIf([&gone](const Job &job) { return gone.contains(job.jobId); });
    if (m_jobs.size() == before)
        return;
    for (const QString &id : ids) {
        m_ids.remove(id);
        m_selectedInTable.remove(id);
    }
    m_truncated = false; // what remains is a set of its own, not "the first of" the server's
    if (m_jobs.isEmpty()) {
        clear();
        return;
    }
    updateText();
    Q_EMIT changed();
}

void ServerSelectionBar::applyToTable()
{
    QStringList ids;
    ids.reserve(m_jobs.size());
    for (const Job &job : std::as_const(m_jobs))
        ids.append(job.jobId);
    m_applying = true;
    m_table->selectJobIds(ids);
    const QStringList selected = m_table->selectedJobIds();
    m_selectedInTable = QSet<QString>(selected.cbegin(), selected.cend());
    m_applying = false;
    m_table->setFocus(Qt::OtherFocusReason);
}

bool ServerSelectionBar::isShownInTable(const QString &jobId) const
{
    const JobTableModel *model = m_session->model();
    const int row = model->rowForId(jobId);
    return row >= 0 && m_session->proxy()->mapFromSource(model->index(row, 0)).isValid();
}

void ServerSelectionBar::onTableSelectionChanged()
{
    if (m_applying)
        return;
    if (!m_active) {
        updateOffer();
        return;
    }
    // Rows chosen by hand replace the server's set; rows that left the table do not.
    const QStringList selected = m_table->selectedJobIds();
    for (const QString &id : selected) {
        if (!m_ids.contains(id)) {
            clear();
            return;
        }
    }
    const QSet<QString> now(selected.cbegin(), selected.cend());
    const QSet<QString> before = m_selectedInTable;
    for (const QString &id : before) {
        if (now.contains(id))
            continue;
        if (isShownInTable(id)) {
            clear();
            return;
        }
        m_selectedInTable.remove(id);
    }
}

int ServerSelectionBar::loadedCount() const
{
    const JobTableModel *model = m_session->model();
    int loaded = 0;
    for (const QString &id : m_ids)
        loaded += model->rowForId(id) >= 0 ? 1 : 0;
    return loaded;
}

void ServerSelectionBar::updateText()
{
    const QLocale locale;
    const qint64 n = m_jobs.size();
    QString text = m_truncated
        ? tr("The first %1 of %2 on the server are selected (a selection holds at most %3).")
              .arg(locale.toString(n), jobsText(m_serverTotal), locale.toString(m_collector->maxJobs()))
        : (n == 1 ? tr("%1 on the server is selected.") : tr("%1 on the server are selected.")).arg(jobsText(n));
    text += QLatin1Char(' ')
        + tr("%1 of them are loaded and selected in the table; Delete acts on all %2, as they were when collected.")
              .arg(locale.toString(loadedCount()), locale.toString(n));
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_delete->setText(n == 1 ? tr("&Delete 1 Job…") : tr("&Delete %1 Jobs…").arg(locale.toString(n)));
    m_delete->setEnabled(m_deleteBlockedReason.isEmpty());
    m_delete->setToolTip(m_deleteBlockedReason.isEmpty()
                             ? tr("Delete every selected job on the server, after confirmation")
                             : m_deleteBlockedReason);
    m_delete->show();
    m_selectAll->hide();
    m_clear->show();
    m_clear->setText(tr("Clear Selection"));
    m_clear->setToolTip(tr("Forget the server's set; Delete then acts on the rows selected in the table"));
}

void ServerSelectionBar::setDeleteBlockedReason(const QString &reason)
{
    m_deleteBlockedReason = reason;
    if (m_active)
        updateText();
}

void ServerSelectionBar::clear()
{
    const bool had = m_active || m_collector->isRunning() || isVisible();
    m_collector->abort();
    m_active = false;
    m_jobs.clear();
    m_ids.clear();
    m_selectedInTable.clear();
    m_truncated = false;
    m_offering = false;
    hide();
    if (had)
        Q_EMIT changed();
    // Clearing the server's set leaves the table's selection: it may be every loaded row.
    updateOffer();
}

bool ServerSelectionBar::allRowsSelected() const
{
    const QAbstractItemModel *model = m_table->model();
    const int rows = model ? model->rowCount() : 0;
    const QItemSelectionModel *selection = m_table->selectionModel();
    if (rows == 0 || !selection)
        return false;
    // The ranges first: cheap, and enough to rule out most selections.
    qint64 covered = 0;
    for (const QItemSelectionRange &range : selection->selection())
        covered += range.height();
    return covered >= rows && selection->selectedRows().size() == rows;
}

void ServerSelectionBar::updateOffer()
{
    if (m_active || m_collector->isRunning())
        return;
    const qint64 total = m_session->matchingTotal();
    const int shown = m_table->model() ? m_table->model()->rowCount() : 0;
    const bool offer = total > shown && allRowsSelected();
    if (!offer) {
        if (m_offering) {
            m_offering = false;
            hide();
            Q_EMIT changed();
        }
        return;
    }
    const QLocale locale;
    const QString text
        = (m_session->searchesOnServer() ? tr("All %1 loaded jobs are selected; %2 match the search on the server.")
                                         : tr("All %1 loaded jobs are selected; %2 match the filters on the server."))
              .arg(locale.toString(shown), locale.toString(total));
    m_text->setText(text);
    m_text->setAccessibleName(text);
    m_selectAll->setText(tr("Select All %1 on the Server").arg(locale.toString(total)));
    m_selectAll->show();
    m_progress->hide();
    m_delete->hide();
    m_clear->hide();
    show();
    if (!m_offering) {
        m_offering = true;
        Q_EMIT changed();
    }
}
