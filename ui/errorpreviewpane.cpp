// SPDX-License-Identifier: MIT
#include "errorpreviewpane.h"

#include "model/jobtablemodel.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ErrorPreviewPane::ErrorPreviewPane(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorPreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);

    auto *header = new QHBoxLayout;
    header->setSpacing(4);
    m_title->setObjectName(QStringLiteral("errorPreviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setMinimumWidth(0);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_title, 1);
    m_copy->setObjectName(QStringLiteral("copyErrorButton"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the whole error message"));
    m_copy->setAutoRaise(true);
    m_copy->setFocusPolicy(Qt::StrongFocus);
    connect(m_copy, &QToolButton::clicked, this, &ErrorPreviewPane::copyRequested);
    header->addWidget(m_copy);
    m_close->setObjectName(QStringLiteral("closeErrorPreview"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_close->setToolTip(tr("Hide the error preview (View menu shows it again)"));
    m_close->setAccessibleName(tr("Hide error preview"));
    m_close->setAutoRaise(true);
    m_close->setFocusPolicy(Qt::StrongFocus);
    connect(m_close, &QToolButton::clicked, this, &ErrorPreviewPane::closeRequested);
    header->addWidget(m_close);
    layout->addLayout(header);

    m_text->setObjectName(QStringLiteral("errorPreviewText"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Error message of the current job"));
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 2 + 8);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    layout->addWidget(m_text, 1);
    clear();
}

QSize ErrorPreviewPane::sizeHint() const
{
    const int lines = m_text->fontMetrics().lineSpacing();
    return { QFrame::sizeHint().width(), m_title->sizeHint().height() + 4 * lines + 16 };
}

QSize ErrorPreviewPane::minimumSizeHint() const
{
    const int lines = m_text->fontMetrics().lineSpacing();
    return { 0, m_title->sizeHint().height() + 2 * lines + 14 };
}

void ErrorPreviewPane::setJob(const Job &job)
{
    if (job.jobId.isEmpty()) {
        clear();
        return;
    }
    m_jobId = job.jobId;
    m_errorText = job.errorMessage;
    m_title->setText(tr("Error of %1").arg(job.jobId));
    if (m_errorText.isEmpty()) {
        m_text->setPlaceholderText(tr("This job has no error message."));
        m_text->clear();
    } else {
        m_text->setPlaceholderText(QString());
        if (m_text->toPlainText() != m_errorText)
            m_text->setPlainText(m_errorText);
    }
    m_copy->setEnabled(!m_errorText.isEmpty());
}

void ErrorPreviewPane::clear()
{
    m_jobId.clear();
    m_errorText.clear();
    m_title->setText(tr("Error"));
    m_text->clear();
    m_text->setPlaceholderText(tr("Select a job to read its whole error message here."));
    m_copy->setEnabled(false);
}

void ErrorPreviewPane::followCurrentRow(QAbstractItemView *view)
{
    m_view = view;
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ErrorPreviewPane::showCurrentRow);
    connect(view->model(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_view->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row() && topLeft.column() <= JobTableModel::ErrorColumn
                    && bottomRight.column() >= JobTableModel::ErrorColumn)
                    showCurrentRow();
            });
}

void ErrorPreviewPane::changeEvent(QEvent *event)
{
    // The close icon is drawn in the text colour: a switch between light and dark themes
    // redraws it.
    if (event->type() == QEvent::PaletteChange)
        m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    QFrame::changeEvent(event);
}

void ErrorPreviewPane::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    showCurrentRow();
}

void ErrorPreviewPane::showCurrentRow()
{
    if (!m_view || !isVisible())
        return;
    const QVariant job = m_view->currentIndex().siblingAtColumn(0).data(JobTableModel::JobRole);
    if (job.canConvert<Job>())
        setJob(job.value<Job>());
    else
        clear();
}
