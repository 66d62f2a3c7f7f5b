// SPDX-License-Identifier: MIT
#include "jobexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace JobExporter {

QString csvField(const QString &value)
{
    // Quote when needed; also neutralise a leading formula character so a spreadsheet never
    // evaluates text that came from the server.
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

QByteArray toCsv(const QList<Job> &jobs)
{
    QString out = QStringLiteral("job_id,status,resource_group,workspace_id,trusted_account_id,plugin_id,domain_id,"
                                 "created_at,updated_at,finished_at,error_message\r\n");
    for (const Job &j : jobs) {
        const QStringList fields{ j.jobId,
                                  j.statusText(),
                                  j.resourceGroupText(),
                                  j.workspaceId,
                                  j.trustedAccountId,
                                  j.pluginId,
                                  j.domainId,
                                  JobTime::toWire(j.createdAtMs),
                                  JobTime::toWire(j.updatedAtMs),
                                  JobTime::toWire(j.finishedAtMs),
                                  j.errorMessage };
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QByteArray toJson(const QList<Job> &jobs)
{
    QJsonArray array;
    for (const Job &j : jobs)
        array.append(j.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray write(const QList<Job> &jobs, Format format)
{
    return format == Format::Csv ? toCsv(jobs) : toJson(jobs);
}

} // namespace JobExporter
