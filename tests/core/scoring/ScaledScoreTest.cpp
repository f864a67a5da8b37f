#include "core/scoring/ScaledScore.h"

#include <catch2/catch.hpp>

using namespace certdrill::core;

namespace {
ExamSpec spec(int passing, int lowest, int highest, std::optional<double> fraction = std::nullopt)
{
    ExamSpec e;
    e.passingScore = passing;
    e.scaleMin = lowest;
    e.scaleMax = highest;
    e.passingFraction = fraction;
    return e;
}
} // namespace

TEST_CASE("by default the scale is one straight line through the passing score", "[scoring][scaled]")
{
    const auto secPlus = spec(750, 100, 900); // passing at (750 - 100) / 800 = 0.8125
    CHECK(passingFraction(secPlus) == Approx(0.8125));
    CHECK(scaleScore(secPlus, 0.0).value == 100);
    CHECK(scaleScore(secPlus, 1.0).value == 900);
    CHECK(scaleScore(secPlus, 0.5).value == 500);
    CHECK(scaleScore(secPlus, 0.8125).value == 750);
    CHECK(scaleScore(secPlus, 0.8125).passed);
    CHECK_FALSE(scaleScore(secPlus, 0.8).passed);
    CHECK(scaleScore(secPlus, 0.8).value == 740);
    CHECK(scaleScore(secPlus, 1.5).value == 900); // clamped
}

TEST_CASE("a bank's passing fraction bends the line at the passing score", "[scoring][scaled]")
{
    const auto ccna = spec(825, 300, 1000, 0.70);
    CHECK(scaleScore(ccna, 0.70).value == 825);
    CHECK(scaleScore(ccna, 0.35).value == 563); // halfway from 300 to 825 (562.5, rounded)
    CHECK(scaleScore(ccna, 0.85).value == 913); // halfway from 825 to 1000 (912.5, rounded)
    CHECK(scaleScore(ccna, 0.0).value == 300);
    CHECK(scaleScore(ccna, 1.0).value == 1000);
}

TEST_CASE("a fail never rounds up to the passing score, and a pass never below it", "[scoring][scaled]")
{
    const auto e = spec(700, 100, 900); // p = 0.75
    const auto justBelow = scaleScore(e, 0.75 - 1e-4);
    CHECK_FALSE(justBelow.passed);
    CHECK(justBelow.value == 699);
    const auto exact = scaleScore(e, 75.0 / 100.0); // 75 of 100: exactly on the line
    CHECK(exact.passed);
    CHECK(exact.value == 700);
    for (int raw = 0; raw <= 90; ++raw) {
        const auto s = scaleScore(e, raw / 90.0);
        CHECK(s.passed == (s.value >= 700));
        CHECK(s.passed == (raw / 90.0 >= 0.75));
    }
}
