// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

// A status bar field of plain text whose width holds while its text changes by a digit or two
// (SteadySize). A label that changes size asks its parent for a new layout: in a status bar that
// lays out and repaints the whole bar, on every poll and every second of the "updated 3 s ago"
// clock. QLabel's own size hint is held to its minimum size, so this one measures its text.
class SteadyWidthLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit SteadyWidthLabel(QWidget *parent = nullptr);

    // Hides QLabel::setText, which the bar's fields are only set through.
    void setText(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QSize textSize() const;
    void fit(bool force);
};
