// SPDX-License-Identifier: MIT
#include "directorylistreply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

DirectoryListReply::DirectoryListReply(ApiResource resource, quint64 generation, JobApiClient *client)
    : JobApiReply(QStringLiteral("list"), generation, client, resource)
{ }

QString DirectoryListReply::idField(ApiResource resource)
{
    switch (resource) {
    case ApiResource::Workspace:
        return QStringLiteral("workspace_id");
    case ApiResource::TrustedAccount:
        return QStringLiteral("trusted_account_id");
    case ApiResource::Plugin:
        return QStringLiteral("plugin_id");
    case ApiResource::Job:
        break;
    }
    return QStringLiteral("job_id");
}

bool DirectoryListReply::decode(const QByteArray &body, ApiResource resource, QList<DirectoryEntry> *entries,
                                QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? parseError.errorString()
            : QCoreApplication::translate("DirectoryListReply", "the answer is not a JSON object");
        return false;
    }
    const QJsonValue results = doc.object().value(QLatin1String("results"));
    if (!results.isUndefined() && !results.isArray()) {
        *error = QCoreApplication::translate("DirectoryListReply", "\"results\" is not a list");
        return false;
    }
    const QString key = idField(resource);
    entries->clear();
    for (const QJsonValue &value : results.toArray()) {
        const QJsonObject row = value.toObject();
        DirectoryEntry entry;
        entry.id = row.value(key).toString();
        if (entry.id.isEmpty())
            continue;
        entry.name = row.value(QLatin1String("name")).toString();
        entry.provider = row.value(QLatin1String("provider")).toString();
        entries->append(entry);
    }
    return true;
}
