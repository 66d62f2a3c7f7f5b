// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QPersistentModelIndex>
#include <QStringList>
#include <QTableView>

class QToolButton;

// The job table: sortable by any column, columns chosen from the header's context menu and
// movable, multi-selection, Enter opens the details and Delete asks to delete. Speaks in job
// ids, never row numbers, so what it reports stays right while polls reorder rows.
//
// Tab leaves the table (arrows move inside it). The error message takes the width the other
// columns leave, and those give way on a narrow window before it does. Rows arriving above the
// ones in view do not push them away, unless the view is at the top (as in a mail client); a
// "3 new jobs" button then leads up to them. The anchoring follows the model's row signals, so it
// holds however the model is fed.
class JobTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit JobTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    bool hasSelectedJobs() const;
    QStringList selectedJobIds() const;
    QString currentJobId() const;
    // Selects exactly these ids (those visible), keeping the current one if it is among them.
    void selectJobIds(const QStringList &ids);
    void restoreHeaderState(const QByteArray &state);
    void applyDefaultColumns();

    // Rows that arrived above the view since the user scrolled away from the top.
    int newRowsAbove() const { return m_newRowsAbove; }
    QToolButton *newRowsButton() const { return m_newRowsButton; }
    // Scrolls to the top, where the new rows are.
    void showNewRows();
    // The rows above stop counting as new (the user changed what the table shows).
    void forgetNewRows() { setNewRowsAbove(0); }

Q_SIGNALS:
    void openRequested(const QString &jobId);
    void deleteRequested(const QStringList &jobIds);
    void headerStateChanged(const QByteArray &state);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // Scrolling the viewport moves its children with the rows: the button stays where it is.
    void scrollContentsBy(int dx, int dy) override;

private:
    void showHeaderMenu(const QPoint &pos);
    void ensureUsableColumns();
    // Shrinks the id-like columns (down to a floor) so the error keeps a readable width.
    void fitColumnsToWidth();
    QPair<int, int> sortState() const;
    void settleGeometry();
    void captureAnchor();
    void restoreAnchor(int insertedFirst, int insertedCount);
    void setNewRowsAbove(int count);
    void placeNewRowsButton();

    struct Anchor
    {
        QPersistentModelIndex index;
        int offset = 0; // pixels from the top of the viewport
    };
    QList<Anchor> m_anchors; // the rows in view before a change, top first
    bool m_anchored = false;
    int m_newRowsAbove = 0;
    QToolButton *m_newRowsButton = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
    QHash<int, int> m_preferredWidths; // per shrinkable column: the width it has when room allows
    bool m_fitting = false;
    QPair<int, int> m_sortState{ -1, -1 }; // the sort the last layout change was made under
};
