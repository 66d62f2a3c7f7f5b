// SPDX-License-Identifier: MIT
#include "errorbanner.h"

#include "iconprovider.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextLayout>

#include <algorithm>

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
    // Lines are broken here, not by the label, so that their number is known.
    m_text->setWordWrap(false);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_text->setMinimumWidth(120);
    m_text->installEventFilter(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &ErrorBanner::actionTriggered);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    applyColors();
    // Its icon and height are set when it first shows a message: most windows never show one,
    // and measuring the buttons while the window is built was half a millisecond of each start.
    hide();
}

void ErrorBanner::showMessage(const QString &message, Severity severity)
{
    m_severity = severity;
    m_message = message;
    m_text->setAccessibleName(message);
    m_icon->setPixmap(
        IconProvider::statusIcon(severity == Severity::Error ? JobStatus::Failure : JobStatus::Unknown).pixmap(20, 20));
    applyColors();
    updateHeight();
    layoutText();
    show();
}

void ErrorBanner::setActionText(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
    layoutText();
}

QString ErrorBanner::shownText() const
{
    return m_text->text();
}

void ErrorBanner::updateHeight()
{
    const QFontMetrics metrics(m_text->font());
    m_text->setFixedHeight(kLines * metrics.lineSpacing());
    const QMargins margins = layout()->contentsMargins();
    const int content = std::max({ m_text->height(), m_action->sizeHint().height(), m_close->sizeHint().height(), 20 });
    setFixedHeight(content + margins.top() + margins.bottom() + 2 * frameWidth());
}

void ErrorBanner::layoutText()
{
    const QFontMetrics metrics(m_text->font());
    const int width = qMax(40, m_text->width() > 0 ? m_text->width() : m_text->minimumWidth());
    QTextLayout layout(m_message, m_text->font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    m_elided = false;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == kLines - 1) {
            // The last line takes the rest of the message, elided if it does not fit.
            const QString rest = m_message.mid(line.textStart()).simplified();
            const QString elided = metrics.elidedText(rest, Qt::ElideRight, width);
            m_elided = elided != rest;
            lines.append(elided);
            break;
        }
        lines.append(m_message.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_text->setToolTip(m_elided ? m_message : QString());
}

bool ErrorBanner::eventFilter(QObject *watched, QEvent *event)
{
    // The lines are broken for the width the label actually got.
    if (watched == m_text && event->type() == QEvent::Resize)
        layoutText();
    return QFrame::eventFilter(watched, event);
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
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateHeight();
        layoutText();
    }
    QFrame::changeEvent(event);
}
