// SPDX-License-Identifier: MIT
#include "jobslotmatcher.h"

#include "jobtext.h"

namespace {
// The workspace is searched by its name only: its id is not one of the fields the server's
// text search covers (JobFilter::textConditions).
constexpr JobSet::Text kSearched[4]
    = { JobSet::Text::TrustedAccountId, JobSet::Text::PluginId, JobSet::Text::ErrorMessage, JobSet::Text::WorkspaceId };
constexpr int kWorkspaceTable = 3;

// The id a wanted text has in a table; false when no job holds it.
bool wantedId(const JobSet &set, JobSet::Text text, const QString &wanted, StringTable::Id *id)
{
    *id = wanted.isEmpty() ? StringTable::kEmpty : set.table(text).find(wanted);
    return *id != StringTable::kMissing;
}
} // namespace

JobSlotMatcher::JobSlotMatcher(const JobFilter &filter, const JobSet &set, qint64 nowMs, bool memoize,
                               const JobNameDisplay *names)
    : m_filter(filter)
    , m_set(set)
    , m_names(names && names->directory() ? names : nullptr)
    , m_nowMs(nowMs)
    , m_memoize(memoize)
{
    for (JobStatus status : filter.statuses)
        m_statuses |= 1u << int(status);
    m_nothing = !wantedId(set, JobSet::Text::WorkspaceId, filter.workspaceId, &m_workspace)
        || !wantedId(set, JobSet::Text::TrustedAccountId, filter.trustedAccountId, &m_trustedAccount)
        || !wantedId(set, JobSet::Text::PluginId, filter.pluginId, &m_plugin);
}

bool JobSlotMatcher::matches(int slot) const
{
    if (m_nothing)
        return false;
    const PackedJob &job = m_set.packed(slot);
    if (m_statuses != 0 && !(m_statuses & (1u << int(job.status))))
        return false;
    if (!m_filter.workspaceId.isEmpty() && job.workspaceId != m_workspace)
        return false;
    if (!m_filter.trustedAccountId.isEmpty() && job.trustedAccountId != m_trustedAccount)
        return false;
    if (!m_filter.pluginId.isEmpty() && job.pluginId != m_plugin)
        return false;
    if (!m_filter.text.isEmpty() && !textMatches(slot))
        return false;
    return !m_filter.stuckOnly
        || JobFilter::isStuck(job.status, job.updatedAtMs, job.createdAtMs, m_nowMs, m_filter.stuckThresholdMs);
}

bool JobSlotMatcher::textMatches(int slot) const
{
    if (m_set.idContains(slot, m_filter.text))
        return true;
    const PackedJob &job = m_set.packed(slot);
    return tableTextMatches(0, job.trustedAccountId) || tableTextMatches(1, job.pluginId)
        || tableTextMatches(2, job.errorMessage) || (m_names && tableTextMatches(kWorkspaceTable, job.workspaceId));
}

bool JobSlotMatcher::textOrNameMatches(int table, const QString &text) const
{
    const std::optional<JobNameDisplay::Kind> kind = JobNameDisplay::kindOf(kSearched[table]);
    if (kind && m_names && m_names->nameContains(*kind, text, m_filter.text))
        return true;
    return table != kWorkspaceTable && JobText::contains(text, m_filter.text);
}

bool JobSlotMatcher::tableTextMatches(int table, StringTable::Id id) const
{
    if (id == StringTable::kEmpty)
        return false; // the needle is not empty
    const StringTable &texts = m_set.table(kSearched[table]);
    if (!m_memoize)
        return textOrNameMatches(table, texts.text(id));
    std::vector<qint8> &memo = m_memo[table];
    if (memo.empty())
        memo.assign(texts.idCount(), -1);
    qint8 &known = memo[id];
    if (known < 0)
        known = textOrNameMatches(table, texts.text(id)) ? 1 : 0;
    return known != 0;
}
