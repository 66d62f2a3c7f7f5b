// SPDX-License-Identifier: MIT
#include "jobformatter.h"

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

const QStringList kCsvHeader{ QStringLiteral("job_id"),         QStringLiteral("status"),
                              QStringLiteral("resource_group"), QStringLiteral("domain_id"),
                              QStringLiteral("workspace_id"),   QStringLiteral("trusted_account_id"),
                              QStringLiteral("plugin_id"),      QStringLiteral("created_at"),
                              QStringLiteral("updated_at"),     QStringLiteral("finished_at"),
                              QStringLiteral("error_message"),  QStringLiteral("options") };
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

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(csvField(f));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString localTime(qint64 msecsSinceEpoch)
{
    if (msecsSinceEpoch == JobTime::kNone)
        return QStringLiteral("-");
    return JobTime::toDateTime(msecsSinceEpoch).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = ms / 1000;
    if (s < 60)
        return QStringLiteral("%1s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return QStringLiteral("%1h %2m").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1d %2h").arg(s / 86400).arg((s % 86400) / 3600, 2, 10, QLatin1Char('0'));
}

QString jobsTable(const std::vector<Job> &jobs, qint64 nowMs)
{
    if (jobs.empty())
        return tr("No jobs.\n");
    QList<QStringList> rows;
    rows.reserve(qsizetype(jobs.size()));
    for (const Job &job : jobs) {
        rows.append({ job.jobId, orDash(job.statusText()), localTime(job.createdAtMs), localTime(job.finishedAtMs),
                      orDash(duration(job.durationMs(nowMs))), orDash(job.workspaceId), orDash(job.trustedAccountId),
                      orDash(job.pluginId), cell(job.errorMessage) });
    }
    return alignedTable({ tr("JOB ID"), tr("STATUS"), tr("CREATED"), tr("FINISHED"), tr("DURATION"), tr("WORKSPACE"),
                          tr("TRUSTED ACCOUNT"), tr("PLUGIN"), tr("ERROR") },
                        rows, { 4 });
}

QByteArray jobsJson(const std::vector<Job> &jobs)
{
    QJsonArray array;
    for (const Job &job : jobs)
        array.append(job.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString jobsCsv(const std::vector<Job> &jobs)
{
    QString out = csvLine(kCsvHeader);
    for (const Job &job : jobs) {
        out += csvLine({ job.jobId, job.statusText(), job.resourceGroupText(), job.domainId, job.workspaceId,
                         job.trustedAccountId, job.pluginId, JobTime::toWire(job.createdAtMs),
                         JobTime::toWire(job.updatedAtMs), JobTime::toWire(job.finishedAtMs), job.errorMessage,
                         QString::fromUtf8(QJsonDocument(job.options).toJson(QJsonDocument::Compact)) });
    }
    return out;
}

QString jobDetails(const Job &job, qint64 nowMs)
{
    const QList<QPair<QString, QString>> fields{
        { tr("Job ID"), job.jobId },
        { tr("Status"), orDash(job.statusText()) },
        { tr("Resource group"), orDash(job.resourceGroupText()) },
        { tr("Domain"), orDash(job.domainId) },
        { tr("Workspace"), job.isDomainLevel() ? tr("* (domain-level job)") : orDash(job.workspaceId) },
        { tr("Trusted account"), orDash(job.trustedAccountId) },
        { tr("Plugin"), orDash(job.pluginId) },
        { tr("Created"), localTime(job.createdAtMs) },
        { tr("Updated"), localTime(job.updatedAtMs) },
        { tr("Finished"), localTime(job.finishedAtMs) },
        { tr("Duration"), orDash(duration(job.durationMs(nowMs))) },
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
    QString out = csvLine({ field, QStringLiteral("count") });
    for (const auto &c : counts)
        out += csvLine({ c.first, QString::number(c.second) });
    return out;
}

} // namespace JobFormatter
