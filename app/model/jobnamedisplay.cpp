// SPDX-License-Identifier: MIT
#include "jobnamedisplay.h"

#include "jobtext.h"
#include "stringtable.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("JobNameDisplay", text);
}

QString kindLabel(JobNameDisplay::Kind kind)
{
    switch (kind) {
    case JobNameDisplay::Kind::Workspace:
        return QCoreApplication::translate("JobNameDisplay", "workspace");
    case JobNameDisplay::Kind::TrustedAccount:
        return QCoreApplication::translate("JobNameDisplay", "trusted account");
    case JobNameDisplay::Kind::Plugin:
        return QCoreApplication::translate("JobNameDisplay", "plugin");
    }
    return {};
}
} // namespace

void JobNameDisplay::setDirectory(const NameDirectory *directory)
{
    m_directory = directory;
    ++m_version;
}

std::optional<JobNameDisplay::Kind> JobNameDisplay::kindOf(JobSet::Text text)
{
    switch (text) {
    case JobSet::Text::WorkspaceId:
        return Kind::Workspace;
    case JobSet::Text::TrustedAccountId:
        return Kind::TrustedAccount;
    case JobSet::Text::PluginId:
        return Kind::Plugin;
    case JobSet::Text::ErrorMessage:
    case JobSet::Text::DomainId:
        break;
    }
    return std::nullopt;
}

std::optional<JobSet::Text> JobNameDisplay::textOf(Kind kind)
{
    switch (kind) {
    case Kind::Workspace:
        return JobSet::Text::WorkspaceId;
    case Kind::TrustedAccount:
        return JobSet::Text::TrustedAccountId;
    case Kind::Plugin:
        return JobSet::Text::PluginId;
    }
    return std::nullopt;
}

QString JobNameDisplay::name(Kind kind, const QString &id) const
{
    return m_directory && !id.isEmpty() ? m_directory->name(kind, id) : QString();
}

QString JobNameDisplay::display(Kind kind, const QString &id) const
{
    if (kind == Kind::Workspace && id == NameDirectory::kDomainWorkspace)
        return tr("Global (domain)");
    const QString known = name(kind, id);
    return known.isEmpty() ? id : known;
}

QString JobNameDisplay::toolTip(Kind kind, const QString &id) const
{
    if (id.isEmpty())
        return {};
    if (kind == Kind::Workspace && id == NameDirectory::kDomainWorkspace)
        return tr("Domain-level (workspace_id \"*\")");
    if (!m_directory)
        return id;
    const QString known = m_directory->name(kind, id);
    if (!known.isEmpty())
        return QStringLiteral("%1\n%2").arg(known, id);
    if (m_directory->isMiss(kind, id))
        return tr("%1\nNo %2 with this id is listed: deleted, or not visible to this token").arg(id, kindLabel(kind));
    const QString reason = m_directory->unavailableReason(kind);
    if (!reason.isEmpty())
        return tr("%1\nNo name: %2").arg(id, reason);
    return id;
}

QString JobNameDisplay::withId(Kind kind, const QString &id) const
{
    const QString known = name(kind, id);
    return known.isEmpty() ? display(kind, id) : QStringLiteral("%1 (%2)").arg(known, id);
}

bool JobNameDisplay::nameContains(Kind kind, const QString &id, QStringView needle) const
{
    if (kind == Kind::Workspace && id == NameDirectory::kDomainWorkspace)
        return JobText::contains(display(kind, id), needle);
    const QString known = name(kind, id);
    return !known.isEmpty() && JobText::contains(known, needle);
}

QStringList JobNameDisplay::idsNamed(Kind kind, QStringView needle) const
{
    QStringList ids;
    if (!m_directory || needle.isEmpty())
        return ids;
    const QStringList named = m_directory->namedIds(kind);
    for (const QString &id : named) {
        if (JobText::contains(m_directory->name(kind, id), needle))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool JobNameDisplay::sortsByName(JobSet::Text text) const
{
    return m_directory && kindOf(text).has_value();
}

const std::vector<quint32> &JobNameDisplay::ranks(JobSet::Text text, const StringTable &table) const
{
    const Kind kind = *kindOf(text);
    RankCache &cache = m_ranks[int(kind)];
    if (cache.tableVersion == table.version() && cache.namesVersion == m_version
        && cache.ranks.size() == table.idCount())
        return cache.ranks;
    // A table holds the distinct ids of the loaded jobs, a few hundred: sorting them by name
    // here is cheap next to the sort of the jobs that uses the ranks.
    std::vector<StringTable::Id> ids;
    std::vector<QString> shown(table.idCount());
    for (StringTable::Id id = 0; id < table.idCount(); ++id) {
        if (!table.isLive(id))
            continue;
        ids.push_back(id);
        shown[id] = id == StringTable::kEmpty ? QString() : display(kind, table.text(id));
    }
    std::sort(ids.begin(), ids.end(), [&](StringTable::Id a, StringTable::Id b) {
        const int byName = JobText::compare(shown[a], shown[b]);
        return byName != 0 ? byName < 0 : JobText::compare(table.text(a), table.text(b)) < 0;
    });
    cache.ranks.assign(table.idCount(), 0);
    for (size_t rank = 0; rank < ids.size(); ++rank)
        cache.ranks[ids[rank]] = quint32(rank);
    cache.tableVersion = table.version();
    cache.namesVersion = m_version;
    return cache.ranks;
}
