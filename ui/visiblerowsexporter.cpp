// SPDX-License-Identifier: MIT
#include "visiblerowsexporter.h"

#include "model/jobtablemodel.h"

#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

VisibleRowsExporter::VisibleRowsExporter(const QAbstractItemModel *shown, const NameDirectory *names)
    : m_shown(shown)
    , m_names(names)
{ }

QList<Job> VisibleRowsExporter::jobs() const
{
    QList<Job> jobs;
    jobs.reserve(m_shown->rowCount());
    for (int row = 0; row < m_shown->rowCount(); ++row) {
        const QVariant v = m_shown->index(row, 0).data(JobTableModel::JobRole);
        if (v.canConvert<Job>())
            jobs.append(v.value<Job>());
    }
    return jobs;
}

bool VisibleRowsExporter::save(const QString &fileName, JobExporter::Format format, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(JobExporter::write(jobs(), format, JobNames::from(m_names)));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString VisibleRowsExporter::exportInteractively(QWidget *parent) const
{
    QString selectedFilter;
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString fileName = QFileDialog::getSaveFileName(
        parent, tr("Export Visible Rows"),
        QStringLiteral("jobs-%1.csv").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))),
        csv + QStringLiteral(";;") + json, &selectedFilter);
    if (fileName.isEmpty())
        return {};
    const bool asJson = selectedFilter == json || fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QString error;
    if (!save(fileName, asJson ? JobExporter::Format::Json : JobExporter::Format::Csv, &error)) {
        QMessageBox::warning(parent, tr("Export failed"), tr("Could not write %1: %2").arg(fileName, error));
        return {};
    }
    return tr("Exported %n job(s) to %1", nullptr, m_shown->rowCount()).arg(fileName);
}
