// SPDX-License-Identifier: MIT
#include "stringtable.h"

#include "jobtext.h"

#include <algorithm>

StringTable::StringTable()
{
    m_entries.push_back({}); // kEmpty
}

StringTable::Id StringTable::acquire(const QString &text)
{
    if (text.isEmpty())
        return kEmpty;
    const auto it = m_index.constFind(text);
    if (it != m_index.constEnd()) {
        ++m_entries[*it].users;
        return *it;
    }
    Id id;
    if (!m_free.empty()) {
        id = m_free.back();
        m_free.pop_back();
    } else {
        id = Id(m_entries.size());
        m_entries.push_back({});
    }
    m_entries[id] = { text, 1 };
    m_index.insert(text, id);
    ++m_version;
    return id;
}

void StringTable::release(Id id)
{
    if (id == kEmpty)
        return;
    Entry &entry = m_entries[id];
    if (--entry.users > 0)
        return;
    m_index.remove(entry.text);
    entry.text = QString();
    m_free.push_back(id);
}

StringTable::Id StringTable::find(const QString &text) const
{
    if (text.isEmpty())
        return kEmpty;
    return m_index.value(text, kMissing);
}

const std::vector<quint32> &StringTable::ranks() const
{
    if (m_ranksVersion == m_version && m_ranks.size() == m_entries.size())
        return m_ranks;
    std::vector<Id> live;
    live.reserve(size_t(m_index.size()) + 1);
    live.push_back(kEmpty);
    for (Id id = 1; id < Id(m_entries.size()); ++id) {
        if (m_entries[id].users > 0)
            live.push_back(id);
    }
    std::sort(live.begin() + 1, live.end(),
              [this](Id a, Id b) { return JobText::compare(m_entries[a].text, m_entries[b].text) < 0; });
    m_ranks.assign(m_entries.size(), 0);
    for (size_t rank = 0; rank < live.size(); ++rank)
        m_ranks[live[rank]] = quint32(rank);
    m_ranksVersion = m_version;
    return m_ranks;
}
