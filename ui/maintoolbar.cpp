// SPDX-License-Identifier: MIT
#include "maintoolbar.h"

#include "mainwindowactions.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>

const QList<int> &MainToolBar::standardIntervals()
{
    static const QList<int> intervals = { 5000, 10000, 30000, 60000, 300000 };
    return intervals;
}

QString MainToolBar::intervalLabel(int ms)
{
    // The count is worked out first: lupdate does not see a translate() call whose arguments
    // divide.
    const int minutes = ms / 60000;
    const int seconds = ms / 1000;
    if (ms >= 60000)
        return QCoreApplication::translate("MainWindow", "Every %n min", nullptr, minutes);
    return QCoreApplication::translate("MainWindow", "Every %n s", nullptr, seconds);
}

MainToolBar::MainToolBar(const MainWindowActions &actions, int intervalMs, QWidget *parent)
    : QToolBar(tr("Main"), parent)
    , m_connectionBox(new QComboBox(this))
    , m_intervalBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_connectionBox->setObjectName(QStringLiteral("connectionBox"));
    m_connectionBox->setAccessibleName(tr("Connection"));
    m_connectionBox->setToolTip(tr("The SpaceONE server whose jobs are shown"));
    m_connectionBox->setMinimumContentsLength(14);
    m_connectionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *connectionLabel = new QLabel(tr("Co&nnection:"), this);
    connectionLabel->setBuddy(m_connectionBox);
    connectionLabel->setContentsMargins(4, 0, 4, 0);
    addWidget(connectionLabel);
    addWidget(m_connectionBox);
    connect(m_connectionBox, qOverload<int>(&QComboBox::activated), this,
            [this](int index) { Q_EMIT connectionActivated(m_connectionBox->itemData(index).toString()); });
    addAction(actions.action(QStringLiteral("actionConnections")));
    addSeparator();
    addAction(actions.action(QStringLiteral("actionRefresh")));
    addAction(actions.action(QStringLiteral("actionPause")));

    m_intervalBox->setObjectName(QStringLiteral("intervalBox"));
    m_intervalBox->setAccessibleName(tr("Update interval"));
    m_intervalBox->setToolTip(tr("How often the jobs are fetched"));
    for (int ms : standardIntervals())
        m_intervalBox->addItem(intervalLabel(ms), ms);
    const int saved = m_intervalBox->findData(intervalMs);
    m_intervalBox->setCurrentIndex(saved >= 0 ? saved : 1);
    addWidget(m_intervalBox);
    connect(m_intervalBox, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { Q_EMIT intervalChosen(interval()); });

    addSeparator();
    for (const char *name : { "actionDetails", "actionDelete", "actionSyncNow", "actionSelectStuck", "actionExport" })
        addAction(actions.action(QLatin1String(name)));
}

void MainToolBar::setConnections(const QList<ConnectionChoice> &connections, const QString &currentId)
{
    const QSignalBlocker block(m_connectionBox);
    m_connectionBox->clear();
    for (const ConnectionChoice &c : connections)
        m_connectionBox->addItem(c.name, c.id);
    m_connectionBox->setCurrentIndex(qMax(0, m_connectionBox->findData(currentId)));
}

QString MainToolBar::currentConnectionName() const
{
    return m_connectionBox->currentText();
}

int MainToolBar::interval() const
{
    return m_intervalBox->currentData().toInt();
}

void MainToolBar::showInterval(int ms)
{
    const QSignalBlocker block(m_intervalBox);
    int index = m_intervalBox->findData(ms);
    if (index < 0) {
        m_intervalBox->addItem(intervalLabel(ms), ms);
        index = m_intervalBox->count() - 1;
    }
    m_intervalBox->setCurrentIndex(index);
}

void MainToolBar::fitTo(int windowWidth)
{
    // The width with texts is known only while they are shown; remember it for later.
    if (toolButtonStyle() == Qt::ToolButtonTextBesideIcon)
        m_textWidth = sizeHint().width();
    const Qt::ToolButtonStyle style
        = windowWidth >= m_textWidth ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly;
    if (toolButtonStyle() != style)
        setToolButtonStyle(style);
}
