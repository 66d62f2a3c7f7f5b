// SPDX-License-Identifier: MIT
#include "jobformatter.h"

#include "api/jobwriter.h"
#include "model/jobformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Table cells are one line: error messages can carry tracebacks.
QString cell(const QString &text, int maxLength = 60)
{
    const QString line = text.simplified();
    return line.size() > maxLength ? line.left(maxLength - 3) + QStringLiteral("...") : line;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString localTime(qint64 msecsSinceEpoch)
{
    return orDash(JobFormat::localDateTime(msecsSinceEpoch));
}

QString duration(const Job &job, qint64 nowMs)
{
    return orDash(JobFormat::duration(job.durationMs(nowMs)));
}

// A person reads the name; the id stays the answer when there is none.
QString nameOrId(const QString &name, const QString &id)
{
    return orDash(name.isEmpty() ? id : name);
}

// "name (id)" where the whole story fits on a line.
QString nameAndId(const QString &name, const QString &id)
{
    return name.isEmpty() ? orDash(id) : QStringLiteral("%1 (%2)").arg(name, id);
}

} // namespace

namespace JobFormatter {

QString alignedTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(int(h.size()));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row.at(i).size()));
    }
    auto line = [&](const QStringList &cells) {
        QString out;
        for (int i = 0; i < widths.size(); ++i) {
            const QString c = cells.value(i);
            const bool last = i == widths.size() - 1;
            if (rightAligned.contains(i))
                out += c.rightJustified(widths[i]);
            else
                out += last ? c : c.leftJustified(widths[i]);
            if (!last)
                out += QStringLiteral("  ");
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(headers);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString jobsTable(const std::vector<Job> &jobs, qint64 nowMs, const JobNames &names)
{
    if (jobs.empty())
        return tr("No jobs.\n");
    QList<QStringList> rows;
    rows.reserve(qsizetype(jobs.size()));
    for (const Job &job : jobs) {
        rows.append({ job.jobId, orDash(job.statusText()), localTime(job.createdAtMs), localTime(job.finishedAtMs),
                      duration(job, nowMs), nameOrId(names.workspace(job), job.workspaceId),
                      nameOrId(names.trustedAccount(job), job.trustedAccountId),
                      nameOrId(names.plugin(job), job.pluginId), cell(job.errorMessage) });
    }
    return alignedTable({ tr("JOB ID"), tr("STATUS"), tr("CREATED"), tr("FINISHED"), tr("DURATION"), tr("WORKSPACE"),
                          tr("TRUSTED ACCOUNT"), tr("PLUGIN"), tr("ERROR") },
                        rows, { 4 });
}

QString jobDetails(const Job &job, qint64 nowMs, const JobNames &names)
{
    const QList<QPair<QString, QString>> fields{
        { tr("Job ID"), job.jobId },
        { tr("Status"), orDash(job.statusText()) },
        { tr("Resource group"), orDash(job.resourceGroupText()) },
        { tr("Domain"), orDash(job.domainId) },
        { tr("Workspace"),
          job.isDomainLevel() ? tr("* (domain-level job)") : nameAndId(names.workspace(job), job.workspaceId) },
        { tr("Trusted account"), nameAndId(names.trustedAccount(job), job.trustedAccountId) },
        { tr("Plugin"), nameAndId(names.plugin(job), job.pluginId) },
        { tr("Created"), localTime(job.createdAtMs) },
        { tr("Updated"), localTime(job.updatedAtMs) },
        { tr("Finished"), localTime(job.finishedAtMs) },
        { tr("Duration"), duration(job, nowMs) },
        { tr("Options"), QString::fromUtf8(QJsonDocument(job.options).toJson(QJsonDocument::Compact)) },
    };
    int width = 0;
    for (const auto &f : fields)
        width = qMax(width, int(f.first.size()));
    QString out;
    for (const auto &f : fields)
        out += (f.first + QLatin1Char(':')).leftJustified(width + 2) + f.second + QLatin1Char('\n');
    if (!job.errorMessage.isEmpty()) {
        // Multi-line messages (tracebacks) keep their lines, indented under the label.
        out += tr("Error:") + QLatin1Char('\n');
        for (const QString &line : job.errorMessage.split(QLatin1Char('\n')))
            out += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    return out;
}

QString countsTable(const QString &field, const Counts &counts)
{
    QList<QStringList> rows;
    qint64 total = 0;
    for (const auto &c : counts) {
        rows.append({ c.first.isEmpty() ? tr("(none)") : c.first, QLocale::c().toString(c.second) });
        total += c.second;
    }
    rows.append({ tr("TOTAL"), QLocale::c().toString(total) });
    return alignedTable({ field.toUpper(), tr("COUNT") }, rows, { 1 });
}

QByteArray countsJson(const QString &field, const Counts &counts)
{
    QJsonArray array;
    for (const auto &c : counts)
        array.append(QJsonObject{ { field, c.first }, { QStringLiteral("count"), c.second } });
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString countsCsv(const QString &field, const Counts &counts)
{
    QString out = JobWriter::csvLine({ field, QStringLiteral("count") });
    for (const auto &c : counts)
        out += JobWriter::csvLine({ c.first, QString::number(c.second) });
    return out;
}

} // namespace JobFormatter
