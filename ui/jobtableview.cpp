// SPDX-License-Identifier: MIT
#include "jobtableview.h"

#include "cellsonlybackground.h"
#include "jobheaderview.h"
#include "jobitemdelegate.h"
#include "model/jobtablemodel.h"
#include "steadyscrollbar.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>

#include <QSet>
#include <QToolButton>

namespace {
// Columns of ids and names: cut in the middle on a narrow window rather than squeezing the error.
bool isShrinkable(int column)
{
    switch (column) {
    case JobTableModel::WorkspaceColumn:
    case JobTableModel::TrustedAccountColumn:
    case JobTableModel::PluginColumn:
    case JobTableModel::DomainColumn:
        return true;
    default:
        return false;
    }
}

// So many visible rows are enough to find one that survives a change.
constexpr int kMaxAnchors = 64;
} // namespace

JobTableView::JobTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("jobTable"));
    setAccessibleName(tr("Jobs"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    // Alternate rows, painted by the cells with their own backgrounds: each pixel once a paint.
    auto *delegate = new JobItemDelegate(this);
    delegate->paintRowBackgrounds(true);
    setItemDelegate(delegate);
    new CellsOnlyBackground(this);
    // Tab moves on to the next control; arrows (and Ctrl+Tab) move inside the table.
    setTabKeyNavigation(false);
    setCornerButtonEnabled(false);
    setShowGrid(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Pixel scrolling lets rows arriving above keep the ones in view exactly where they were.
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollBar(new SteadyScrollBar(Qt::Vertical, this));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    auto *header = new JobHeaderView(Qt::Horizontal, this);
    setHorizontalHeader(header);
    header->setSectionsClickable(true);
    header->setSectionsMovable(true);
    header->setFirstSectionMovable(true);
    header->setHighlightSections(false);
    // The error message takes whatever width the other columns leave.
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QHeaderView::customContextMenuRequested, this, &JobTableView::showHeaderMenu);
    auto emitState = [this] { Q_EMIT headerStateChanged(horizontalHeader()->saveState()); };
    connect(header, &QHeaderView::sectionMoved, this, emitState);
    connect(header, &QHeaderView::sectionResized, this, emitState);
    connect(header, &QHeaderView::sortIndicatorChanged, this, emitState);
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int width) {
        if (!m_fitting && isShrinkable(column))
            m_preferredWidths.insert(column, width);
    });
    // Another order puts other rows on top: what was new above no longer is.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { setNewRowsAbove(0); });

    m_newRowsButton = new QToolButton(viewport());
    m_newRowsButton->setObjectName(QStringLiteral("newRowsButton"));
    m_newRowsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newRowsButton->setFocusPolicy(Qt::NoFocus); // Home, or Ctrl+Home, gets there by keyboard
    m_newRowsButton->setToolTip(tr("Scroll up to the jobs that arrived above"));
    m_newRowsButton->hide();
    connect(m_newRowsButton, &QToolButton::clicked, this, &JobTableView::showNewRows);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0)
            setNewRowsAbove(0);
    });

    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = index.siblingAtColumn(0).data(JobTableModel::JobIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openRequested(id);
    });
}

void JobTableView::setModel(QAbstractItemModel *newModel)
{
    // Only this view's own connections: the base class keeps its own to the same model.
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_anchors.clear();
    m_anchored = false;
    QTableView::setModel(newModel);
    setNewRowsAbove(0);
    if (!newModel)
        return;
    m_modelConnections << connect(newModel, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                  &JobTableView::captureAnchor);
    m_modelConnections << connect(newModel, &QAbstractItemModel::rowsInserted, this,
                                  [this](const QModelIndex &, int first, int last) {
                                      restoreAnchor(first, last - first + 1);
                                      settleGeometry();
                                  });
    m_modelConnections << connect(newModel, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                  &JobTableView::captureAnchor);
    m_modelConnections << connect(newModel, &QAbstractItemModel::rowsRemoved, this, [this] {
        restoreAnchor(-1, 0);
        settleGeometry();
    });
    // A row whose sort key changed moves (a layout change of the proxy); a sort the user chose
    // moves everything on purpose and is left alone.
    m_modelConnections << connect(newModel, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] {
        if (sortState() == m_sortState)
            captureAnchor();
        else
            m_anchored = false;
    });
    m_modelConnections << connect(newModel, &QAbstractItemModel::layoutChanged, this, [this] {
        restoreAnchor(-1, 0);
        m_sortState = sortState();
        settleGeometry();
    });
    m_modelConnections << connect(newModel, &QAbstractItemModel::modelReset, this, [this] {
        m_anchors.clear();
        m_anchored = false;
        setNewRowsAbove(0);
    });
}

// Qt lays a changed view out from a zero timer, after the paint that the change itself asked
// for; the new scroll range then repaints the whole viewport a second time. Laying out at once
// makes a poll one paint.
void JobTableView::settleGeometry()
{
    executeDelayedItemsLayout();
}

QPair<int, int> JobTableView::sortState() const
{
    return { horizontalHeader()->sortIndicatorSection(), int(horizontalHeader()->sortIndicatorOrder()) };
}

void JobTableView::captureAnchor()
{
    m_anchors.clear();
    // At the top the user watches for news: new rows push the others down, as in a mail client.
    m_anchored = verticalScrollBar()->value() > 0 && model();
    if (!m_anchored)
        return;
    const int top = rowAt(0);
    if (top < 0) {
        m_anchored = false;
        return;
    }
    int bottom = rowAt(viewport()->height() - 1);
    if (bottom < 0)
        bottom = model()->rowCount() - 1;
    for (int row = top; row <= bottom && m_anchors.size() < kMaxAnchors; ++row)
        m_anchors.append({ QPersistentModelIndex(model()->index(row, 0)), rowViewportPosition(row) });
}

void JobTableView::restoreAnchor(int insertedFirst, int insertedCount)
{
    if (!m_anchored) {
        m_anchors.clear();
        return;
    }
    m_anchored = false;
    // The scroll range must already cover the new rows, or the scroll below would be clamped.
    updateGeometries();
    for (const Anchor &anchor : std::as_const(m_anchors)) {
        if (!anchor.index.isValid())
            continue; // that row left; the next one in view holds the place
        const int row = anchor.index.row();
        if (insertedCount > 0 && insertedFirst <= row)
            setNewRowsAbove(m_newRowsAbove + insertedCount);
        const int shift = rowViewportPosition(row) - anchor.offset;
        if (shift != 0)
            verticalScrollBar()->setValue(verticalScrollBar()->value() + shift);
        break;
    }
    m_anchors.clear();
    // Rows removed above may leave fewer up there than were counted as new.
    setNewRowsAbove(qMin(m_newRowsAbove, qMax(0, rowAt(0))));
}

void JobTableView::setNewRowsAbove(int count)
{
    if (!m_newRowsButton)
        return;
    count = qMax(0, count);
    if (count == m_newRowsAbove && m_newRowsButton->isVisible() == (count > 0))
        return;
    m_newRowsAbove = count;
    m_newRowsButton->setText(QStringLiteral("\u2191 ") + tr("%Ln new job(s)", nullptr, count));
    m_newRowsButton->setAccessibleName(m_newRowsButton->text());
    m_newRowsButton->setVisible(count > 0);
    placeNewRowsButton();
}

void JobTableView::placeNewRowsButton()
{
    if (!m_newRowsButton->isVisible())
        return;
    m_newRowsButton->adjustSize();
    const QSize size = m_newRowsButton->size();
    m_newRowsButton->move((viewport()->width() - size.width()) / 2, 6);
    m_newRowsButton->raise();
}

void JobTableView::showNewRows()
{
    scrollToTop();
    setNewRowsAbove(0);
}

bool JobTableView::hasSelectedJobs() const
{
    return selectionModel() && selectionModel()->hasSelection();
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
    // Updated, finished and scope are one click away in the header menu (and in the details);
    // hiding them by default leaves room for duration and the error message, which matter most
    // at a glance.
    for (int c = 0; c < JobTableModel::ColumnCount; ++c) {
        const bool hidden = JobTableModel::isHiddenByDefault(JobTableModel::Column(c))
            || c == JobTableModel::UpdatedColumn || c == JobTableModel::FinishedColumn
            || c == JobTableModel::ResourceGroupColumn;
        header->setSectionHidden(c, hidden);
        header->moveSection(header->visualIndex(c), c);
    }
    const QFontMetrics fm = fontMetrics();
    const int idWidth = fm.horizontalAdvance(QStringLiteral("job-0123456789ab")) + 24;
    int statusText = 0;
    for (JobStatus status : JobStatuses::kKnown)
        statusText = qMax(statusText, fm.horizontalAdvance(JobStatuses::label(status)));
    setColumnWidth(JobTableModel::StatusColumn, statusText + 44);
    setColumnWidth(JobTableModel::JobIdColumn, idWidth);
    setColumnWidth(JobTableModel::WorkspaceColumn, fm.horizontalAdvance(QStringLiteral("workspace-0123456789ab")) + 16);
    setColumnWidth(JobTableModel::TrustedAccountColumn, fm.horizontalAdvance(QStringLiteral("ta-0123456789ab")) + 16);
    setColumnWidth(JobTableModel::PluginColumn,
                   fm.horizontalAdvance(QStringLiteral("plugin-google-cloud-inven-collector")) + 16);
    setColumnWidth(JobTableModel::ResourceGroupColumn, fm.horizontalAdvance(QStringLiteral("Workspace")) + 16);
    for (int c : { JobTableModel::CreatedColumn, JobTableModel::UpdatedColumn, JobTableModel::FinishedColumn })
        setColumnWidth(c, fm.horizontalAdvance(QStringLiteral("2026-11-28 12:00:00")) + 16);
    setColumnWidth(JobTableModel::DurationColumn, fm.horizontalAdvance(QStringLiteral("12h 30m")) + 40);
    setColumnWidth(JobTableModel::DomainColumn, idWidth);
    header->setSectionResizeMode(JobTableModel::ErrorColumn, QHeaderView::Stretch);
    m_preferredWidths.clear();
    for (int c = 0; c < header->count(); ++c) {
        if (isShrinkable(c))
            m_preferredWidths.insert(c, header->sectionSize(c));
    }
    fitColumnsToWidth();
    sortByColumn(JobTableModel::CreatedColumn, Qt::DescendingOrder);
}

void JobTableView::fitColumnsToWidth()
{
    QHeaderView *header = horizontalHeader();
    const int available = viewport()->width();
    if (available <= 0 || header->count() == 0 || header->isSectionHidden(JobTableModel::ErrorColumn))
        return;
    const QFontMetrics fm = fontMetrics();
    const int errorWidth = qMax(available / 4, fm.averageCharWidth() * 20);
    // Ids cut in the middle stay tellable apart with their ends ("wor…84", "ta-…2b").
    const int floor = fm.averageCharWidth() * 6 + 12;
    int fixed = 0;
    int preferred = 0;
    QList<int> shrinkable;
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c) || c == JobTableModel::ErrorColumn)
            continue;
        if (isShrinkable(c)) {
            shrinkable.append(c);
            preferred += m_preferredWidths.value(c, header->sectionSize(c));
        } else {
            fixed += header->sectionSize(c);
        }
    }
    // The column least needed at a glance gives way first: plugin, domain, workspace, then the
    // trusted account, each down to the floor.
    int excess = preferred - (available - errorWidth - fixed);
    QHash<int, int> widths;
    for (int c : std::as_const(shrinkable))
        widths.insert(c, m_preferredWidths.value(c, header->sectionSize(c)));
    for (int c : { int(JobTableModel::PluginColumn), int(JobTableModel::DomainColumn),
                   int(JobTableModel::WorkspaceColumn), int(JobTableModel::TrustedAccountColumn) }) {
        if (excess <= 0)
            break;
        if (!widths.contains(c))
            continue;
        const int give = qMin(excess, qMax(0, widths.value(c) - floor));
        widths[c] -= give;
        excess -= give;
    }
    m_fitting = true;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (header->sectionSize(it.key()) != it.value())
            header->resizeSection(it.key(), it.value());
    }
    m_fitting = false;
}

void JobTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumnsToWidth();
    placeNewRowsButton();
}

void JobTableView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    placeNewRowsButton();
}

void JobTableView::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state)) {
        applyDefaultColumns();
        return;
    }
    ensureUsableColumns();
    // States saved before the error column stretched keep it at a fixed width.
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(JobTableModel::ErrorColumn, QHeaderView::Stretch);
    m_preferredWidths.clear();
    for (int c = 0; c < horizontalHeader()->count(); ++c) {
        if (isShrinkable(c))
            m_preferredWidths.insert(c, horizontalHeader()->sectionSize(c));
    }
    fitColumnsToWidth();
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
    // Ctrl+Tab walks the cells of the current row (Tab itself leaves the table).
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)
        && (event->modifiers() & Qt::ControlModifier)) {
        const bool back = event->key() == Qt::Key_Backtab || (event->modifiers() & Qt::ShiftModifier);
        const QModelIndex next = moveCursor(back ? MoveLeft : MoveRight, Qt::NoModifier);
        if (next.isValid())
            selectionModel()->setCurrentIndex(next, QItemSelectionModel::NoUpdate);
        event->accept();
        return;
    }
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
