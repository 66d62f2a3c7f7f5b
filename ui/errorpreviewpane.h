// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QFrame>

class QAbstractItemView;
class QLabel;
class QPlainTextEdit;
class QToolButton;

// The full error message of the current job under the table, where the table's one line cuts
// it off: multi-line tracebacks included, selectable, with a button to copy it.
class ErrorPreviewPane final : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorPreviewPane(QWidget *parent = nullptr);

    // No job (an invalid id) shows a hint instead.
    void setJob(const Job &job);
    void clear();
    // Shows the error of the view's current row while the pane is visible: when the current
    // row changes, when that row's error changes, and when the pane is shown again.
    void followCurrentRow(QAbstractItemView *view);
    QString jobId() const { return m_jobId; }
    QString errorText() const { return m_errorText; }
    QPlainTextEdit *textView() const { return m_text; }
    QToolButton *copyButton() const { return m_copy; }
    // A few lines tall: enough to read a message, the table keeps the room.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void copyRequested();
    void closeRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showCurrentRow();

    QAbstractItemView *m_view = nullptr;
    QLabel *m_title;
    QPlainTextEdit *m_text;
    QToolButton *m_copy;
    QToolButton *m_close;
    QString m_jobId;
    QString m_errorText;
};
