// SPDX-License-Identifier: MIT
#include "httptransport.h"

#include "httptransportengine.h"
#include "networkbackend.h"

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
{ }

HttpTransport::~HttpTransport()
{
    if (!m_worker)
        return;
    // The worker and its network manager go on their own thread, before it stops.
    HttpTransportEngine *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

HttpTransportEngine *HttpTransport::worker()
{
    // Made with the first request: a client that never sends starts no thread, and loads no
    // network library.
    if (!m_worker) {
        m_worker = NetworkBackend::get()->createTransportEngine(this);
        m_thread.setObjectName(QStringLiteral("http"));
        m_worker->moveToThread(&m_thread);
        m_thread.start();
    }
    return m_worker;
}

quint64 HttpTransport::post(const HttpRequest &request, const QByteArray &payload, qint64 cap, Decoder decoder)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id);
    HttpTransportEngine *worker = this->worker();
    QMetaObject::invokeMethod(
        worker, [worker, id, request, payload, cap, decoder] { worker->post(id, request, payload, cap, decoder); },
        Qt::QueuedConnection);
    return id;
}

void HttpTransport::abort(quint64 id)
{
    if (!m_pending.remove(id))
        return;
    HttpTransportEngine *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, id] { worker->abort(id); }, Qt::QueuedConnection);
}

void HttpTransport::clearConnectionCache()
{
    HttpTransportEngine *worker = m_worker;
    if (!worker)
        return; // nothing connected yet
    QMetaObject::invokeMethod(
        worker, [worker] { worker->clearConnectionCache(); }, Qt::QueuedConnection);
}

void HttpTransport::deliver(quint64 id, const HttpResult &result)
{
    if (m_pending.remove(id))
        emit finished(id, result);
}
