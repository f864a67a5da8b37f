#include "core/common/Time.h"
#include "core/srs/DayRule.h"
#include "core/srs/Fsrs.h"

#include <catch2/catch.hpp>

using namespace certdrill::core;
using namespace std::chrono_literals;

namespace {
Timestamp at(const char* iso)
{
    return parseIso8601(iso).value();
}
} // namespace

TEST_CASE("the reference day rule counts the difference of UTC calendar dates", "[srs][day]")
{
    const auto rule = DayRule::utcCalendar();
    CHECK(rule.elapsedDays(at("2026-01-01T23:59:00Z"), at("2026-01-02T00:01:00Z")) == 1);
    CHECK(rule.elapsedDays(at("2026-01-01T00:00:00Z"), at("2026-01-01T23:59:59.999Z")) == 0);
    CHECK(rule.elapsedDays(at("2026-01-01T09:00:00Z"), at("2026-03-01T08:00:00Z")) == 59);
    CHECK(rule.elapsedDays(at("2026-01-02T01:00:00Z"), at("2026-01-01T23:00:00Z")) == -1);
    // Local offsets in the input do not matter: only the UTC date does.
    CHECK(rule.elapsedDays(at("2026-01-01T22:00:00-05:00"), at("2026-01-02T20:00:00+09:00")) == 0);
}

TEST_CASE("the app day rule starts days at the rollover hour in the user's offset", "[srs][day]")
{
    const auto rule = DayRule::rollover(4h, 0min).value();
    CHECK(rule.elapsedDays(at("2026-01-01T03:59:00Z"), at("2026-01-01T04:00:00Z")) == 1);
    CHECK(rule.elapsedDays(at("2026-01-01T04:00:00Z"), at("2026-01-02T03:59:59Z")) == 0);
    CHECK(rule.elapsedDays(at("2026-01-01T23:00:00Z"), at("2026-01-02T01:00:00Z")) == 0);

    const auto paris = DayRule::rollover(4h, 120min).value(); // 4 am at +02:00 is 02:00Z
    CHECK(paris.elapsedDays(at("2026-06-01T01:59:00Z"), at("2026-06-01T02:00:00Z")) == 1);
    CHECK(paris.elapsedDays(at("2026-06-01T02:00:00Z"), at("2026-06-02T01:59:00Z")) == 0);

    const auto newYork = DayRule::rollover(4h, -300min).value(); // 4 am at -05:00 is 09:00Z
    CHECK(newYork.elapsedDays(at("2026-01-01T08:59:00Z"), at("2026-01-01T09:00:00Z")) == 1);
    CHECK(newYork.rolloverHour() == 4h);
    CHECK(newYork.utcOffset() == -300min);
}

TEST_CASE("a rollover hour or offset out of range is refused", "[srs][day]")
{
    CHECK_FALSE(DayRule::rollover(24h, 0min));
    CHECK_FALSE(DayRule::rollover(-1h, 0min));
    CHECK_FALSE(DayRule::rollover(4h, 15h));
    CHECK_FALSE(DayRule::rollover(4h, -13h));
    CHECK(DayRule::rollover(0h, 14h));
    CHECK(DayRule::rollover(23h, -12h));
}

TEST_CASE("a late-evening review and an early-morning one are the same day for the app, not for the reference",
          "[srs][day]")
{
    const auto evening = at("2026-01-01T23:30:00Z");
    const auto morning = at("2026-01-02T01:30:00Z");
    const Fsrs reference{FsrsParameters{}, DayRule::utcCalendar()};
    const Fsrs app{FsrsParameters{}, DayRule::rollover(4h, 0min).value()};
    for (const Fsrs* fsrs : {&reference, &app}) {
        auto card = fsrs->review(MemoryState{}, evening - 2h, Rating::Good).card;
        card = fsrs->review(card, evening, Rating::Good).card;
        REQUIRE(card.state == CardState::Review);
        const auto next = fsrs->review(card, morning, Rating::Good);
        CHECK(next.elapsedDays == (fsrs == &reference ? 1 : 0));
    }
}
