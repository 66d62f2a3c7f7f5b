// SPDX-License-Identifier: MIT
#include "deleteracescenario.h"

#include <QRandomGenerator>

#include <cstdio>

#include <gtest/gtest.h>

// 200 rounds of the race between polls and a delete, through the view; sjm_delete_race plays
// 10,000 outside the suite. A failure names the seed, which replays it:
// SJM_RACE_SEED=<seed> ctest -R DeleteRace.
TEST(DeleteRace, TwoHundredRoundsThroughTheView)
{
    const quint32 seed = qEnvironmentVariableIsSet("SJM_RACE_SEED")
        ? quint32(qEnvironmentVariableIntValue("SJM_RACE_SEED"))
        : QRandomGenerator::system()->generate();
    std::printf("delete race seed: %u\n", seed);
    RecordProperty("seed", std::to_string(seed));
    DeleteRaceScenario scenario(seed);
    QString error;
    ASSERT_TRUE(scenario.start(&error)) << error.toStdString();
    constexpr int kRounds = 200;
    for (int round = 0; round < kRounds; ++round) {
        QString failure;
        ASSERT_TRUE(scenario.playRound(round, &failure)) << failure.toStdString() << " (seed " << seed << ")";
    }
    EXPECT_GT(scenario.deletesSent(), kRounds / 2);
}
