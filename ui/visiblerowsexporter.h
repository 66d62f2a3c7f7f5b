// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "monitor/jobexporter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class NameDirectory;
class QAbstractItemModel;
class QWidget;

// Writes the rows a view shows, in its order and after its filters, to a CSV or JSON file with
// the directory's names beside the ids: the same bytes the command line writes for the same jobs.
class VisibleRowsExporter
{
    // The texts are the window's: translators see them under MainWindow.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
public:
    VisibleRowsExporter(const QAbstractItemModel *shown, const NameDirectory *names);

    QList<Job> jobs() const;
    bool save(const QString &fileName, JobExporter::Format format, QString *error) const;
    // Asks where to save, writes the file and returns what to tell the user; empty when the
    // user cancelled or the failure was already shown.
    QString exportInteractively(QWidget *parent) const;

private:
    const QAbstractItemModel *m_shown;
    const NameDirectory *m_names;
};
