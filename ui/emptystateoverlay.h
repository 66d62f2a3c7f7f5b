// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

// Centred text over the table's viewport when it has no rows, saying why and what to do
// ("No jobs match these filters" with a button to clear them, "Not connected", "Loading…").
class EmptyStateOverlay final : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyStateOverlay(QWidget *viewport);
    void showState(const QString &title, const QString &detail, const QString &actionText = {});
    QString title() const;
    void setVisible(bool visible) override;

Q_SIGNALS:
    void actionTriggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Shown while the viewport was hidden: laid out and shown with the viewport. At start the
    // window's saved rows usually hide the overlay before the window is shown, and laying it out
    // (its wrapped text) for nothing was 0.7 ms of the window's start.
    bool m_showWithViewport = false;

    QLabel *m_title;
    QLabel *m_detail;
    QPushButton *m_action;
};
