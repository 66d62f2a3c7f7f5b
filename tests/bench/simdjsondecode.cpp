// SPDX-License-Identifier: MIT
#include "simdjsondecode.h"

#include "api/jobtime.h"
#include "api/stringpool.h"

#include <simdjson.h>

#include <string_view>

namespace {
QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool parseTime(std::string_view text, qint64 *ms)
{
    char16_t buffer[64];
    if (text.size() > std::size(buffer))
        return false;
    for (size_t i = 0; i < text.size(); ++i)
        buffer[i] = char16_t(static_cast<unsigned char>(text[i]));
    return JobTime::parse(QStringView(buffer, qsizetype(text.size())), ms);
}

JobStatus statusFrom(std::string_view text)
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
} // namespace

namespace SimdjsonDecode {

bool decodeList(const QByteArray &body, std::vector<Job> *jobs, StringPool *pool)
{
    using namespace simdjson;
    static thread_local ondemand::parser parser;
    const padded_string padded(body.constData(), size_t(body.size()));
    ondemand::document doc;
    if (parser.iterate(padded).get(doc))
        return false;
    ondemand::object root;
    if (doc.get_object().get(root))
        return false;
    std::vector<Job> out;
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return false;
        if (key != "results")
            continue;
        ondemand::array results;
        if (field.value().get_array().get(results))
            return false;
        for (auto item : results) {
            ondemand::object object;
            if (item.get_object().get(object))
                return false;
            Job job;
            for (auto member : object) {
                std::string_view name;
                if (member.unescaped_key().get(name))
                    return false;
                if (name == "options")
                    continue;
                std::string_view value;
                if (member.value().get_string().get(value))
                    return false;
                if (name == "job_id") {
                    job.jobId = toQString(value);
                } else if (name == "status") {
                    job.status = statusFrom(value);
                    if (job.status == JobStatus::Unknown)
                        job.rawStatus = toQString(value);
                } else if (name == "resource_group") {
                    job.resourceGroup = ResourceGroups::fromWire(toQString(value));
                } else if (name == "error_message") {
                    job.errorMessage = toQString(value);
                } else if (name == "domain_id") {
                    job.domainId = pool->intern(toQString(value));
                } else if (name == "workspace_id") {
                    job.workspaceId = pool->intern(toQString(value));
                } else if (name == "trusted_account_id") {
                    job.trustedAccountId = pool->intern(toQString(value));
                } else if (name == "plugin_id") {
                    job.pluginId = pool->intern(toQString(value));
                } else if (name == "created_at") {
                    if (!parseTime(value, &job.createdAtMs))
                        return false;
                } else if (name == "updated_at") {
                    if (!parseTime(value, &job.updatedAtMs))
                        return false;
                } else if (name == "finished_at") {
                    if (!parseTime(value, &job.finishedAtMs))
                        return false;
                }
            }
            out.push_back(std::move(job));
        }
    }
    *jobs = std::move(out);
    return true;
}

} // namespace SimdjsonDecode
