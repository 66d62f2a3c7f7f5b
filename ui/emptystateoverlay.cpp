// SPDX-License-Identifier: MIT
#include "emptystateoverlay.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyStateOverlay::EmptyStateOverlay(QWidget *viewport)
    : QWidget(viewport)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addWidget(m_action, 0, Qt::AlignCenter);
    layout->addStretch(2);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyStateOverlay::actionTriggered);
    viewport->installEventFilter(this);
    setGeometry(viewport->rect());
    hide();
}

void EmptyStateOverlay::showState(const QString &title, const QString &detail, const QString &actionText)
{
    m_title->setText(title);
    m_detail->setText(detail);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleName(title);
    setGeometry(parentWidget()->rect());
    show();
    raise();
}

QString EmptyStateOverlay::title() const
{
    return isVisible() ? m_title->text() : QString();
}

void EmptyStateOverlay::setVisible(bool visible)
{
    m_showWithViewport = visible && !parentWidget()->isVisible();
    if (!m_showWithViewport)
        QWidget::setVisible(visible);
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    if (watched == parentWidget() && event->type() == QEvent::Show && m_showWithViewport) {
        m_showWithViewport = false;
        setGeometry(parentWidget()->rect());
        QWidget::setVisible(true);
        raise();
    }
    return QWidget::eventFilter(watched, event);
}
