// SPDX-License-Identifier: MIT
#include "savedjobsfile.h"

#include "api/jobdecoder.h"
#include "api/jobfastdecoder.h"
#include "api/stringpool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace {
const QLatin1String kFormat("spaceone-job-monitor/saved-jobs");
constexpr int kVersion = 1;

void fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QJsonObject namesToJson(const QHash<QString, SavedJobs::Name> &names)
{
    QJsonObject o;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QJsonObject entry{ { QStringLiteral("name"), it->name } };
        if (!it->provider.isEmpty())
            entry.insert(QStringLiteral("provider"), it->provider);
        o.insert(it.key(), entry);
    }
    return o;
}

bool namesFromJson(const QJsonValue &value, QHash<QString, SavedJobs::Name> *names)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!it->isObject())
            return false;
        const QJsonObject entry = it->toObject();
        const QJsonValue name = entry.value(QLatin1String("name"));
        const QJsonValue provider = entry.value(QLatin1String("provider"));
        if (!name.isString() || !(provider.isUndefined() || provider.isString()))
            return false;
        names->insert(it.key(), { name.toString(), provider.toString() });
    }
    return true;
}
} // namespace

namespace SavedJobsFile {

QByteArray encode(const SavedJobs &saved)
{
    const size_t count = std::min(saved.jobs.size(), size_t(SavedJobs::kMaxJobs));
    QJsonObject names;
    names.insert(QStringLiteral("workspace"), namesToJson(saved.workspaceNames));
    names.insert(QStringLiteral("trusted_account"), namesToJson(saved.trustedAccountNames));
    names.insert(QStringLiteral("plugin"), namesToJson(saved.pluginNames));
    const QJsonObject header{
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("version"), kVersion },
        { QStringLiteral("connection"), saved.connectionId },
        { QStringLiteral("filter"), saved.filter },
        { QStringLiteral("saved_at_ms"), double(saved.savedAtMs) },
        { QStringLiteral("jobs"), int(count) },
        { QStringLiteral("names"), names },
    };
    QJsonArray results;
    for (size_t i = 0; i < count; ++i)
        results.append(saved.jobs[i].toJson());
    QJsonObject body{ { QStringLiteral("results"), results } };
    if (count > 0)
        body.insert(QStringLiteral("total_count"), int(count));
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n'
        + QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<SavedJobs> decode(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > kMaxBytes) {
        fail(error, QStringLiteral("larger than %1 bytes").arg(kMaxBytes));
        return std::nullopt;
    }
    const qsizetype newline = bytes.indexOf('\n');
    if (newline < 0) {
        fail(error, QStringLiteral("no header line"));
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument headerDoc = QJsonDocument::fromJson(bytes.left(newline), &parseError);
    if (parseError.error != QJsonParseError::NoError || !headerDoc.isObject()) {
        fail(error, QStringLiteral("the header is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject header = headerDoc.object();
    if (header.value(QLatin1String("format")).toString() != kFormat
        || header.value(QLatin1String("version")).toInt(-1) != kVersion) {
        fail(error, QStringLiteral("not a saved-jobs file of version %1").arg(kVersion));
        return std::nullopt;
    }
    SavedJobs saved;
    const QJsonValue connection = header.value(QLatin1String("connection"));
    const QJsonValue filter = header.value(QLatin1String("filter"));
    const QJsonValue savedAt = header.value(QLatin1String("saved_at_ms"));
    const QJsonValue count = header.value(QLatin1String("jobs"));
    const QJsonValue names = header.value(QLatin1String("names"));
    if (!connection.isString() || connection.toString().isEmpty() || !filter.isObject() || !savedAt.isDouble()
        || !count.isDouble() || !(names.isUndefined() || names.isObject())) {
        fail(error, QStringLiteral("the header lacks a field or has one of the wrong type"));
        return std::nullopt;
    }
    const int expected = count.toInt(-1);
    // Up to the last millisecond of year 9999, which also keeps the conversion to an integer
    // defined for any number a damaged file may hold.
    constexpr double kLatestMs = 253402300799999.0;
    const double savedAtMs = savedAt.toDouble();
    if (expected < 0 || expected > SavedJobs::kMaxJobs || !(savedAtMs >= 0 && savedAtMs <= kLatestMs)) {
        fail(error, QStringLiteral("the header's job count or time is out of range"));
        return std::nullopt;
    }
    saved.connectionId = connection.toString();
    saved.filter = filter.toObject();
    saved.savedAtMs = qint64(savedAtMs);
    const QJsonObject nameBooks = names.toObject();
    if (!namesFromJson(nameBooks.value(QLatin1String("workspace")), &saved.workspaceNames)
        || !namesFromJson(nameBooks.value(QLatin1String("trusted_account")), &saved.trustedAccountNames)
        || !namesFromJson(nameBooks.value(QLatin1String("plugin")), &saved.pluginNames)) {
        fail(error, QStringLiteral("the header's names are malformed"));
        return std::nullopt;
    }

    // The jobs as the list endpoint sends them, through the decoders that read its replies.
    const QByteArray body = bytes.mid(newline + 1);
    JobListPage page;
    StringPool pool;
    QString decodeError;
    if (!(JobFastDecoder::isAvailable() && JobFastDecoder::decodeList(body, &page, &pool))
        && !JobDecoder::decodeList(body, &page, &decodeError, &pool)) {
        fail(error, QStringLiteral("the jobs do not decode: %1").arg(decodeError));
        return std::nullopt;
    }
    if (int(page.jobs.size()) != expected) {
        fail(error, QStringLiteral("%1 jobs where the header says %2").arg(page.jobs.size()).arg(expected));
        return std::nullopt;
    }
    saved.jobs = std::move(page.jobs);
    return saved;
}

bool write(const QString &path, const SavedJobs &saved, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(error, file.errorString());
        return false;
    }
    // Only the user's: the jobs' error messages and options can name internal systems.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = encode(saved);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        fail(error, file.errorString());
        return false;
    }
    return true;
}

std::optional<SavedJobs> read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxBytes) {
        fail(error, QStringLiteral("larger than %1 bytes").arg(kMaxBytes));
        return std::nullopt;
    }
    return decode(file.read(kMaxBytes + 1), error);
}

} // namespace SavedJobsFile
