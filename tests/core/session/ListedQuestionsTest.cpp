#include "SessionFixture.h"
#include "core/session/SessionPlanner.h"

#include <catch2/catch.hpp>

using namespace certdrill::core;
using certdrill::test::miniBank;

TEST_CASE("a drill of listed questions asks exactly those, in the order given", "[session][selection]")
{
    const auto bank = miniBank();
    SessionRequest r;
    r.mode = StudyMode::Drill;
    r.seed = 3;
    r.questions = {"m-0005", "m-0002", "gone-from-the-bank", "m-0005"};
    const auto plan = planSession(*bank, r);
    REQUIRE(plan);
    CHECK(plan->questions == std::vector<std::string>{"m-0005", "m-0002"});
    CHECK(plan->layout.count("m-0005") == 1);
    CHECK(plan->layout.count("m-0002") == 1);
    CHECK_FALSE(plan->settings.timeLimitMs);

    r.mode = StudyMode::Study;
    r.count = 1;
    CHECK(planSession(*bank, r)->questions == std::vector<std::string>{"m-0005"});
}

TEST_CASE("a list of questions none of which the bank still has is an empty session", "[session][selection]")
{
    const auto bank = miniBank();
    SessionRequest r;
    r.mode = StudyMode::Drill;
    r.questions = {"gone-1", "gone-2"};
    CHECK(planSession(*bank, r).error().code == "empty-session");
}
