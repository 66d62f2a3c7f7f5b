// SPDX-License-Identifier: MIT
#include "networkbackend.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>
#include <cstdio>
#include <cstdlib>

#include <dlfcn.h>

namespace {
std::atomic<NetworkBackend *> g_backend{ nullptr };
QMutex g_loading;

QString executableDirectory()
{
    return QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
}
} // namespace

NetworkBackend::~NetworkBackend() = default;

QString NetworkBackend::modulePath()
{
    // Tests of the module itself point here; the app never needs to.
    const QString overridden = qEnvironmentVariable("SJM_NETWORK_MODULE");
    if (!overridden.isEmpty())
        return overridden;
    const QDir bin(executableDirectory());
    // Installed: <prefix>/lib/[<arch>/]spaceone-job-monitor/modules/, beside <prefix>/bin; built: bin/ itself.
    const QString installed
        = bin.absoluteFilePath(QStringLiteral(SJM_NETWORK_MODULE_RELATIVE_DIR "/" SJM_NETWORK_MODULE_FILE));
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return bin.absoluteFilePath(QStringLiteral(SJM_NETWORK_MODULE_FILE));
}

bool NetworkBackend::load(QString *error)
{
    if (g_backend.load(std::memory_order_acquire))
        return true;
    QMutexLocker lock(&g_loading);
    if (g_backend.load(std::memory_order_acquire))
        return true;
    const QString path = modulePath();
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot load the network module %1: %2").arg(path, why);
        return false;
    };
    // Never unloaded: its code runs on threads and in objects until the process ends.
    void *handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!handle)
        return fail(QString::fromLocal8Bit(dlerror()));
    using Entry = NetworkBackend *(*)();
    const auto entry = reinterpret_cast<Entry>(dlsym(handle, kEntryPoint));
    if (!entry)
        return fail(QStringLiteral("it has no %1").arg(QLatin1String(kEntryPoint)));
    NetworkBackend *backend = entry();
    if (!backend)
        return fail(QStringLiteral("it gave no backend"));
    g_backend.store(backend, std::memory_order_release);
    return true;
}

NetworkBackend *NetworkBackend::get()
{
    if (NetworkBackend *backend = g_backend.load(std::memory_order_acquire))
        return backend;
    QString error;
    if (!load(&error)) {
        // An installation without its module cannot reach any server: say which file is missing,
        // and end at once (other threads may be running; nothing is half-written here).
        std::fprintf(stderr, "error: %s\n", qPrintable(error));
        std::fflush(stderr);
        std::_Exit(EXIT_FAILURE);
    }
    return g_backend.load(std::memory_order_acquire);
}

void NetworkBackend::install(NetworkBackend *backend)
{
    g_backend.store(backend, std::memory_order_release);
}
