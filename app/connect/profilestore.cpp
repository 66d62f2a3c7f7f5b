// SPDX-License-Identifier: MIT
#include "profilestore.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace {
const QString kProfilesGroup = QStringLiteral("Connections/Profiles");
const QString kCurrentKey = QStringLiteral("Connections/current");
const QString kOrderKey = QStringLiteral("Connections/order");
const QString kVersionKey = QStringLiteral("Connections/version");
constexpr int kSettingsVersion = 1;

QString pathStyleKey(PathStyle style)
{
    return style == PathStyle::V2 ? QStringLiteral("v2") : QStringLiteral("console");
}

PathStyle pathStyleFromKey(const QString &key)
{
    return key == QLatin1String("v2") ? PathStyle::V2 : PathStyle::Console;
}

QString normalizedName(const QString &name)
{
    return name.trimmed().toCaseFolded();
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>())
    , m_settings(m_ownedSettings.get())
{
    load();
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::sandboxId()
{
    return QStringLiteral("local-sandbox");
}

QUrl ProfileStore::defaultSandboxUrl()
{
    return QUrl(QStringLiteral("http://127.0.0.1:18082"));
}

ConnectionProfile ProfileStore::makeSandboxProfile()
{
    ConnectionProfile profile;
    profile.id = sandboxId();
    profile.name = tr("Local sandbox");
    profile.baseUrl = defaultSandboxUrl();
    profile.isBuiltInSandbox = true;
    // The sandbox token is a throw-away value; keeping it out of the keychain spares a prompt.
    profile.tokenStorage = TokenStorage::Session;
    return profile;
}

int ProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return std::nullopt;
    return m_profiles.at(i);
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString &name) const
{
    for (const ConnectionProfile &p : m_profiles) {
        if (p.name == name)
            return p;
    }
    const QString wanted = normalizedName(name);
    std::optional<ConnectionProfile> match;
    for (const ConnectionProfile &p : m_profiles) {
        if (normalizedName(p.name) == wanted) {
            if (match)
                return std::nullopt; // ambiguous; uniqueness is enforced on save, but the file may be hand-edited
            match = p;
        }
    }
    if (match)
        return match;
    return profile(name);
}

ConnectionProfile ProfileStore::currentProfile() const
{
    const int i = indexOf(m_currentId);
    return i >= 0 ? m_profiles.at(i) : m_profiles.constFirst();
}

bool ProfileStore::setCurrent(const QString &id)
{
    if (!contains(id))
        return false;
    if (id == m_currentId)
        return true;
    m_currentId = id;
    if (!isTransient(id))
        m_settings->setValue(kCurrentKey, id);
    emit currentProfileChanged(id);
    return true;
}

QString ProfileStore::validate(const ConnectionProfile &profile) const
{
    const QString error = profile.validationError();
    if (!error.isEmpty())
        return error;
    const QString wanted = normalizedName(profile.name);
    for (const ConnectionProfile &p : m_profiles) {
        if (p.id != profile.id && normalizedName(p.name) == wanted)
            return tr("Another connection is already called \"%1\".").arg(p.name);
    }
    return {};
}

QString ProfileStore::uniqueName(const QString &base) const
{
    QStringList names;
    names.reserve(m_profiles.size());
    for (const ConnectionProfile &p : m_profiles)
        names.append(p.name);
    return uniqueNameAmong(base, names);
}

QString ProfileStore::uniqueNameAmong(const QString &base, const QStringList &taken)
{
    QSet<QString> used;
    for (const QString &name : taken)
        used.insert(normalizedName(name));
    const QString trimmed = base.trimmed().isEmpty() ? tr("Connection") : base.trimmed();
    if (!used.contains(normalizedName(trimmed)))
        return trimmed;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(trimmed).arg(n);
        if (!used.contains(normalizedName(candidate)))
            return candidate;
    }
}

bool ProfileStore::addTransient(const ConnectionProfile &profile, QString *error)
{
    if (profile.id.isEmpty() || contains(profile.id)) {
        if (error)
            *error = tr("A connection with the id \"%1\" exists already.").arg(profile.id);
        return false;
    }
    ConnectionProfile added = profile;
    added.isBuiltInSandbox = false;
    added.name = uniqueName(profile.name);
    const QString problem = validate(added);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_profiles.append(added);
    m_transientIds.insert(added.id);
    emit profileAdded(added.id);
    return true;
}

QString ProfileStore::add(const ConnectionProfile &profile, QString *error)
{
    ConnectionProfile added = profile;
    added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    added.isBuiltInSandbox = false;
    const QString problem = validate(added);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return {};
    }
    m_profiles.append(added);
    writeProfile(added);
    writeIndex();
    emit profileAdded(added.id);
    return added.id;
}

bool ProfileStore::update(const ConnectionProfile &profile, QString *error)
{
    const int i = indexOf(profile.id);
    if (i < 0) {
        if (error)
            *error = tr("That connection no longer exists.");
        return false;
    }
    ConnectionProfile updated = profile;
    updated.isBuiltInSandbox = m_profiles.at(i).isBuiltInSandbox;
    const QString problem = validate(updated);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (m_profiles.at(i) == updated)
        return true;
    m_profiles[i] = updated;
    if (!isTransient(updated.id))
        writeProfile(updated);
    emit profileChanged(updated.id);
    return true;
}

QString ProfileStore::duplicate(const QString &id, QString *error)
{
    const auto source = profile(id);
    if (!source) {
        if (error)
            *error = tr("That connection no longer exists.");
        return {};
    }
    ConnectionProfile copy = *source;
    copy.name = uniqueName(tr("%1 (copy)").arg(source->name));
    return add(copy, error);
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    const int i = indexOf(id);
    if (i < 0) {
        if (error)
            *error = tr("That connection no longer exists.");
        return false;
    }
    if (m_profiles.at(i).isBuiltInSandbox) {
        if (error)
            *error = tr("The built-in local sandbox cannot be removed.");
        return false;
    }
    m_profiles.removeAt(i);
    if (!m_transientIds.remove(id))
        m_settings->remove(kProfilesGroup + QLatin1Char('/') + id);
    const bool wasCurrent = m_currentId == id;
    if (wasCurrent) {
        m_currentId = sandboxId();
        m_settings->setValue(kCurrentKey, m_currentId);
    }
    writeIndex();
    emit profileRemoved(id);
    if (wasCurrent)
        emit currentProfileChanged(m_currentId);
    return true;
}

QJsonObject ProfileStore::filterState(const QString &id) const
{
    const int i = indexOf(id);
    return i >= 0 ? m_profiles.at(i).filterState : QJsonObject();
}

bool ProfileStore::setFilterState(const QString &id, const QJsonObject &state)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    if (m_profiles.at(i).filterState == state)
        return true;
    m_profiles[i].filterState = state;
    if (isTransient(id)) {
        emit filterStateChanged(id);
        return true;
    }
    m_settings->setValue(kProfilesGroup + QLatin1Char('/') + id + QStringLiteral("/filterState"),
                         QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
    emit filterStateChanged(id);
    return true;
}

bool ProfileStore::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

void ProfileStore::load()
{
    m_profiles.clear();
    // The ids come from allKeys(), first: QSettings parses INI sections lazily, and a hand-written
    // "[Connections/Profiles/prod]" section is missing from childGroups() once any value was read,
    // so such a profile would appear only after the app had rewritten the file.
    QStringList stored;
    const QString prefix = kProfilesGroup + QLatin1Char('/');
    for (const QString &key : m_settings->allKeys()) {
        if (!key.startsWith(prefix))
            continue;
        const QString id = key.mid(prefix.size()).section(QLatin1Char('/'), 0, 0);
        if (!id.isEmpty() && !stored.contains(id))
            stored.append(id);
    }
    QStringList order = m_settings->value(kOrderKey).toStringList();
    // Profiles present on disk but missing from the order (a hand-edited file) still show up.
    for (const QString &id : stored) {
        if (!order.contains(id))
            order.append(id);
    }

    for (const QString &id : std::as_const(order)) {
        if (!stored.contains(id) || id == sandboxId())
            continue;
        m_settings->beginGroup(kProfilesGroup + QLatin1Char('/') + id);
        ConnectionProfile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        p.pathStyle = pathStyleFromKey(m_settings->value(QStringLiteral("pathStyle")).toString());
        p.workspaceId = m_settings->value(QStringLiteral("workspaceId")).toString();
        p.pollIntervalMs
            = m_settings->value(QStringLiteral("pollIntervalMs"), ConnectionProfile::kDefaultPollIntervalMs).toInt();
        p.caBundlePath = m_settings->value(QStringLiteral("caBundlePath")).toString();
        p.allowPlainHttpToken = m_settings->value(QStringLiteral("allowPlainHttpToken"), false).toBool();
        p.tokenStorage = TokenStorages::fromKey(m_settings->value(QStringLiteral("tokenStorage")).toString());
        p.baseUrlIsGuess = m_settings->value(QStringLiteral("baseUrlIsGuess"), false).toBool();
        p.filterState
            = QJsonDocument::fromJson(m_settings->value(QStringLiteral("filterState")).toString().toUtf8()).object();
        m_settings->endGroup();
        if (p.name.trimmed().isEmpty())
            p.name = uniqueName(tr("Connection"));
        m_profiles.append(p);
    }

    // The sandbox keeps the user's tweaks (poll interval, filters) but never loses its identity.
    ConnectionProfile sandbox = makeSandboxProfile();
    const QString sandboxGroup = kProfilesGroup + QLatin1Char('/') + sandboxId();
    if (stored.contains(sandboxId())) {
        m_settings->beginGroup(sandboxGroup);
        sandbox.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl"), sandbox.baseUrl.toString()).toString());
        sandbox.pathStyle = pathStyleFromKey(m_settings->value(QStringLiteral("pathStyle")).toString());
        sandbox.workspaceId = m_settings->value(QStringLiteral("workspaceId")).toString();
        sandbox.pollIntervalMs
            = m_settings->value(QStringLiteral("pollIntervalMs"), ConnectionProfile::kDefaultPollIntervalMs).toInt();
        sandbox.filterState
            = QJsonDocument::fromJson(m_settings->value(QStringLiteral("filterState")).toString().toUtf8()).object();
        m_settings->endGroup();
    }
    m_profiles.prepend(sandbox);

    m_currentId = m_settings->value(kCurrentKey).toString();
    if (!contains(m_currentId))
        m_currentId = sandboxId();
}

void ProfileStore::writeProfile(const ConnectionProfile &p)
{
    m_settings->beginGroup(kProfilesGroup + QLatin1Char('/') + p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
    m_settings->setValue(QStringLiteral("pathStyle"), pathStyleKey(p.pathStyle));
    m_settings->setValue(QStringLiteral("workspaceId"), p.workspaceId);
    m_settings->setValue(QStringLiteral("pollIntervalMs"), p.pollIntervalMs);
    m_settings->setValue(QStringLiteral("caBundlePath"), p.caBundlePath);
    m_settings->setValue(QStringLiteral("allowPlainHttpToken"), p.allowPlainHttpToken);
    m_settings->setValue(QStringLiteral("tokenStorage"), TokenStorages::toKey(p.tokenStorage));
    m_settings->setValue(QStringLiteral("baseUrlIsGuess"), p.baseUrlIsGuess);
    m_settings->setValue(QStringLiteral("filterState"),
                         QString::fromUtf8(QJsonDocument(p.filterState).toJson(QJsonDocument::Compact)));
    m_settings->setValue(QStringLiteral("builtIn"), p.isBuiltInSandbox);
    m_settings->endGroup();
}

void ProfileStore::writeIndex()
{
    QStringList order;
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        if (!isTransient(p.id))
            order << p.id;
    }
    m_settings->setValue(kVersionKey, kSettingsVersion);
    m_settings->setValue(kOrderKey, order);
}
