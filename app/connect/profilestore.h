// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

// The user's connection profiles, kept in QSettings under "Connections/". Tokens are never
// stored here (see CredentialStore). The built-in "Local sandbox" profile always exists, cannot
// be removed, and is current on first run, so the app shows something useful before any setup.
// Every change is written through at once; the command-line interface reads the same settings.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    // `settings` is not owned and must outlive the store; tests pass a temporary INI file.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    // Uses the application's default QSettings.
    explicit ProfileStore(QObject *parent = nullptr);
    ~ProfileStore() override;

    static QString sandboxId();
    static QUrl defaultSandboxUrl();
    static ConnectionProfile makeSandboxProfile();

    // In display order; the sandbox first.
    QList<ConnectionProfile> profiles() const { return m_profiles; }
    int count() const { return int(m_profiles.size()); }
    bool contains(const QString &id) const { return indexOf(id) >= 0; }
    std::optional<ConnectionProfile> profile(const QString &id) const;
    // For `--profile NAME`: an exact name, else a unique case-insensitive name, else an id.
    std::optional<ConnectionProfile> findByName(const QString &name) const;

    QString currentId() const { return m_currentId; }
    ConnectionProfile currentProfile() const;
    bool setCurrent(const QString &id);

    // Empty when `profile` could be saved as is; otherwise what to fix, for a person.
    QString validate(const ConnectionProfile &profile) const;
    // `base`, or "base (2)", "base (3)"… whichever no profile uses yet.
    QString uniqueName(const QString &base) const;
    // The same rule over other names (a list being edited before it is saved); names compare
    // trimmed and case-folded, and an empty base is "Connection".
    static QString uniqueNameAmong(const QString &base, const QStringList &taken);

    // Adds a copy of `profile` under a new id (an id set on it is ignored). Returns the id, or an
    // empty string with `error` set when the profile is invalid.
    QString add(const ConnectionProfile &profile, QString *error = nullptr);
    // Adds `profile` under its own id for this session only: it is listed, can be current and
    // edited like any other, but nothing about it is written to the settings (the connection of
    // SPACEONE_ENDPOINT). Returns false when the id is taken or the profile is invalid.
    bool addTransient(const ConnectionProfile &profile, QString *error = nullptr);
    bool isTransient(const QString &id) const { return m_transientIds.contains(id); }
    bool update(const ConnectionProfile &profile, QString *error = nullptr);
    // A copy named "<name> (copy)"; the token is not copied here (credentials are the caller's).
    QString duplicate(const QString &id, QString *error = nullptr);
    bool remove(const QString &id, QString *error = nullptr);

    // Saved per profile so switching profiles brings back that profile's filters.
    QJsonObject filterState(const QString &id) const;
    bool setFilterState(const QString &id, const QJsonObject &state);

    // Writes pending changes to disk and reports whether that worked.
    bool sync();

signals:
    void profileAdded(const QString &id);
    void profileChanged(const QString &id);
    void profileRemoved(const QString &id);
    void currentProfileChanged(const QString &id);
    void filterStateChanged(const QString &id);

private:
    int indexOf(const QString &id) const;
    void load();
    void writeProfile(const ConnectionProfile &profile);
    void writeIndex();

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
    QList<ConnectionProfile> m_profiles;
    QSet<QString> m_transientIds;
    QString m_currentId;
};
