// SPDX-License-Identifier: MIT
// JobSet: reading the fields of a packed job, and building a Job value from it.
#include "jobset.h"

#include "jobtext.h"

#include <cstring>

namespace {
const QString kNoText;
} // namespace

Job JobSet::job(int slot) const
{
    const PackedJob &p = packed(slot);
    Job job;
    job.jobId = jobId(slot);
    job.errorMessage = m_tables[int(Text::ErrorMessage)].text(p.errorMessage);
    job.domainId = m_tables[int(Text::DomainId)].text(p.domainId);
    job.workspaceId = m_tables[int(Text::WorkspaceId)].text(p.workspaceId);
    job.trustedAccountId = m_tables[int(Text::TrustedAccountId)].text(p.trustedAccountId);
    job.pluginId = m_tables[int(Text::PluginId)].text(p.pluginId);
    if (const Extras *extras = extrasOf(slot)) {
        job.rawStatus = extras->rawStatus;
        job.rawResourceGroup = extras->rawResourceGroup;
        job.options = extras->options;
    }
    job.createdAtMs = p.createdAtMs;
    job.updatedAtMs = p.updatedAtMs;
    job.finishedAtMs = p.finishedAtMs;
    job.status = p.status;
    job.resourceGroup = p.resourceGroup;
    return job;
}

QString JobSet::jobId(int slot) const
{
    const PackedJob &p = packed(slot);
    if (p.hasInlineId())
        return QString::fromLatin1(p.id, p.idSize);
    return extrasOf(slot)->jobId;
}

bool JobSet::hasId(int slot, QStringView id) const
{
    const PackedJob &p = packed(slot);
    if (!p.hasInlineId())
        return extrasOf(slot)->jobId == id;
    if (id.size() != p.idSize)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        if (id[i].unicode() != static_cast<unsigned char>(p.id[i]))
            return false;
    }
    return true;
}

int JobSet::compareIds(int a, int b) const
{
    const PackedJob &x = packed(a);
    const PackedJob &y = packed(b);
    if (x.hasInlineId() && y.hasInlineId()) {
        // Latin-1 bytes compare as their UTF-16 code units do.
        const int common = qMin(x.idSize, y.idSize);
        const int byBytes = std::memcmp(x.id, y.id, size_t(common));
        if (byBytes != 0)
            return byBytes < 0 ? -1 : 1;
        return x.idSize == y.idSize ? 0 : (x.idSize < y.idSize ? -1 : 1);
    }
    const int byUnits = QString::compare(jobId(a), jobId(b), Qt::CaseSensitive);
    return byUnits < 0 ? -1 : (byUnits > 0 ? 1 : 0);
}

int JobSet::compareIdsAsText(int a, int b) const
{
    const PackedJob &x = packed(a);
    const PackedJob &y = packed(b);
    if (x.hasInlineId() && y.hasInlineId())
        return JobText::compare(x.inlineId(), y.inlineId());
    return JobText::compare(jobId(a), jobId(b));
}

bool JobSet::idContains(int slot, QStringView needle) const
{
    const PackedJob &p = packed(slot);
    if (p.hasInlineId())
        return JobText::contains(p.inlineId(), needle);
    return JobText::contains(extrasOf(slot)->jobId, needle);
}

const QString &JobSet::text(int slot, Text text) const
{
    return m_tables[int(text)].text(tableId(slot, text));
}

StringTable::Id JobSet::tableId(int slot, Text text) const
{
    const PackedJob &p = packed(slot);
    switch (text) {
    case Text::ErrorMessage:
        return p.errorMessage;
    case Text::DomainId:
        return p.domainId;
    case Text::WorkspaceId:
        return p.workspaceId;
    case Text::TrustedAccountId:
        return p.trustedAccountId;
    case Text::PluginId:
        return p.pluginId;
    }
    return StringTable::kEmpty;
}

const QString &JobSet::rawStatus(int slot) const
{
    const Extras *extras = extrasOf(slot);
    return extras ? extras->rawStatus : kNoText;
}

const QString &JobSet::rawResourceGroup(int slot) const
{
    const Extras *extras = extrasOf(slot);
    return extras ? extras->rawResourceGroup : kNoText;
}

QJsonObject JobSet::options(int slot) const
{
    const Extras *extras = extrasOf(slot);
    return extras ? extras->options : QJsonObject();
}

qint64 JobSet::durationMs(int slot, qint64 nowMs) const
{
    const PackedJob &p = packed(slot);
    if (p.createdAtMs == JobTime::kNone)
        return -1;
    if (p.finishedAtMs != JobTime::kNone)
        return qMax<qint64>(0, p.finishedAtMs - p.createdAtMs);
    if (p.isActive())
        return qMax<qint64>(0, nowMs - p.createdAtMs);
    return -1;
}

bool JobSet::equals(int slot, const Job &job) const
{
    const PackedJob &p = packed(slot);
    return p.createdAtMs == job.createdAtMs && p.updatedAtMs == job.updatedAtMs && p.finishedAtMs == job.finishedAtMs
        && p.status == job.status && p.resourceGroup == job.resourceGroup && hasId(slot, job.jobId)
        && errorMessage(slot) == job.errorMessage && domainId(slot) == job.domainId
        && workspaceId(slot) == job.workspaceId && trustedAccountId(slot) == job.trustedAccountId
        && pluginId(slot) == job.pluginId && rawStatus(slot) == job.rawStatus
        && rawResourceGroup(slot) == job.rawResourceGroup && options(slot) == job.options;
}
