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

Q_SIGNALS:
    void actionTriggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_detail;
    QPushButton *m_action;
};
