// SPDX-License-Identifier: MIT
// sjm_delete_race [--rounds N] [--seed S]: the delete race of the test suite, for as many rounds
// as asked (10,000 by default), outside CTest. Prints its seed first, so a failure can be replayed.
#include "deleteracescenario.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    int rounds = 10000;
    quint32 seed = QRandomGenerator::system()->generate();
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--rounds"))
            rounds = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toUInt();
    }
    std::printf("delete race: %d rounds, seed %u\n", rounds, seed);
    std::fflush(stdout);
    DeleteRaceScenario scenario(seed);
    QString error;
    if (!scenario.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < rounds; ++round) {
        QString failure;
        if (!scenario.playRound(round, &failure)) {
            std::fprintf(stderr, "FAILED: %s (seed %u)\n", qPrintable(failure), seed);
            return 1;
        }
        if ((round + 1) % 1000 == 0) {
            std::printf("%d rounds, %d deletes, %.0f s\n", round + 1, scenario.deletesSent(), clock.elapsed() / 1000.0);
            std::fflush(stdout);
        }
    }
    std::printf("passed: %d rounds, %d deletes checked, seed %u, %.0f s\n", rounds, scenario.deletesSent(), seed,
                clock.elapsed() / 1000.0);
    return 0;
}
