// SPDX-License-Identifier: MIT
#include "choicecombobox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyleOptionComboBox>
#include <QtMath>

#include <algorithm>

ChoiceComboBox::ChoiceComboBox(const QString &allLabel, QWidget *parent)
    : QComboBox(parent)
    , m_allLabel(allLabel)
{
    // Editable through a line edit of its own: setEditable, like setSizeAdjustPolicy, builds the
    // popup list at once, four times over as the window starts. The list is built when it first
    // opens, and sizeHint gives the width AdjustToMinimumContentsLengthWithIcon would.
    auto *edit = new QLineEdit(this);
    edit->setPalette(palette());
    setLineEdit(edit);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(16);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    // Typing finds a choice by its label or by its value (a name or its id).
    completer()->setCompletionRole(kSearchRole);
    lineEdit()->setPlaceholderText(tr("Type to search"));
    connect(this, qOverload<int>(&QComboBox::activated), this, &ChoiceComboBox::commitIndex);
    connect(completer(), qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        const int index = findData(text, kSearchRole);
        if (index >= 0)
            commitIndex(index);
    });
    rebuild();
}

void ChoiceComboBox::setChoices(const QList<Choice> &choices)
{
    // Every poll brings the counts again and most polls change none of them: rebuilding the
    // items each time was a per-poll cost of the window for nothing.
    if (choices == m_choices && count() > 0)
        return;
    if (choicesListValue(choices) && updateInPlace(choices))
        return;
    m_choices = choices;
    rebuild();
}

// As many choices as shown: each item takes the choice at its place, and only items whose
// choice differs are touched. A count that changed, or two choices that swapped places as their
// counts passed each other, then costs a few item updates, not clearing the list, the edit
// text and the completer.
bool ChoiceComboBox::updateInPlace(const QList<Choice> &choices)
{
    if (choices.size() != m_choices.size() || count() != choices.size() + 1)
        return false;
    const QSignalBlocker block(this);
    m_rebuilding = true;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const Choice &c = choices[i];
        if (c == m_choices[i])
            continue;
        // All of an item's roles at once: one change for the list, the edit and the completer to
        // follow, not one per role.
        const QString label = c.label.isEmpty() ? c.value : c.label;
        const QMap<int, QVariant> roles{
            { Qt::DisplayRole, choiceText(c) },
            { Qt::UserRole, c.value },
            { Qt::ToolTipRole, c.value == label ? label : QStringLiteral("%1\n%2").arg(label, c.value) },
            { kSearchRole, searchText(c) },
        };
        model()->setItemData(model()->index(int(i) + 1, modelColumn(), rootModelIndex()), roles);
    }
    m_choices = choices;
    if (itemData(currentIndex()).toString() != m_value)
        setCurrentIndex(qMax(0, findData(m_value)));
    m_rebuilding = false;
    return true;
}

QString ChoiceComboBox::choiceText(const Choice &choice)
{
    const QString label = choice.label.isEmpty() ? choice.value : choice.label;
    return choice.count >= 0 ? QStringLiteral("%1  (%2)").arg(label, QLocale().toString(choice.count)) : label;
}

QString ChoiceComboBox::searchText(const Choice &choice)
{
    return choice.label.isEmpty() || choice.label == choice.value
        ? choiceText(choice)
        : QStringLiteral("%1 · %2").arg(choiceText(choice), choice.value);
}

bool ChoiceComboBox::choicesListValue(const QList<Choice> &choices) const
{
    // A chosen value the choices lack has an item of its own at the end: that takes a rebuild.
    return m_value.isEmpty()
        || std::any_of(choices.cbegin(), choices.cend(), [this](const Choice &c) { return c.value == m_value; });
}

void ChoiceComboBox::setValue(const QString &value)
{
    if (m_value == value)
        return;
    m_value = value;
    rebuild();
}

void ChoiceComboBox::rebuild()
{
    const QSignalBlocker block(this);
    m_rebuilding = true;
    clear();
    addItem(m_allLabel, QString());
    setItemData(0, m_allLabel, kSearchRole);
    bool valueListed = m_value.isEmpty();
    for (const Choice &c : std::as_const(m_choices)) {
        const QString label = c.label.isEmpty() ? c.value : c.label;
        addItem(choiceText(c), c.value);
        setItemData(count() - 1, c.value == label ? label : QStringLiteral("%1\n%2").arg(label, c.value),
                    Qt::ToolTipRole);
        setItemData(count() - 1, searchText(c), kSearchRole);
        valueListed = valueListed || c.value == m_value;
    }
    if (!valueListed) {
        addItem(QStringLiteral("%1  (0)").arg(m_value), m_value);
        setItemData(count() - 1, itemText(count() - 1), kSearchRole);
    }
    setCurrentIndex(qMax(0, findData(m_value)));
    m_rebuilding = false;
}

void ChoiceComboBox::commitIndex(int index)
{
    if (m_rebuilding || index < 0)
        return;
    const QString value = itemData(index).toString();
    setCurrentIndex(index);
    if (value == m_value)
        return;
    m_value = value;
    Q_EMIT valueChanged(m_value);
}

void ChoiceComboBox::revertText()
{
    const QSignalBlocker block(this);
    setCurrentIndex(qMax(0, findData(m_value)));
    lineEdit()->setText(itemText(currentIndex()));
}

void ChoiceComboBox::focusOutEvent(QFocusEvent *event)
{
    // Half-typed text that matches nothing must not stay on screen looking like a filter.
    QComboBox::focusOutEvent(event);
    if (!m_popupOpen || !view()->isVisible())
        revertText();
}

void ChoiceComboBox::showPopup()
{
    m_popupOpen = true;
    QComboBox::showPopup();
}

void ChoiceComboBox::hidePopup()
{
    QComboBox::hidePopup();
    m_popupOpen = false;
}

// As QComboBox sizes itself for AdjustToMinimumContentsLengthWithIcon: room for the minimum
// contents length in 'X's and an icon, whatever the items are.
QSize ChoiceComboBox::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const QSize icon = iconSize();
    const QSize contents(minimumContentsLength() * metrics.horizontalAdvance(QLatin1Char('X')) + icon.width() + 4,
                         qMax(qMax(qCeil(QFontMetricsF(metrics).height()), 14) + 2, icon.height() + 2));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, this);
}

QSize ChoiceComboBox::minimumSizeHint() const
{
    return sizeHint();
}

void ChoiceComboBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        revertText();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const QString text = lineEdit()->text();
        int index = findText(text, Qt::MatchFixedString);
        if (index < 0)
            index = findText(text, Qt::MatchContains);
        if (index >= 0)
            commitIndex(index);
        else
            revertText();
        event->accept();
        return;
    }
    QComboBox::keyPressEvent(event);
}
