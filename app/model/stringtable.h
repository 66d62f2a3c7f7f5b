// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

#include <vector>

// Interned strings with use counts, handed out as 4-byte ids: a text many jobs share (their
// workspace, trusted account, plugin, domain, a repeated error message) costs one buffer for
// all of them, and a job holds only the id. Id 0 is the empty string, which is never counted.
// The ids of one table also order the texts as JobText::compare does (ranks()), so a sort by
// such a column compares integers. Not thread-safe.
class StringTable
{
public:
    using Id = quint32;
    static constexpr Id kEmpty = 0;
    static constexpr Id kMissing = ~Id(0);

    StringTable();

    // One more user of `text`; the same text always gets the same id while it has users.
    Id acquire(const QString &text);
    // One user less; the text is dropped with its last user and its id reused.
    void release(Id id);
    const QString &text(Id id) const { return m_entries[id].text; }
    // The id of `text`, kEmpty for the empty string, kMissing when no job uses it.
    Id find(const QString &text) const;
    bool isLive(Id id) const { return id == kEmpty || (id < m_entries.size() && m_entries[id].users > 0); }
    // One past the highest id handed out.
    Id idCount() const { return Id(m_entries.size()); }
    int distinctCount() const { return int(m_index.size()); }
    // Changes whenever a text gets an id (new, or a reused id with another text).
    quint64 version() const { return m_version; }

    // By id: the position of its text among every live text of the table in JobText::compare
    // order (the empty string first). Computed again, in O(d log d) for d distinct texts, only
    // when asked for after the texts changed.
    const std::vector<quint32> &ranks() const;

private:
    struct Entry
    {
        QString text;
        quint32 users = 0;
    };

    std::vector<Entry> m_entries;
    std::vector<Id> m_free;
    QHash<QString, Id> m_index;
    quint64 m_version = 0;
    mutable std::vector<quint32> m_ranks;
    mutable quint64 m_ranksVersion = ~quint64(0);
};
