#include "app/practice/PracticeOptions.h"

#include <catch2/catch.hpp>

#include <QVariantList>

using namespace certdrill;

TEST_CASE("practice options become a session request with a drill filter")
{
    const QVariantMap filter{{"domains", QVariantList{"1.0"}},
                             {"objectives", QVariantList{"2.1", "2.2"}},
                             {"tags", QVariantList{"ports"}},
                             {"difficulties", QVariantList{1, 3}},
                             {"missedBefore", true},
                             {"neverSeen", false},
                             {"lowestRetrievability", true}};
    const auto request = app::practiceRequest(core::StudyMode::Drill, {{"count", 12}, {"filter", filter}}, 7);
    REQUIRE(request);
    CHECK(request->mode == core::StudyMode::Drill);
    CHECK(request->seed == 7);
    CHECK(request->count == 12);
    CHECK_FALSE(request->minutes);
    CHECK(request->filter.domains == std::vector<std::string>{"1.0"});
    CHECK(request->filter.objectives == std::vector<std::string>{"2.1", "2.2"});
    CHECK(request->filter.tags == std::vector<std::string>{"ports"});
    CHECK(request->filter.difficulties == std::vector<int>{1, 3});
    CHECK(request->filter.missedBefore);
    CHECK_FALSE(request->filter.flagged);
    CHECK_FALSE(request->filter.neverSeen);
    CHECK(request->filter.lowestRetrievability);
}

TEST_CASE("without options a session takes the mode's defaults, and a quiz may set its minutes")
{
    const auto plain = app::practiceRequest(core::StudyMode::Study, {}, 1);
    REQUIRE(plain);
    CHECK(plain->count == 0);
    CHECK(plain->filter == core::DrillFilter{});
    const auto quiz = app::practiceRequest(core::StudyMode::Quiz, {{"minutes", 3}, {"count", -4}}, 1);
    REQUIRE(quiz);
    CHECK(quiz->minutes == 3);
    CHECK(quiz->count == 0);
}
