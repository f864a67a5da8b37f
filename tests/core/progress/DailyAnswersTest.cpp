#include "core/progress/DailyAnswers.h"

#include <catch2/catch.hpp>

using certdrill::core::DailyAnswers;
using certdrill::core::everyDay;
using certdrill::core::studyStreak;

TEST_CASE("a streak counts the days in a row that end today", "[progress]")
{
    const std::vector<DailyAnswers> days{{100, 3, 2}, {98, 1, 1}, {99, 5, 0}, {96, 2, 2}};
    CHECK(studyStreak(days, 100) == 3);
    CHECK(studyStreak(days, 97) == 1); // 96 only
}

TEST_CASE("a streak survives until the day is over", "[progress]")
{
    const std::vector<DailyAnswers> days{{99, 1, 1}, {98, 1, 1}};
    CHECK(studyStreak(days, 100) == 2); // nothing yet today
    CHECK(studyStreak(days, 101) == 0); // yesterday missed
}

TEST_CASE("days without answers do not count for a streak", "[progress]")
{
    const std::vector<DailyAnswers> days{{100, 0, 0}, {99, 2, 1}};
    CHECK(studyStreak(days, 100) == 1);
    CHECK(studyStreak({}, 100) == 0);
}

TEST_CASE("every day of a range is listed, with zeros where nothing was answered", "[progress]")
{
    const std::vector<DailyAnswers> days{{12, 4, 3}, {10, 2, 1}, {40, 9, 9}};
    const auto series = everyDay(days, 10, 13);
    REQUIRE(series.size() == 4);
    CHECK(series[0] == DailyAnswers{10, 2, 1});
    CHECK(series[1] == DailyAnswers{11, 0, 0});
    CHECK(series[2] == DailyAnswers{12, 4, 3});
    CHECK(series[3] == DailyAnswers{13, 0, 0});
    CHECK(series[0].accuracy().value() == Approx(0.5));
    CHECK_FALSE(series[1].accuracy());
}
