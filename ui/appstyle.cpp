// SPDX-License-Identifier: MIT
#include "appstyle.h"

#include "iconprovider.h"

#include <QStyleOption>
#include <QWidget>

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
    , m_overFusion(baseStyle()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
{ }

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    if (element == PE_PanelItemViewRow && m_overFusion) {
        QCommonStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

QIcon AppStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option, const QWidget *widget) const
{
    const QPalette palette = widget ? widget->palette() : (option ? option->palette : QPalette());
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
        return IconProvider::actionIcon(QStringLiteral("toolbar-extend-h"), palette);
    case SP_ToolBarVerticalExtensionButton:
        return IconProvider::actionIcon(QStringLiteral("toolbar-extend-v"), palette);
    case SP_TitleBarCloseButton:
        return IconProvider::actionIcon(QStringLiteral("close"), palette);
    case SP_MessageBoxInformation:
        return IconProvider::messageIcon(QStringLiteral("information"));
    case SP_MessageBoxWarning:
        return IconProvider::messageIcon(QStringLiteral("warning"));
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}
