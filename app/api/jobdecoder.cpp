// SPDX-License-Identifier: MIT
#include "jobdecoder.h"

#include "jobfastdecoder.h"
#include "stringpool.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString fieldPath(const QString &path, QLatin1String key)
{
    return path.isEmpty() ? QString(key) : path + QLatin1Char('.') + key;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool parseObject(const QByteArray &body, QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error,
                    QCoreApplication::translate("JobDecoder", "malformed JSON at byte %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(error, QCoreApplication::translate("JobDecoder", "expected a JSON object at the top level"));
    *object = doc.object();
    return true;
}

// A field that must be a string when present. Null counts as absent: protobuf's JSON printer
// never emits it, but proxies and hand-written servers do.
bool readString(const QJsonObject &o, QLatin1String key, const QString &path, QString *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return fail(error,
                    QCoreApplication::translate("JobDecoder", "%1: expected a string, got %2")
                        .arg(fieldPath(path, key), typeName(v)));
    *out = v.toString();
    return true;
}

bool readTime(const QJsonObject &o, QLatin1String key, const QString &path, qint64 *out, QString *error)
{
    QString text;
    if (!readString(o, key, path, &text, error))
        return false;
    if (text.isEmpty())
        return true;
    if (!JobTime::parse(text, out))
        return fail(error,
                    QCoreApplication::translate("JobDecoder", "%1: not an ISO 8601 timestamp: \"%2\"")
                        .arg(fieldPath(path, key), text.left(40)));
    return true;
}

bool readCount(const QJsonValue &v, const QString &path, qint64 *out, QString *error)
{
    if (v.isUndefined() || v.isNull())
        return true;
    // int32/int64 fields may arrive as strings from some JSON printers (proto3 int64 rule).
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (!ok)
            return fail(error,
                        QCoreApplication::translate("JobDecoder", "%1: expected a number, got \"%2\"")
                            .arg(path, v.toString().left(40)));
        *out = n;
        return true;
    }
    if (!v.isDouble())
        return fail(error,
                    QCoreApplication::translate("JobDecoder", "%1: expected a number, got %2").arg(path, typeName(v)));
    const double d = v.toDouble();
    // 2^63 and beyond have no qint64; converting them would be undefined, not merely wrong.
    constexpr double kBeyondQint64 = 9223372036854775808.0;
    if (!std::isfinite(d) || d < 0 || d != std::floor(d) || d >= kBeyondQint64)
        return fail(error, QCoreApplication::translate("JobDecoder", "%1: not a count: %2").arg(path).arg(d));
    *out = qint64(d);
    return true;
}

// "results" of a list or stat reply; left out (an empty list on the wire) reads as empty.
bool readResultsArray(const QJsonObject &o, QJsonArray *array, QString *error)
{
    const QJsonValue results = o.value(QLatin1String("results"));
    if (results.isUndefined() || results.isNull())
        return true;
    if (!results.isArray())
        return fail(
            error,
            QCoreApplication::translate("JobDecoder", "results: expected an array, got %1").arg(typeName(results)));
    *array = results.toArray();
    return true;
}

} // namespace

namespace JobDecoder {

bool decodeJob(const QJsonObject &o, Job *job, QString *error, const QString &path, StringPool *pool)
{
    Job j;
    QString status, group;
    if (!readString(o, QLatin1String("job_id"), path, &j.jobId, error)
        || !readString(o, QLatin1String("status"), path, &status, error)
        || !readString(o, QLatin1String("resource_group"), path, &group, error)
        || !readString(o, QLatin1String("error_message"), path, &j.errorMessage, error)
        || !readString(o, QLatin1String("domain_id"), path, &j.domainId, error)
        || !readString(o, QLatin1String("workspace_id"), path, &j.workspaceId, error)
        || !readString(o, QLatin1String("trusted_account_id"), path, &j.trustedAccountId, error)
        || !readString(o, QLatin1String("plugin_id"), path, &j.pluginId, error)
        || !readTime(o, QLatin1String("created_at"), path, &j.createdAtMs, error)
        || !readTime(o, QLatin1String("updated_at"), path, &j.updatedAtMs, error)
        || !readTime(o, QLatin1String("finished_at"), path, &j.finishedAtMs, error))
        return false;
    // Every consumer keys jobs by id; a row without one cannot be shown, updated or deleted, and
    // dropping it quietly would hide a server problem.
    if (j.jobId.isEmpty())
        return fail(error,
                    QCoreApplication::translate("JobDecoder", "%1: missing or empty")
                        .arg(fieldPath(path, QLatin1String("job_id"))));
    const QJsonValue options = o.value(QLatin1String("options"));
    if (options.isObject())
        j.options = options.toObject();
    else if (!options.isUndefined() && !options.isNull())
        return fail(error,
                    QCoreApplication::translate("JobDecoder", "%1: expected an object, got %2")
                        .arg(fieldPath(path, QLatin1String("options")), typeName(options)));

    j.status = JobStatuses::fromWire(status);
    if (j.status == JobStatus::Unknown)
        j.rawStatus = status;
    j.resourceGroup = ResourceGroups::fromWire(group);
    if (j.resourceGroup == ResourceGroup::Unknown)
        j.rawResourceGroup = group;
    if (pool) {
        j.domainId = pool->intern(j.domainId);
        j.workspaceId = pool->intern(j.workspaceId);
        j.trustedAccountId = pool->intern(j.trustedAccountId);
        j.pluginId = pool->intern(j.pluginId);
        j.rawStatus = pool->intern(j.rawStatus);
        j.rawResourceGroup = pool->intern(j.rawResourceGroup);
    }
    *job = std::move(j);
    return true;
}

bool decodeJob(const QByteArray &body, Job *job, QString *error)
{
    QJsonObject o;
    return parseObject(body, &o, error) && decodeJob(o, job, error);
}

bool decodeList(const QByteArray &body, JobListPage *page, QString *error, StringPool *pool)
{
    // Well-formed replies take the fast path; anything it declines is decoded below, which
    // is also what explains an error.
    if (JobFastDecoder::decodeList(body, page, pool))
        return true;
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    JobListPage result;
    QJsonArray array;
    if (!readResultsArray(o, &array, error))
        return false;
    result.jobs.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("results[%1]").arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isObject())
            return fail(
                error,
                QCoreApplication::translate("JobDecoder", "%1: expected an object, got %2").arg(path, typeName(item)));
        Job job;
        if (!decodeJob(item.toObject(), &job, error, path, pool))
            return false;
        result.jobs.push_back(std::move(job));
    }
    qint64 total = -1;
    if (!readCount(o.value(QLatin1String("total_count")), QStringLiteral("total_count"), &total, error))
        return false;
    // Absent total_count means 0 on the wire; a server that omits it despite rows still has
    // at least those rows.
    result.hasTotalCount = total >= 0;
    result.totalCount = qMax<qint64>(total, qint64(result.jobs.size()));
    *page = std::move(result);
    return true;
}

bool decodeStat(const QByteArray &body, JobStatResult *result, QString *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    JobStatResult r;
    if (!readResultsArray(o, &r.results, error))
        return false;
    if (o.contains(QLatin1String("total_count"))
        && !readCount(o.value(QLatin1String("total_count")), QStringLiteral("total_count"), &r.totalCount, error))
        return false;
    *result = std::move(r);
    return true;
}

bool decodeJobArray(const QByteArray &body, std::vector<Job> *jobs, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error,
                    QCoreApplication::translate("JobDecoder", "malformed JSON at byte %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isArray())
        return fail(error, QCoreApplication::translate("JobDecoder", "expected a JSON array of jobs"));
    const QJsonArray array = doc.array();
    std::vector<Job> out;
    out.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(error,
                        QCoreApplication::translate("JobDecoder", "%1: expected an object, got %2")
                            .arg(path, typeName(array.at(i))));
        Job job;
        if (!decodeJob(array.at(i).toObject(), &job, error, path))
            return false;
        out.push_back(std::move(job));
    }
    *jobs = std::move(out);
    return true;
}

} // namespace JobDecoder

namespace {
// More jobs than any deployment holds, and far from qint64's end.
constexpr qint64 kMaxCount = qint64(1) << 50;
} // namespace

QHash<QString, qint64> JobStatResult::countsBy(const QString &keyName, const QString &countName) const
{
    QHash<QString, qint64> counts;
    for (const QJsonValue &row : results) {
        const QJsonObject o = row.toObject();
        const QJsonValue key = o.value(keyName);
        const QString k = key.isString()        ? key.toString()
            : key.isNull() || key.isUndefined() ? QString()
                                                : key.toVariant().toString();
        // A count is a whole number from 0 up; a server's negative, NaN or 1e300 counts as nothing
        // rather than wrapping round, and a sum saturates instead of overflowing.
        const double value = o.value(countName).toDouble();
        if (!std::isfinite(value) || value < 0)
            continue;
        const qint64 n = value >= double(kMaxCount) ? kMaxCount : qint64(std::llround(value));
        qint64 &sum = counts[k];
        sum = sum > kMaxCount - n ? kMaxCount : sum + n;
    }
    return counts;
}

QStringList JobStatResult::distinctValues() const
{
    QStringList values;
    values.reserve(results.size());
    for (const QJsonValue &v : results) {
        if (v.isString())
            values.append(v.toString());
        else if (!v.isNull() && !v.isUndefined())
            values.append(v.toVariant().toString());
    }
    return values;
}
