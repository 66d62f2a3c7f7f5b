// SPDX-License-Identifier: MIT
#include "jobfastdecoder.h"

#ifdef SJM_HAVE_SIMDJSON

#include "jobdecoder.h"
#include "stringpool.h"

#include <QJsonDocument>

#include <simdjson.h>

#include <cmath>
#include <string_view>
#include <unordered_map>

namespace {

enum Field : quint8 {
    JobIdField,
    StatusField,
    ResourceGroupField,
    ErrorMessageField,
    DomainIdField,
    WorkspaceIdField,
    TrustedAccountIdField,
    PluginIdField,
    CreatedAtField,
    UpdatedAtField,
    FinishedAtField,
    OptionsField,
    OtherField,
};

Field fieldOf(std::string_view key)
{
    static const std::unordered_map<std::string_view, Field> fields = {
        { "job_id", JobIdField },
        { "status", StatusField },
        { "resource_group", ResourceGroupField },
        { "error_message", ErrorMessageField },
        { "domain_id", DomainIdField },
        { "workspace_id", WorkspaceIdField },
        { "trusted_account_id", TrustedAccountIdField },
        { "plugin_id", PluginIdField },
        { "created_at", CreatedAtField },
        { "updated_at", UpdatedAtField },
        { "finished_at", FinishedAtField },
        { "options", OptionsField },
    };
    const auto it = fields.find(key);
    return it == fields.end() ? OtherField : it->second;
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

JobStatus statusOf(std::string_view text)
{
    if (text == "SUCCESS")
        return JobStatus::Success;
    if (text == "FAILURE")
        return JobStatus::Failure;
    if (text == "IN_PROGRESS")
        return JobStatus::InProgress;
    if (text == "PENDING")
        return JobStatus::Pending;
    if (text == "CANCELED")
        return JobStatus::Canceled;
    return JobStatus::Unknown;
}

bool parseTime(std::string_view text, qint64 *ms)
{
    if (text.empty())
        return true;
    char16_t wide[48];
    if (text.size() > std::size(wide))
        return false;
    for (size_t i = 0; i < text.size(); ++i)
        wide[i] = char16_t(static_cast<unsigned char>(text[i]));
    return JobTime::parse(QStringView(wide, qsizetype(text.size())), ms);
}

// The same few ids repeat on every row: look the bytes up before making a QString, so a
// repeated id costs neither an allocation nor a UTF-8 conversion. The views point into the
// parser's buffer and live as long as one decode.
class Interner
{
public:
    explicit Interner(StringPool *pool)
        : m_pool(pool)
    { }
    QString intern(std::string_view text)
    {
        if (text.empty())
            return {};
        const auto it = m_seen.find(text);
        if (it != m_seen.end())
            return it->second;
        QString value = m_pool ? m_pool->intern(toQString(text)) : toQString(text);
        m_seen.emplace(text, value);
        return value;
    }

private:
    StringPool *m_pool;
    std::unordered_map<std::string_view, QString> m_seen;
};

bool decodeJob(simdjson::dom::object object, Job *job, Interner *interner)
{
    quint32 seen = 0;
    for (const simdjson::dom::key_value_pair member : object) {
        const Field field = fieldOf(member.key);
        if (field == OtherField)
            continue;
        if (seen & (1u << field))
            return false; // which copy wins is JobDecoder's call
        seen |= 1u << field;
        const simdjson::dom::element value = member.value;
        if (value.is_null())
            continue;
        if (field == OptionsField) {
            simdjson::dom::object options;
            if (value.get_object().get(options))
                return false;
            if (options.size() > 0) {
                const std::string json = simdjson::minify(value);
                job->options = QJsonDocument::fromJson(QByteArray(json.data(), qsizetype(json.size()))).object();
            }
            continue;
        }
        std::string_view text;
        if (value.get_string().get(text))
            return false;
        switch (field) {
        case JobIdField:
            job->jobId = toQString(text);
            break;
        case StatusField:
            job->status = statusOf(text);
            if (job->status == JobStatus::Unknown)
                job->rawStatus = interner->intern(text);
            break;
        case ResourceGroupField:
            job->resourceGroup = text.empty() ? ResourceGroup::None
                : text == "DOMAIN"            ? ResourceGroup::Domain
                : text == "WORKSPACE"         ? ResourceGroup::Workspace
                                              : ResourceGroup::Unknown;
            if (job->resourceGroup == ResourceGroup::Unknown)
                job->rawResourceGroup = interner->intern(text);
            break;
        case ErrorMessageField:
            job->errorMessage = toQString(text);
            break;
        case DomainIdField:
            job->domainId = interner->intern(text);
            break;
        case WorkspaceIdField:
            job->workspaceId = interner->intern(text);
            break;
        case TrustedAccountIdField:
            job->trustedAccountId = interner->intern(text);
            break;
        case PluginIdField:
            job->pluginId = interner->intern(text);
            break;
        case CreatedAtField:
            if (!parseTime(text, &job->createdAtMs))
                return false;
            break;
        case UpdatedAtField:
            if (!parseTime(text, &job->updatedAtMs))
                return false;
            break;
        case FinishedAtField:
            if (!parseTime(text, &job->finishedAtMs))
                return false;
            break;
        case OptionsField:
        case OtherField:
            break;
        }
    }
    return true;
}

// total_count exactly as JobDecoder reads it; false where it would report an error.
bool readCount(simdjson::dom::element value, qint64 *count)
{
    if (value.is_null())
        return true;
    if (value.is_string()) {
        bool ok = false;
        *count = toQString(value.get_string().value()).toLongLong(&ok);
        return ok;
    }
    double d = 0;
    if (value.is_int64()) {
        const int64_t n = value.get_int64().value();
        // Beyond 2^53 a double, as JobDecoder sees every number, no longer holds the value.
        if (n < 0 || n > (int64_t(1) << 53))
            return false;
        *count = n;
        return true;
    }
    if (value.get_double().get(d) || !std::isfinite(d) || d < 0 || d != std::floor(d) || d > 9.0e15)
        return false;
    *count = qint64(d);
    return true;
}

} // namespace

namespace JobFastDecoder {

bool isAvailable()
{
    return true;
}

bool decodeList(const QByteArray &body, JobListPage *page, StringPool *pool)
{
    // A parser per call: it keeps buffers the size of the largest reply, which a long-lived
    // one would hold on to between polls.
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(body.constData(), size_t(body.size())).get(root))
        return false;
    simdjson::dom::object top;
    if (root.get_object().get(top))
        return false;
    JobListPage result;
    Interner interner(pool);
    qint64 total = -1;
    bool sawResults = false, sawTotal = false;
    for (const simdjson::dom::key_value_pair member : top) {
        if (member.key == "results") {
            if (sawResults)
                return false;
            sawResults = true;
            if (member.value.is_null())
                continue;
            simdjson::dom::array results;
            if (member.value.get_array().get(results))
                return false;
            result.jobs.reserve(results.size());
            for (const simdjson::dom::element item : results) {
                simdjson::dom::object object;
                if (item.get_object().get(object))
                    return false;
                Job job;
                // A row without an id is an error JobDecoder reports by name.
                if (!decodeJob(object, &job, &interner) || job.jobId.isEmpty())
                    return false;
                result.jobs.push_back(std::move(job));
            }
        } else if (member.key == "total_count") {
            if (sawTotal || !readCount(member.value, &total))
                return false;
            sawTotal = true;
        }
    }
    result.hasTotalCount = total >= 0;
    result.totalCount = qMax<qint64>(total, qint64(result.jobs.size()));
    *page = std::move(result);
    return true;
}

} // namespace JobFastDecoder

#else

namespace JobFastDecoder {

bool isAvailable()
{
    return false;
}

bool decodeList(const QByteArray &, JobListPage *, StringPool *)
{
    return false;
}

} // namespace JobFastDecoder

#endif
