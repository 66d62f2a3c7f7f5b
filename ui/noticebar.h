// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A quiet information strip above the table, for something worth knowing that is not a
// problem ("the sandbox's jobs are simulated"), with one action and a close button.
class NoticeBar final : public QFrame
{
    Q_OBJECT
public:
    explicit NoticeBar(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    void setActionText(const QString &text); // empty hides the action button
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();
    void closed(); // by the user

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    bool m_applyingColors = false;
};
