// SPDX-License-Identifier: MIT
#include "connectionprofilelist.h"

#include "connect/profilestore.h"
#include "connect/tlspolicy.h"

#include <QListWidget>
#include <QSignalBlocker>

namespace {
const char kTemporaryPrefix[] = "unsaved-";
} // namespace

ConnectionProfileList::ConnectionProfileList(QListWidget *list, ProfileStore *profiles)
    : m_list(list)
    , m_profiles(profiles)
{
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        Entry entry;
        entry.profile = profile;
        m_entries.append(entry);
    }
}

int ConnectionProfileList::currentRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? row : -1;
}

int ConnectionProfileList::rowOf(const QString &id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).profile.id == id)
            return i;
    }
    return -1;
}

bool ConnectionProfileList::hasUnsavedChanges(const std::function<bool(const ConnectionProfile &)> &tokenChanged) const
{
    if (!m_removed.isEmpty())
        return true;
    for (const Entry &entry : m_entries) {
        if (entry.isNew || tokenChanged(entry.profile))
            return true;
        const auto stored = m_profiles->profile(entry.profile.id);
        if (!stored || *stored != entry.profile)
            return true;
    }
    return false;
}

void ConnectionProfileList::populate()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        m_list->addItem(QString());
        refresh(i);
    }
}

void ConnectionProfileList::refresh(int row)
{
    QListWidgetItem *item = m_list->item(row);
    if (!item)
        return;
    const Entry &entry = m_entries.at(row);
    QString text = entry.profile.name.trimmed().isEmpty() ? tr("(unnamed)") : entry.profile.name;
    const bool isCurrent = entry.profile.id == m_profiles->currentId();
    if (isCurrent)
        text += tr(" (in use)");
    item->setText(text);
    QFont font = item->font();
    font.setBold(isCurrent);
    item->setFont(font);
    item->setToolTip(entry.profile.baseUrl.toDisplayString());
    item->setData(Qt::AccessibleDescriptionRole, entry.profile.baseUrl.toDisplayString());
}

int ConnectionProfileList::append(Entry entry)
{
    entry.isNew = true;
    entry.profile.id = QLatin1String(kTemporaryPrefix) + QString::number(m_nextTemporaryId++);
    QStringList names;
    for (const Entry &other : std::as_const(m_entries))
        names.append(other.profile.name);
    entry.profile.name = ProfileStore::uniqueNameAmong(entry.profile.name, names);
    m_entries.append(entry);
    m_list->addItem(QString());
    const int row = int(m_entries.size()) - 1;
    refresh(row);
    return row;
}

ConnectionProfileList::Entry ConnectionProfileList::take(int row)
{
    const Entry entry = m_entries.takeAt(row);
    if (!entry.isNew)
        m_removed.append(entry);
    const QSignalBlocker blocker(m_list);
    delete m_list->takeItem(row);
    return entry;
}

QString ConnectionProfileList::problemOf(int row) const
{
    const ConnectionProfile &p = m_entries.at(row).profile;
    const QString basic = p.validationError();
    if (!basic.isEmpty())
        return basic;
    const QString name = p.name.trimmed().toCaseFolded();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i != row && m_entries.at(i).profile.name.trimmed().toCaseFolded() == name)
            return tr("Another connection is already called \"%1\".").arg(m_entries.at(i).profile.name);
    }
    if (!p.caBundlePath.isEmpty()) {
        QList<QByteArray> certificates;
        QString error;
        if (!TlsPolicy::loadCaBundle(p.caBundlePath, &certificates, &error))
            return error;
    }
    return {};
}

bool ConnectionProfileList::save(const std::function<void(const QString &id)> &removed,
                                 const std::function<void(const QString &temporaryId, const QString &id)> &added,
                                 QString *error)
{
    for (const Entry &entry : std::as_const(m_removed)) {
        m_profiles->remove(entry.profile.id);
        removed(entry.profile.id);
    }
    m_removed.clear();

    // Swapping the names of two profiles in one save fails here, because the store checks each
    // update against the others; the user is told why and can save in two steps.
    for (Entry &entry : m_entries) {
        QString refusal;
        if (entry.isNew) {
            const QString temporaryId = entry.profile.id;
            const QString id = m_profiles->add(entry.profile, &refusal);
            if (id.isEmpty()) {
                *error = tr("Cannot save \"%1\": %2").arg(entry.profile.name, refusal);
                return false;
            }
            entry.profile.id = id;
            entry.isNew = false;
            added(temporaryId, id);
        } else {
            // The main window keeps saving filters and the app sets the sandbox address while
            // the dialog is open; those are not the dialog's to overwrite.
            if (const auto stored = m_profiles->profile(entry.profile.id)) {
                entry.profile.filterState = stored->filterState;
                if (entry.profile.isBuiltInSandbox) {
                    entry.profile.baseUrl = stored->baseUrl;
                    entry.profile.name = stored->name;
                }
            }
            if (!m_profiles->update(entry.profile, &refusal)) {
                *error = tr("Cannot save \"%1\": %2").arg(entry.profile.name, refusal);
                return false;
            }
        }
    }
    return true;
}
