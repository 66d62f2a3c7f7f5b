// SPDX-License-Identifier: MIT
#include "jobwriter.h"

#include "jobtime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QStringList csvRow(const Job &job, const JobNames &names)
{
    return { job.jobId,
             job.statusText(),
             job.resourceGroupText(),
             job.domainId,
             job.workspaceId,
             names.workspace(job),
             job.trustedAccountId,
             names.trustedAccount(job),
             job.pluginId,
             names.plugin(job),
             JobTime::toWire(job.createdAtMs),
             JobTime::toWire(job.updatedAtMs),
             JobTime::toWire(job.finishedAtMs),
             job.errorMessage,
             QString::fromUtf8(QJsonDocument(job.options).toJson(QJsonDocument::Compact)) };
}

template <typename Jobs> QByteArray csvOf(const Jobs &jobs, const JobNames &names)
{
    QString out = JobWriter::csvLine(JobWriter::csvHeader());
    for (const Job &job : jobs)
        out += JobWriter::csvLine(csvRow(job, names));
    return out.toUtf8();
}

template <typename Jobs> QByteArray jsonOf(const Jobs &jobs, const JobNames &names)
{
    QJsonArray array;
    for (const Job &job : jobs)
        array.append(JobWriter::toJsonObject(job, names));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}
} // namespace

namespace JobWriter {

QString csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(csvField(f));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QStringList csvHeader()
{
    // Each name right after its id; the scope (domain, workspace) before what runs in it.
    return { QStringLiteral("job_id"),
             QStringLiteral("status"),
             QStringLiteral("resource_group"),
             QStringLiteral("domain_id"),
             QStringLiteral("workspace_id"),
             QStringLiteral("workspace_name"),
             QStringLiteral("trusted_account_id"),
             QStringLiteral("trusted_account_name"),
             QStringLiteral("plugin_id"),
             QStringLiteral("plugin_name"),
             QStringLiteral("created_at"),
             QStringLiteral("updated_at"),
             QStringLiteral("finished_at"),
             QStringLiteral("error_message"),
             QStringLiteral("options") };
}

QJsonObject toJsonObject(const Job &job, const JobNames &names)
{
    QJsonObject o = job.toJson();
    auto put = [&o](const char *key, const QString &name) {
        if (!name.isEmpty())
            o.insert(QLatin1String(key), name);
    };
    put("workspace_name", names.workspace(job));
    put("trusted_account_name", names.trustedAccount(job));
    put("plugin_name", names.plugin(job));
    return o;
}

QByteArray toCsv(const QList<Job> &jobs, const JobNames &names)
{
    return csvOf(jobs, names);
}

QByteArray toCsv(const std::vector<Job> &jobs, const JobNames &names)
{
    return csvOf(jobs, names);
}

QByteArray toJson(const QList<Job> &jobs, const JobNames &names)
{
    return jsonOf(jobs, names);
}

QByteArray toJson(const std::vector<Job> &jobs, const JobNames &names)
{
    return jsonOf(jobs, names);
}

QByteArray write(const QList<Job> &jobs, Format format, const JobNames &names)
{
    return format == Format::Csv ? csvOf(jobs, names) : jsonOf(jobs, names);
}

QByteArray write(const std::vector<Job> &jobs, Format format, const JobNames &names)
{
    return format == Format::Csv ? csvOf(jobs, names) : jsonOf(jobs, names);
}

} // namespace JobWriter
