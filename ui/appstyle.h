// SPDX-License-Identifier: MIT
#pragma once

#include <QProxyStyle>

// The platform's style, with the app's own drawings of the standard icons its windows show: the
// toolbar's overflow arrows, close buttons and the information and warning signs. The style's
// own come from PNG files, and reading the first PNG loads every image format plugin Qt has:
// about 2 ms of each start, and blurry at a scale the PNGs were not drawn for.
//
// Over Fusion, an item view's row panel (drawn for every cell of the job table on each repaint)
// goes straight to the implementation Fusion inherits: Fusion works out its frame colours, HSV
// conversions and all, before it looks at what it draws, and a row panel uses none of them.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Wraps `base` (the application's style when null) and takes ownership of it.
    explicit AppStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

private:
    bool m_overFusion = false;
};
