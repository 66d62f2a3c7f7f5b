// SPDX-License-Identifier: MIT
#include "noticebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(0);
    layout->addWidget(m_text, 1);
    m_action->setObjectName(QStringLiteral("noticeAction"));
    m_action->setAutoDefault(false);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &NoticeBar::actionTriggered);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    m_close->setObjectName(QStringLiteral("noticeClose"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this note"));
    m_close->setAccessibleName(tr("Close this note"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    layout->addWidget(m_close, 0, Qt::AlignTop);
    applyColors();
}

void NoticeBar::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
}

QString NoticeBar::text() const
{
    return m_text->text();
}

void NoticeBar::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applyingColors)
        applyColors();
    QFrame::changeEvent(event);
}

void NoticeBar::applyColors()
{
    // A tint of the highlight colour: informational, never mistaken for the warning banner.
    m_applyingColors = true;
    QPalette p = parentWidget() ? parentWidget()->palette() : palette();
    const QColor base = p.color(QPalette::Base);
    const QColor accent = p.color(QPalette::Highlight);
    p.setColor(QPalette::Window,
               QColor::fromRgbF(base.redF() * 0.88 + accent.redF() * 0.12,
                                base.greenF() * 0.88 + accent.greenF() * 0.12,
                                base.blueF() * 0.88 + accent.blueF() * 0.12));
    p.setColor(QPalette::WindowText, p.color(QPalette::Text));
    setPalette(p);
    // Drawn in the text colour, so a switch between light and dark themes redraws it.
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_applyingColors = false;
}
