// SPDX-License-Identifier: MIT
#pragma once

#include <QRect>
#include <QScrollBar>

// A scroll bar that repaints only when it would look different. Every poll that adds jobs widens
// its range, and a table of thousands of rows moves its handle by less than a pixel: QScrollBar
// repainted itself, and the window behind it, each time.
class SteadyScrollBar final : public QScrollBar
{
    Q_OBJECT
public:
    explicit SteadyScrollBar(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    void sliderChange(SliderChange change) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // What the style draws from: the handle's place, and whether either end is reached.
    struct Look
    {
        QRect handle;
        bool atMinimum = false;
        bool atMaximum = false;
        friend bool operator==(const Look &a, const Look &b)
        {
            return a.handle == b.handle && a.atMinimum == b.atMinimum && a.atMaximum == b.atMaximum;
        }
    };
    Look look() const;

    Look m_painted;
    bool m_havePainted = false;
};
