// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>
#include <QList>

// A searchable combo box of server-provided values with counts: "All" first, then the values.
// Typing filters the list (substring match); the chosen value stays listed even when a refresh
// no longer reports it, so a poll never silently drops the user's choice.
class ChoiceComboBox final : public QComboBox
{
    Q_OBJECT
public:
    struct Choice
    {
        QString value;
        QString label; // empty: the value itself
        qint64 count = -1; // -1: unknown
        friend bool operator==(const Choice &a, const Choice &b)
        {
            return a.count == b.count && a.value == b.value && a.label == b.label;
        }
    };

    explicit ChoiceComboBox(const QString &allLabel, QWidget *parent = nullptr);

    void setChoices(const QList<Choice> &choices);
    QString value() const { return m_value; }
    void setValue(const QString &value);

    void showPopup() override;
    void hidePopup() override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void valueChanged(const QString &value);

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // What typing matches: the item's text and, for a named value, the value too.
    static constexpr int kSearchRole = Qt::UserRole + 1;
    void rebuild();
    bool updateInPlace(const QList<Choice> &choices);
    bool choicesListValue(const QList<Choice> &choices) const;
    static QString choiceText(const Choice &choice);
    static QString searchText(const Choice &choice);
    void commitIndex(int index);
    void revertText();

    QString m_allLabel;
    QList<Choice> m_choices;
    QString m_value;
    bool m_rebuilding = false;
    bool m_popupOpen = false;
};
