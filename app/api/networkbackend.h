// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class BuiltInServer;
class HttpTransport;
class HttpTransportEngine;

// Everything that needs Qt Network, behind one door: the transport thread's engine, reading
// certificates, and the built-in server. The app keeps it in a module of its own, loaded the
// first time something asks for it, so the window paints its saved rows without loading the
// network libraries; programs that link it in install it instead.
class NetworkBackend
{
public:
    NetworkBackend() = default;
    virtual ~NetworkBackend();
    Q_DISABLE_COPY_MOVE(NetworkBackend)

    // A new engine, owned by the caller, for `frontend`'s transport thread.
    virtual HttpTransportEngine *createTransportEngine(HttpTransport *frontend) = 0;
    // The certificates in PEM blocks, or one DER certificate, each as DER; unreadable ones are
    // left out.
    virtual QList<QByteArray> readCertificates(const QByteArray &data) = 0;
    // A new built-in server, owned by the caller, not started.
    virtual BuiltInServer *createBuiltInServer() = 0;

    // The installed backend, or the module's, loaded now; a module that cannot be loaded ends
    // the program with a message naming it.
    static NetworkBackend *get();
    // For programs that link the backend in.
    static void install(NetworkBackend *backend);

    // The module's file, and the symbol it hands its backend out by.
    static QString modulePath();
    static constexpr const char *kEntryPoint = "sjm_network_backend";

private:
    // Loads the module unless a backend is there; false, with the reason, when it cannot.
    static bool load(QString *error);
};
