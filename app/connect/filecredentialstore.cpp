// SPDX-License-Identifier: MIT
#include "filecredentialstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
constexpr int kFormatVersion = 1;
constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;

#ifdef Q_OS_UNIX
QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
#endif
} // namespace

FileCredentialStore::FileCredentialStore(const QString &path, QObject *parent)
    : CredentialStore(parent)
    , m_path(path)
{ }

QString FileCredentialStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/credentials.json");
}

QString FileCredentialStore::warningText(const QString &path)
{
    return tr("The token will be saved unencrypted in %1, a file only your user account may read. Anyone who can "
              "act as you on this computer, or read your backups, can read it. Prefer the system keychain when "
              "one is available.")
        .arg(QDir::toNativeSeparators(path));
}

QString FileCredentialStore::description() const
{
    return tr("File %1 (readable only by you)").arg(QDir::toNativeSeparators(m_path));
}

CredentialResult FileCredentialStore::load(QHash<QString, QString> *tokens) const
{
    tokens->clear();
    const QString shownPath = QDir::toNativeSeparators(m_path);
#ifdef Q_OS_UNIX
    const QByteArray nativePath = QFile::encodeName(m_path);
    // O_NOFOLLOW: a symlink planted in place of the file must not redirect reads elsewhere.
    const int fd = ::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return CredentialResult::notFound();
        return CredentialResult::failed(tr("The token file %1 cannot be opened: %2.").arg(shownPath, errnoText(error)));
    }
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        return CredentialResult::failed(
            tr("The token file %1 cannot be checked: %2.").arg(shownPath, errnoText(error)));
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        return CredentialResult::failed(tr("The token file %1 is not a regular file.").arg(shownPath));
    }
    if (info.st_uid != ::geteuid()) {
        ::close(fd);
        return CredentialResult::failed(
            tr("The token file %1 belongs to another user; refusing to use it.").arg(shownPath));
    }
    if ((info.st_mode & 077) != 0) {
        ::close(fd);
        return CredentialResult::failed(tr("The token file %1 can be read by other users (mode %2); refusing to use "
                                           "it. Restrict it with \"chmod 600 %1\", then replace the tokens in it, "
                                           "since others may have read them.")
                                            .arg(shownPath)
                                            .arg(info.st_mode & 0777, 4, 8, QLatin1Char('0')));
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return CredentialResult::failed(tr("The token file %1 cannot be read.").arg(shownPath));
    }
#else
    QFile file(m_path);
    if (!file.exists())
        return CredentialResult::notFound();
    if (!file.open(QIODevice::ReadOnly))
        return CredentialResult::failed(tr("The token file %1 cannot be read: %2.").arg(shownPath, file.errorString()));
#endif
    if (file.size() > kMaxFileSize)
        return CredentialResult::failed(tr("The token file %1 is too large to be a token file.").arg(shownPath));
    const QByteArray data = file.readAll();
    if (data.trimmed().isEmpty())
        return CredentialResult::ok();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !root.value(QLatin1String("tokens")).isObject())
        return CredentialResult::failed(
            tr("The token file %1 is damaged or not a token file; it was left unchanged.").arg(shownPath));
    const QJsonObject stored = root.value(QLatin1String("tokens")).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        tokens->insert(it.key(), it.value().toString());
    return CredentialResult::ok();
}

CredentialResult FileCredentialStore::save(const QHash<QString, QString> &tokens) const
{
    const QString shownPath = QDir::toNativeSeparators(m_path);
    QJsonObject stored;
    for (auto it = tokens.begin(); it != tokens.end(); ++it)
        stored.insert(it.key(), it.value());
    const QByteArray data = QJsonDocument(QJsonObject{ { QStringLiteral("version"), kFormatVersion },
                                                       { QStringLiteral("tokens"), stored } })
                                .toJson(QJsonDocument::Indented);

    const QFileInfo target(m_path);
    QDir dir = target.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return CredentialResult::failed(tr("The folder for the token file %1 cannot be created.").arg(shownPath));
        QFile::setPermissions(dir.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
#ifdef Q_OS_UNIX
    // Written to a private temporary file and renamed over the old one, so the file is 0600 from
    // its first byte and a crash mid-write never leaves half a file.
    QByteArray tempName = QFile::encodeName(target.absoluteFilePath()) + ".XXXXXX";
    const int fd = ::mkstemp(tempName.data());
    if (fd < 0)
        return CredentialResult::failed(
            tr("The token file %1 cannot be written: %2.").arg(shownPath, errnoText(errno)));
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    qint64 written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        written += n;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (written != data.size() || !synced) {
        ::unlink(tempName.constData());
        return CredentialResult::failed(tr("The token file %1 could not be written completely.").arg(shownPath));
    }
    if (::rename(tempName.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        const int error = errno;
        ::unlink(tempName.constData());
        return CredentialResult::failed(
            tr("The token file %1 cannot be replaced: %2.").arg(shownPath, errnoText(error)));
    }
#else
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(data) != data.size())
        return CredentialResult::failed(
            tr("The token file %1 cannot be written: %2.").arg(shownPath, file.errorString()));
#endif
    return CredentialResult::ok();
}

void FileCredentialStore::read(const QString &profileId, QObject *context, Callback done)
{
    QHash<QString, QString> tokens;
    CredentialResult result = load(&tokens);
    if (result.isOk())
        result
            = tokens.contains(profileId) ? CredentialResult::ok(tokens.value(profileId)) : CredentialResult::notFound();
    finishLater(context, std::move(done), result);
}

void FileCredentialStore::write(const QString &profileId, const QString &token, QObject *context, Callback done)
{
    QHash<QString, QString> tokens;
    CredentialResult result = load(&tokens);
    if (result.status == CredentialResult::Status::NotFound)
        result = CredentialResult::ok();
    if (result.isOk()) {
        tokens.insert(profileId, token);
        result = save(tokens);
    }
    finishLater(context, std::move(done), result);
}

void FileCredentialStore::remove(const QString &profileId, QObject *context, Callback done)
{
    QHash<QString, QString> tokens;
    CredentialResult result = load(&tokens);
    if (result.status == CredentialResult::Status::NotFound) {
        result = CredentialResult::ok();
    } else if (result.isOk() && tokens.remove(profileId) > 0) {
        result = save(tokens);
    }
    finishLater(context, std::move(done), result);
}
