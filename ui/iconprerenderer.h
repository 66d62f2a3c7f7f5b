// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSize>

#include <atomic>
#include <memory>

class QThread;

// Parses and rasterises the window's icons on a thread of its own while the window is being
// built, so that its first paint finds them drawn: on the GUI thread that was about 3 ms of every
// start (25 icons). SvgIconEngine takes what is ready and draws anything else itself; nothing
// ever waits for the thread. One at a time, for the whole process.
class IconPrerenderer
{
public:
    struct Request
    {
        QByteArray svg;
        QList<int> sides; // square sizes, in device pixels
    };

    explicit IconPrerenderer(QList<Request> requests);
    ~IconPrerenderer(); // stops the thread between two icons and drops what was not taken
    IconPrerenderer(const IconPrerenderer &) = delete;
    IconPrerenderer &operator=(const IconPrerenderer &) = delete;

    // Whether `svg` is one of the requested icons: the app's own, known to be valid.
    static bool isRequested(const QByteArray &svg);
    // The drawing of `svg` at `pixels` if the thread has made it (taken out: each is used once),
    // a null image otherwise.
    static QImage take(const QByteArray &svg, const QSize &pixels);
    // Returns once every requested icon is drawn: for tests.
    void waitUntilDone();

private:
    void run();

    const QList<Request> m_requests;
    QHash<QByteArray, QHash<int, QImage>> m_images; // guarded by the file's mutex
    std::atomic<bool> m_stop{ false };
    std::unique_ptr<QThread> m_thread;
};
