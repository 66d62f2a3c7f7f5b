// SPDX-License-Identifier: MIT
#include "jobtableview.h"

#include "model/jobtablemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QSet>

JobTableView::JobTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("jobTable"));
    setAccessibleName(tr("Jobs"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setCornerButtonEnabled(false);
    setShowGrid(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setFirstSectionMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QHeaderView::customContextMenuRequested, this, &JobTableView::showHeaderMenu);
    auto emitState = [this] { Q_EMIT headerStateChanged(horizontalHeader()->saveState()); };
    connect(header, &QHeaderView::sectionMoved, this, emitState);
    connect(header, &QHeaderView::sectionResized, this, emitState);
    connect(header, &QHeaderView::sortIndicatorChanged, this, emitState);

    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = index.siblingAtColumn(0).data(JobTableModel::JobIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openRequested(id);
    });
}

QStringList JobTableView::selectedJobIds() const
{
    QStringList ids;
    if (!selectionModel())
        return ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows) {
        const QString id = row.data(JobTableModel::JobIdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

QString JobTableView::currentJobId() const
{
    return currentIndex().siblingAtColumn(0).data(JobTableModel::JobIdRole).toString();
}

void JobTableView::selectJobIds(const QStringList &ids)
{
    if (!model() || !selectionModel())
        return;
    QItemSelection selection;
    QModelIndex first;
    const QString current = currentJobId();
    QModelIndex currentMatch;
    const QSet<QString> wanted(ids.cbegin(), ids.cend());
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex idx = model()->index(row, 0);
        const QString id = idx.data(JobTableModel::JobIdRole).toString();
        if (!wanted.contains(id))
            continue;
        selection.select(idx, model()->index(row, model()->columnCount() - 1));
        if (!first.isValid())
            first = idx;
        if (id == current)
            currentMatch = idx;
    }
    const QModelIndex target = currentMatch.isValid() ? currentMatch : first;
    if (target.isValid())
        selectionModel()->setCurrentIndex(target, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (target.isValid())
        scrollTo(target);
}

void JobTableView::applyDefaultColumns()
{
    QHeaderView *header = horizontalHeader();
    // Updated and scope are one click away in the header menu; hiding them by default leaves
    // room for duration and the error message, which matter most at a glance.
    for (int c = 0; c < JobTableModel::ColumnCount; ++c) {
        const bool hidden = JobTableModel::isHiddenByDefault(JobTableModel::Column(c))
            || c == JobTableModel::UpdatedColumn || c == JobTableModel::ResourceGroupColumn;
        header->setSectionHidden(c, hidden);
        header->moveSection(header->visualIndex(c), c);
    }
    const QFontMetrics fm = fontMetrics();
    const int idWidth = fm.horizontalAdvance(QStringLiteral("job-0123456789ab")) + 24;
    setColumnWidth(JobTableModel::StatusColumn, fm.horizontalAdvance(QStringLiteral("In progress")) + 44);
    setColumnWidth(JobTableModel::JobIdColumn, idWidth);
    setColumnWidth(JobTableModel::WorkspaceColumn, fm.horizontalAdvance(QStringLiteral("workspace-0123456789ab")) + 16);
    setColumnWidth(JobTableModel::TrustedAccountColumn, fm.horizontalAdvance(QStringLiteral("ta-0123456789ab")) + 16);
    setColumnWidth(JobTableModel::PluginColumn,
                   fm.horizontalAdvance(QStringLiteral("plugin-google-cloud-inven-collector")) + 16);
    setColumnWidth(JobTableModel::ResourceGroupColumn, fm.horizontalAdvance(QStringLiteral("Workspace")) + 16);
    for (int c : { JobTableModel::CreatedColumn, JobTableModel::UpdatedColumn, JobTableModel::FinishedColumn })
        setColumnWidth(c, fm.horizontalAdvance(QStringLiteral("2026-11-28 12:00:00")) + 16);
    setColumnWidth(JobTableModel::DurationColumn, fm.horizontalAdvance(QStringLiteral("12h 30m")) + 40);
    setColumnWidth(JobTableModel::ErrorColumn,
                   fm.horizontalAdvance(QStringLiteral("The same job is already running.")));
    setColumnWidth(JobTableModel::DomainColumn, idWidth);
    sortByColumn(JobTableModel::CreatedColumn, Qt::DescendingOrder);
}

void JobTableView::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state)) {
        applyDefaultColumns();
        return;
    }
    ensureUsableColumns();
    sortByColumn(horizontalHeader()->sortIndicatorSection(), horizontalHeader()->sortIndicatorOrder());
}

void JobTableView::ensureUsableColumns()
{
    // A state saved by another version can hide every column or leave zero-width ones.
    QHeaderView *header = horizontalHeader();
    bool anyVisible = false;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        anyVisible = true;
        if (header->sectionSize(c) < 16)
            header->resizeSection(c, header->defaultSectionSize());
    }
    if (!anyVisible)
        applyDefaultColumns();
}

void JobTableView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    QHeaderView *header = horizontalHeader();
    int visibleCount = 0;
    for (int c = 0; c < header->count(); ++c)
        visibleCount += header->isSectionHidden(c) ? 0 : 1;
    for (int c = 0; c < header->count(); ++c) {
        const QString name = model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction *action = menu.addAction(name);
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The last visible column cannot be hidden: an empty table helps nobody.
        action->setEnabled(header->isSectionHidden(c) || visibleCount > 1);
        connect(action, &QAction::toggled, this, [this, c](bool on) {
            horizontalHeader()->setSectionHidden(c, !on);
            if (on && horizontalHeader()->sectionSize(c) < 16)
                horizontalHeader()->resizeSection(c, horizontalHeader()->defaultSectionSize());
            Q_EMIT headerStateChanged(horizontalHeader()->saveState());
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, [this] {
        applyDefaultColumns();
        Q_EMIT headerStateChanged(horizontalHeader()->saveState());
    });
    menu.exec(header->viewport()->mapToGlobal(pos));
}

void JobTableView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QString id = currentJobId();
        if (!id.isEmpty()) {
            Q_EMIT openRequested(id);
            event->accept();
            return;
        }
        break;
    }
    case Qt::Key_Delete: {
        const QStringList ids = selectedJobIds();
        if (!ids.isEmpty()) {
            Q_EMIT deleteRequested(ids);
            event->accept();
            return;
        }
        break;
    }
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}
