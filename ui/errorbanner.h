// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A non-modal strip above the table that says what went wrong and what to do, while the last
// good rows stay visible underneath.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
public:
    enum class Severity { Warning, Error };

    explicit ErrorBanner(QWidget *parent = nullptr);
    void showMessage(const QString &message, Severity severity = Severity::Error);
    void setActionText(const QString &text); // empty hides the action button
    QString message() const;

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_close;
    Severity m_severity = Severity::Error;
    bool m_applyingColors = false;
};
