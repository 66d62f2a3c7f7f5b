// SPDX-License-Identifier: MIT
#include "savedjobsstore.h"

#include "savedjobsfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

SavedJobsStore::SavedJobsStore(QString directory)
    : m_directory(std::move(directory))
{ }

SavedJobsStore::~SavedJobsStore()
{
    // A read still running finishes before its result goes away.
    if (m_loading.valid())
        m_loading.wait();
}

QString SavedJobsStore::pathFor(const QString &connectionId) const
{
    if (!isEnabled() || connectionId.isEmpty())
        return {};
    // Profile ids are the user's to choose: hashed, they are always one safe file name.
    const QByteArray hash = QCryptographicHash::hash(connectionId.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_directory + QLatin1Char('/') + QString::fromLatin1(hash.left(24)) + QStringLiteral(".jobs");
}

bool SavedJobsStore::startLoading(const QString &connectionId)
{
    const QString path = pathFor(connectionId);
    if (path.isEmpty() || !QFileInfo::exists(path))
        return false;
    if (m_loading.valid())
        m_loading.wait();
    m_loadingId = connectionId;
    m_loading = std::async(std::launch::async, [path] { return SavedJobsFile::read(path); });
    return true;
}

std::optional<SavedJobs> SavedJobsStore::takeLoaded(const QString &connectionId)
{
    if (!m_loading.valid())
        return std::nullopt;
    std::optional<SavedJobs> loaded = m_loading.get();
    const QString loadedId = std::exchange(m_loadingId, QString());
    if (!loaded || loadedId != connectionId || loaded->connectionId != connectionId)
        return std::nullopt;
    return loaded;
}

void SavedJobsStore::removeAll() const
{
    if (!isEnabled())
        return;
    QDir directory(m_directory);
    for (const QString &name : directory.entryList({ QStringLiteral("*.jobs") }, QDir::Files))
        directory.remove(name);
}

bool SavedJobsStore::save(const SavedJobs &saved, QString *error) const
{
    const QString path = pathFor(saved.connectionId);
    if (path.isEmpty() || saved.isEmpty())
        return false;
    return SavedJobsFile::write(path, saved, error);
}
