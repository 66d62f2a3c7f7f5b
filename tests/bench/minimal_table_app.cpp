// SPDX-License-Identifier: MIT
// sjm_minimal_table_app: the floor for the app's start-up time, a plain Qt table window with
// as many rows as the built-in sandbox starts with, filled in place. It prints "first rows
// painted" once its table's rows have reached the screen, and quits, as the app does with
// --report-first-rows (with the same probe), so sjm_startup_bench can time both the same way.
#include "ui/paintflushprobe.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 400;
    QStandardItemModel model(rows, 10);
    for (int row = 0; row < rows; ++row) {
        model.setItem(row, 0, new QStandardItem(QStringLiteral("Success")));
        model.setItem(row, 1, new QStandardItem(QStringLiteral("job-%1").arg(row, 12, 16, QLatin1Char('0'))));
        model.setItem(row, 2, new QStandardItem(QStringLiteral("workspace-0123456789ab")));
        model.setItem(row, 3, new QStandardItem(QStringLiteral("ta-0123456789ab")));
        model.setItem(row, 4, new QStandardItem(QStringLiteral("plugin-aws-cloud-service-inven-collector")));
        model.setItem(row, 5, new QStandardItem(QStringLiteral("2024-05-01 12:00:00")));
        model.setItem(row, 6, new QStandardItem(QStringLiteral("2024-05-01 12:03:10")));
        model.setItem(row, 7, new QStandardItem(QStringLiteral("3m 10s")));
        model.setItem(row, 8, new QStandardItem(QString()));
        model.setItem(row, 9, new QStandardItem(QStringLiteral("domain-0123456789ab")));
    }
    QTableView view;
    view.setModel(&model);
    view.setSortingEnabled(true);
    view.verticalHeader()->hide();
    // The app's own probe: the same moment is timed in both.
    (new PaintFlushProbe(view.viewport()))->listen([&model] {
        if (model.rowCount() == 0)
            return false;
        std::printf("first rows painted\n");
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        return true;
    });
    view.resize(1280, 760);
    view.show();
    return app.exec();
}
