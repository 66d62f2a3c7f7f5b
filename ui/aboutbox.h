// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Help ▸ About: the version, the commit it was built from, the Qt it runs on and where to
// report a problem.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static QString text();
    static void show(QWidget *parent);
};
