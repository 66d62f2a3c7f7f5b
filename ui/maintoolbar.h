// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QToolBar>

class MainWindowActions;
class QComboBox;

// The main window's tool bar: the connection being watched, the update interval and the job
// actions. On a window too narrow for their texts, the actions show their icons alone rather
// than hiding behind the overflow arrow.
class MainToolBar final : public QToolBar
{
    Q_OBJECT
public:
    struct ConnectionChoice
    {
        QString id;
        QString name;
    };

    // The intervals offered, in milliseconds; a connection's own interval is added when set.
    static const QList<int> &standardIntervals();
    static QString intervalLabel(int ms);

    MainToolBar(const MainWindowActions &actions, int intervalMs, QWidget *parent = nullptr);

    void setConnections(const QList<ConnectionChoice> &connections, const QString &currentId);
    QString currentConnectionName() const;
    int interval() const;
    // Shows this interval without announcing it as the user's choice.
    void showInterval(int ms);
    // Text beside the icons when the window is at least as wide as the tool bar needs.
    void fitTo(int windowWidth);

    QComboBox *connectionBox() const { return m_connectionBox; }
    QComboBox *intervalBox() const { return m_intervalBox; }

Q_SIGNALS:
    void connectionActivated(const QString &connectionId);
    void intervalChosen(int ms);

private:
    QComboBox *m_connectionBox;
    QComboBox *m_intervalBox;
    int m_textWidth = 0;
};
