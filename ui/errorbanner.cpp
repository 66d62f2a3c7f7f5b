// SPDX-License-Identifier: MIT
#include "errorbanner.h"

#include "iconprovider.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Connection problem"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_icon->setPixmap(IconProvider::statusIcon(JobStatus::Failure).pixmap(20, 20));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &ErrorBanner::actionTriggered);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    applyColors();
    hide();
}

void ErrorBanner::showMessage(const QString &message, Severity severity)
{
    m_severity = severity;
    m_text->setText(message);
    m_text->setAccessibleName(message);
    m_icon->setPixmap(
        IconProvider::statusIcon(severity == Severity::Error ? JobStatus::Failure : JobStatus::Unknown).pixmap(20, 20));
    applyColors();
    show();
}

void ErrorBanner::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

void ErrorBanner::applyColors()
{
    QPalette p = palette();
    const bool dark = p.color(QPalette::Base).lightness() < 128;
    const QColor background = m_severity == Severity::Error
        ? (dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xfd, 0xe2, 0xe2))
        : (dark ? QColor(0x4a, 0x3a, 0x12) : QColor(0xff, 0xf1, 0xcc));
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, dark ? QColor(0xf5, 0xf5, 0xf5) : QColor(0x20, 0x20, 0x20));
    setPalette(p);
}

void ErrorBanner::changeEvent(QEvent *event)
{
    // setPalette() itself sends PaletteChange: the guard stops the recursion.
    if (event->type() == QEvent::PaletteChange && !m_applyingColors) {
        m_applyingColors = true;
        applyColors();
        m_applyingColors = false;
    }
    QFrame::changeEvent(event);
}
