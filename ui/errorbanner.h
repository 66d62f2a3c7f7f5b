// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A non-modal strip above the table that says what went wrong and what to do, while the last
// good rows stay visible underneath. Its height never changes with the message: at most two
// lines are shown (the rest is elided, and the whole message is in the tooltip), so the table
// does not jump when one error replaces another.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
public:
    enum class Severity { Warning, Error };
    static constexpr int kLines = 2;

    explicit ErrorBanner(QWidget *parent = nullptr);
    void showMessage(const QString &message, Severity severity = Severity::Error);
    void setActionText(const QString &text); // empty hides the action button
    // The whole message, also when the banner shows it shortened.
    QString message() const { return m_message; }
    // What the banner shows: the message, broken into at most kLines lines.
    QString shownText() const;
    bool isElided() const { return m_elided; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyColors();
    void updateHeight();
    void layoutText();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QPushButton *m_close;
    QString m_message;
    Severity m_severity = Severity::Error;
    bool m_elided = false;
    bool m_applyingColors = false;
};
