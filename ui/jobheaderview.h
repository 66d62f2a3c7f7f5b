// SPDX-License-Identifier: MIT
#pragma once

#include <QHeaderView>

// The job table's column header. A header is an item view over the table's own model, so every
// layout change of the rows (each poll that adds or moves jobs) lays it out again and repaints
// all of it, though its columns stay as they were. It lays itself out only when the number of
// columns changed; everything else about its sections arrives through its own signals.
//
// QHeaderView also measures every section's title again for its size hint whenever its cached
// hint is dropped, which the table asks for on each of those layouts; this one keeps the hint
// until a title, the sections, the font or the style change.
class JobHeaderView final : public QHeaderView
{
    Q_OBJECT
public:
    explicit JobHeaderView(Qt::Orientation orientation, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void doItemsLayout() override;
    void reset() override;
    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;

private:
    int sectionsInModel() const;

    int m_laidOutSections = -1; // what the last full layout found; -1: lay out again
    mutable QSize m_sizeHint; // invalid: measure again
};
