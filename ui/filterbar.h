// SPDX-License-Identifier: MIT
#pragma once

#include "choicecombobox.h"
#include "poll/jobstats.h"

#include <QWidget>

class QBoxLayout;
class QLineEdit;
class QTimer;
class QToolButton;

// Workspace, trusted account and plugin choosers (values and counts from the server's stat),
// a debounced search box, and one-click "clear all filters". On one row where the width allows,
// else the search and "clear" wrap to a second row, so the bar fits half a 1920-px screen.
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    QString workspaceId() const;
    QString trustedAccountId() const;
    QString pluginId() const;
    QString searchText() const;
    void setValues(const QString &workspaceId, const QString &trustedAccountId, const QString &pluginId,
                   const QString &text);

    void setWorkspaceChoices(const QList<ChoiceComboBox::Choice> &choices);
    void setTrustedAccountChoices(const QList<ChoiceComboBox::Choice> &choices);
    void setPluginChoices(const QList<ChoiceComboBox::Choice> &choices);
    // Where the counts beside the choices come from, in each chooser's tooltip.
    void setCountSources(const JobStats &stats);

    ChoiceComboBox *workspaceBox() const { return m_workspace; }
    ChoiceComboBox *trustedAccountBox() const { return m_trustedAccount; }
    ChoiceComboBox *pluginBox() const { return m_plugin; }
    QLineEdit *searchEdit() const { return m_search; }
    QToolButton *clearButton() const { return m_clear; }

    static constexpr int kSearchDebounceMs = 300;

    // True when the search box sits on a second row.
    bool isWrapped() const;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void serverFilterChanged(); // workspace, trusted account or plugin
    void searchTextChanged(const QString &text); // debounced
    void clearAllRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool fitsOnOneRow(int width) const;
    void arrange(int width);

    QBoxLayout *m_layout;
    QWidget *m_choices;
    QWidget *m_searchRow;
    ChoiceComboBox *m_workspace;
    ChoiceComboBox *m_trustedAccount;
    ChoiceComboBox *m_plugin;
    QLineEdit *m_search;
    QToolButton *m_clear;
    QTimer *m_debounce;
};
