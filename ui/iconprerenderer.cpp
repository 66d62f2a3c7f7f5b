// SPDX-License-Identifier: MIT
#include "iconprerenderer.h"

#include <QPainter>
#include <QSvgRenderer>
#include <QThread>

#include <mutex>

namespace {
// Guards the current instance and its images: the thread adds, the GUI thread takes.
std::mutex g_mutex;
IconPrerenderer *g_current = nullptr;
} // namespace

IconPrerenderer::IconPrerenderer(QList<Request> requests)
    : m_requests(std::move(requests))
{
    {
        const std::lock_guard<std::mutex> lock(g_mutex);
        g_current = this;
    }
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->start();
}

IconPrerenderer::~IconPrerenderer()
{
    m_stop = true;
    m_thread->wait();
    const std::lock_guard<std::mutex> lock(g_mutex);
    if (g_current == this)
        g_current = nullptr;
}

void IconPrerenderer::run()
{
    for (const Request &request : m_requests) {
        if (m_stop)
            return;
        QSvgRenderer renderer(request.svg);
        if (!renderer.isValid())
            continue;
        for (const int side : request.sides) {
            if (m_stop)
                return;
            if (side <= 0 || side > 256)
                continue;
            QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            {
                QPainter painter(&image);
                painter.setRenderHint(QPainter::Antialiasing);
                renderer.render(&painter);
            }
            const std::lock_guard<std::mutex> lock(g_mutex);
            m_images[request.svg].insert(side, std::move(image));
        }
    }
}

void IconPrerenderer::waitUntilDone()
{
    m_thread->wait();
}

bool IconPrerenderer::isRequested(const QByteArray &svg)
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    if (!g_current)
        return false;
    for (const Request &request : g_current->m_requests) {
        if (request.svg == svg)
            return true;
    }
    return false;
}

QImage IconPrerenderer::take(const QByteArray &svg, const QSize &pixels)
{
    if (pixels.width() != pixels.height())
        return {};
    const std::lock_guard<std::mutex> lock(g_mutex);
    if (!g_current)
        return {};
    auto it = g_current->m_images.find(svg);
    if (it == g_current->m_images.end())
        return {};
    return it->take(pixels.width());
}
