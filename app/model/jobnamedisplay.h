// SPDX-License-Identifier: MIT
#pragma once

#include "api/namedirectory.h"
#include "jobset.h"

#include <QPointer>
#include <QString>

#include <optional>
#include <vector>

class StringTable;

// How the workspace, trusted-account and plugin ids of jobs read for a person: the directory's
// name where it has one, else the id, with the other one step away in a tooltip. One place for
// the table, the filter combos, the details dialog and the search, so they never disagree.
// Answers from what the directory knows and never waits for it.
class JobNameDisplay
{
public:
    using Kind = NameDirectory::Kind;

    JobNameDisplay() = default;
    explicit JobNameDisplay(const NameDirectory *directory) { setDirectory(directory); }

    void setDirectory(const NameDirectory *directory);
    const NameDirectory *directory() const { return m_directory.data(); }
    // Bumped by every change of the names known (namesChanged()) and of the directory.
    quint64 version() const { return m_version; }
    void namesChanged() { ++m_version; }

    static std::optional<Kind> kindOf(JobSet::Text text);
    static std::optional<JobSet::Text> textOf(Kind kind);

    // The known name, or empty.
    QString name(Kind kind, const QString &id) const;
    // The name, or the id where none is known; "Global (domain)" for the domain's `*` workspace.
    QString display(Kind kind, const QString &id) const;
    // The id under the name, or why no name is shown.
    QString toolTip(Kind kind, const QString &id) const;
    // "Name (id)" for lists that show both on one line, else the id.
    QString withId(Kind kind, const QString &id) const;
    // Whether the name of `id` contains `needle`, ignoring case (ids are matched elsewhere).
    bool nameContains(Kind kind, const QString &id, QStringView needle) const;
    // The ids known to the directory whose names contain `needle`, for a server-side search.
    QStringList idsNamed(Kind kind, QStringView needle) const;

    // By table id: the rank of the text's display() among the table's live texts in
    // JobText::compare order, ties by id. Cached until the table or the names change.
    const std::vector<quint32> &ranks(JobSet::Text text, const StringTable &table) const;
    // Whether a sort by this table's texts must go by ranks() rather than the table's own.
    bool sortsByName(JobSet::Text text) const;

private:
    struct RankCache
    {
        std::vector<quint32> ranks;
        quint64 tableVersion = ~quint64(0);
        quint64 namesVersion = ~quint64(0);
    };

    QPointer<const NameDirectory> m_directory;
    quint64 m_version = 0;
    mutable RankCache m_ranks[3];
};
