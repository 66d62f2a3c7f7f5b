// SPDX-License-Identifier: MIT
#pragma once

#include "connect/connectionprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class ProfileStore;
class QListWidget;

// The connections as the connection dialog edits them, one row each in its list: a new one
// carries a temporary id until Save gives it its own, a removed one leaves the store on Save.
// Its texts are the dialog's, in the dialog's translation context.
class ConnectionProfileList final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionDialog)
    Q_DISABLE_COPY_MOVE(ConnectionProfileList)

public:
    struct Entry
    {
        ConnectionProfile profile;
        bool isNew = false;
        QString urlNote; // why the URL is a guess, after an import
    };

    // Holds the store's profiles; populate shows them. Neither pointer is owned; both must outlive the list.
    ConnectionProfileList(QListWidget *list, ProfileStore *profiles);

    int size() const { return int(m_entries.size()); }
    const Entry &at(int row) const { return m_entries.at(row); }
    Entry &entry(int row) { return m_entries[row]; }
    // The selected row; -1 when none.
    int currentRow() const;
    int rowOf(const QString &id) const;
    // `tokenChanged` tells whether a profile's token, or where it is kept, was changed.
    bool hasUnsavedChanges(const std::function<bool(const ConnectionProfile &)> &tokenChanged) const;

    void populate();
    void refresh(int row);
    // Adds `entry` as a new profile under a temporary id and a name no other has; returns its row.
    int append(Entry entry);
    // Takes the row out; a saved profile is removed from the store on save.
    Entry take(int row);

    // Why the profile cannot be saved; empty when it can.
    QString problemOf(int row) const;

    // Removes the taken profiles from the store, then adds the new ones and updates the others,
    // telling `removed` and `added` (temporary id, own id) as it goes. False, with the reason,
    // when the store refuses one; what was written before stays written.
    bool save(const std::function<void(const QString &id)> &removed,
              const std::function<void(const QString &temporaryId, const QString &id)> &added, QString *error);

private:
    QListWidget *m_list;
    ProfileStore *m_profiles;
    QList<Entry> m_entries;
    QList<Entry> m_removed;
    int m_nextTemporaryId = 1;
};
