// SPDX-License-Identifier: MIT
#pragma once

#include "jobfilter.h"
#include "jobnamedisplay.h"
#include "jobset.h"

#include <vector>

// Judges the jobs of a JobSet against a JobFilter by slot, reading the packed fields in place:
// the same answers as JobFilter::matches on the Job values. Workspace, trusted account and
// plugin compare string-table ids. With `memoize`, the free text is searched once per distinct
// text of a table, so one pass over n jobs costs O(n) plus one search per distinct text; the
// memo holds only while the set does not change, so a matcher lives for one pass. With `names`,
// the free text also finds jobs by the names of their workspace, trusted account and plugin.
class JobSlotMatcher
{
public:
    JobSlotMatcher(const JobFilter &filter, const JobSet &set, qint64 nowMs, bool memoize,
                   const JobNameDisplay *names = nullptr);

    bool matches(int slot) const;

private:
    bool textMatches(int slot) const;
    bool tableTextMatches(int table, StringTable::Id id) const;
    bool textOrNameMatches(int table, const QString &text) const;

    const JobFilter &m_filter;
    const JobSet &m_set;
    const JobNameDisplay *m_names;
    qint64 m_nowMs;
    bool m_memoize;
    bool m_nothing = false; // a wanted workspace, account or plugin no job has
    StringTable::Id m_workspace = StringTable::kEmpty;
    StringTable::Id m_trustedAccount = StringTable::kEmpty;
    StringTable::Id m_plugin = StringTable::kEmpty;
    quint32 m_statuses = 0; // bit per JobStatus; 0 for every status
    // Per searched table (trusted account, plugin, error message, workspace), by id: -1 not yet
    // searched.
    mutable std::vector<qint8> m_memo[4];
};
