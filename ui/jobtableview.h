// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTableView>

// The job table: sortable by any column, columns chosen from the header's context menu and
// movable, multi-selection, Enter opens the details and Delete asks to delete. Speaks in job
// ids, never row numbers, so what it reports stays right while polls reorder rows.
class JobTableView final : public QTableView
{
    Q_OBJECT
public:
    explicit JobTableView(QWidget *parent = nullptr);

    QStringList selectedJobIds() const;
    QString currentJobId() const;
    // Selects exactly these ids (those visible), keeping the current one if it is among them.
    void selectJobIds(const QStringList &ids);
    void restoreHeaderState(const QByteArray &state);
    void applyDefaultColumns();

Q_SIGNALS:
    void openRequested(const QString &jobId);
    void deleteRequested(const QStringList &jobIds);
    void headerStateChanged(const QByteArray &state);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
    void ensureUsableColumns();
};
