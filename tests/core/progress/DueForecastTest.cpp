#include "core/common/Time.h"
#include "core/progress/DueForecast.h"

#include <catch2/catch.hpp>

using namespace certdrill;

namespace {
core::CardMemoryState card(const char* due, core::CardState state = core::CardState::Review)
{
    core::CardMemoryState c{"bank", "q", {}};
    c.memory.state = state;
    c.memory.due = core::parseIso8601(due).value();
    return c;
}
} // namespace

TEST_CASE("the due forecast counts studied questions per day, overdue ones today", "[progress]")
{
    const auto rule = *core::DayRule::rollover(std::chrono::hours{4});
    const auto now = core::parseIso8601("2026-11-23T09:00:00Z").value();
    const std::vector<core::CardMemoryState> states{
        card("2026-11-20T10:00:00Z"),                         // overdue: today
        card("2026-11-23T20:00:00Z"),                         // later today
        card("2026-11-24T03:59:00Z"),                         // before the 4 am rollover: still today
        card("2026-11-24T04:00:00Z"),                         // tomorrow
        card("2026-11-25T12:00:00Z", core::CardState::Learning),
        card("2026-11-26T12:00:00Z"),                         // beyond three days
        card("2026-11-24T12:00:00Z", core::CardState::New),   // never studied: not a review
    };
    const auto counts = core::dueForecast(states, rule, now, 3);
    REQUIRE(counts.size() == 3);
    CHECK(counts[0] == 3);
    CHECK(counts[1] == 1);
    CHECK(counts[2] == 1);
    CHECK(core::dueForecast(states, rule, now, 0).empty());
}

TEST_CASE("days until the exam count from today's study day", "[progress]")
{
    const auto rule = *core::DayRule::rollover(std::chrono::hours{4});
    const auto exam = core::parseDate("2026-12-01").value();
    CHECK(core::daysUntil(exam, rule, core::parseIso8601("2026-11-23T09:00:00Z").value()) == 8);
    CHECK(core::daysUntil(exam, rule, core::parseIso8601("2026-12-01T05:00:00Z").value()) == 0);
    CHECK(core::daysUntil(exam, rule, core::parseIso8601("2026-12-01T03:00:00Z").value()) == 1); // still Nov 30
    CHECK(core::daysUntil(exam, rule, core::parseIso8601("2026-12-03T09:00:00Z").value()) == -2);
}
