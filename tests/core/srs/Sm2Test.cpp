#include "core/common/Time.h"
#include "core/srs/Scheduler.h"
#include "core/srs/Sm2.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace certdrill::core;

namespace {
Timestamp day(int n)
{
    return parseIso8601("2026-01-01T09:00:00Z").value() + std::chrono::days{n};
}
} // namespace

TEST_CASE("SM-2 schedules 1, 6, then the previous interval times the E-factor, rounded up", "[srs][sm2]")
{
    const Sm2 sm2;
    auto card = sm2.review(MemoryState{}, day(0), Rating::Good).card;
    CHECK(card.scheduledDays == 1);
    CHECK(card.ease == 2.5); // quality 4 leaves the E-factor unchanged
    CHECK(card.state == CardState::Review);
    card = sm2.review(card, day(1), Rating::Good).card;
    CHECK(card.scheduledDays == 6);
    card = sm2.review(card, day(7), Rating::Good).card;
    CHECK(card.scheduledDays == 15); // ceil(6 * 2.5)
    card = sm2.review(card, day(22), Rating::Good).card;
    CHECK(card.scheduledDays == 38); // ceil(15 * 2.5)
    CHECK(card.due == day(22) + std::chrono::days{38});
    CHECK(card.streak == 4);
    CHECK(card.reps == 4);
}

TEST_CASE("SM-2 moves the E-factor by quality: +0.10 for Easy, -0.14 for Hard, -0.32 for Again, floor 1.3",
          "[srs][sm2]")
{
    const Sm2 sm2;
    CHECK(sm2.review(MemoryState{}, day(0), Rating::Easy).card.ease == Approx(2.6));
    CHECK(sm2.review(MemoryState{}, day(0), Rating::Hard).card.ease == Approx(2.36));
    CHECK(sm2.review(MemoryState{}, day(0), Rating::Again).card.ease == Approx(2.18));
    MemoryState card;
    for (int i = 0; i < 10; ++i)
        card = sm2.review(card, day(i), Rating::Again).card;
    CHECK(card.ease == 1.3);
    CHECK(Sm2::quality(Rating::Again) == 2);
    CHECK(Sm2::quality(Rating::Easy) == 5);
}

TEST_CASE("an SM-2 failure restarts the repetitions and counts a lapse", "[srs][sm2]")
{
    const Sm2 sm2;
    auto card = sm2.review(MemoryState{}, day(0), Rating::Good).card;
    card = sm2.review(card, day(1), Rating::Good).card;
    card = sm2.review(card, day(7), Rating::Good).card;
    REQUIRE(card.scheduledDays == 15);
    const auto failed = sm2.review(card, day(22), Rating::Again);
    CHECK(failed.card.scheduledDays == 1);
    CHECK(failed.card.streak == 0);
    CHECK(failed.card.state == CardState::Relearning);
    CHECK(failed.card.lapses == 1);
    CHECK(failed.retrievability == Approx(0.9)); // reviewed exactly when due
    auto again = sm2.review(failed.card, day(23), Rating::Good).card;
    CHECK(again.scheduledDays == 1);
    again = sm2.review(again, day(24), Rating::Good).card;
    CHECK(again.scheduledDays == 6);
    CHECK(sm2.review(MemoryState{}, day(0), Rating::Again).card.state == CardState::Learning);
}

TEST_CASE("SM-2 intervals stop at the maximum interval", "[srs][sm2]")
{
    Sm2Parameters p;
    p.maximumInterval = 30;
    const Sm2 sm2{p};
    MemoryState card;
    for (int i = 0; i < 8; ++i)
        card = sm2.review(card, day(i * 40), Rating::Easy).card;
    CHECK(card.scheduledDays == 30);
}

TEST_CASE("a scheduler can be FSRS or SM-2 behind one interface", "[srs][sm2]")
{
    const Scheduler fsrs{Fsrs{FsrsParameters{}}};
    const Scheduler sm2{Sm2{}};
    CHECK(fsrs.kind() == SchedulerKind::Fsrs);
    CHECK(sm2.kind() == SchedulerKind::Sm2);
    CHECK(fsrs.fsrs() != nullptr);
    CHECK(fsrs.sm2() == nullptr);
    CHECK(sm2.sm2() != nullptr);
    const auto a = fsrs.review(MemoryState{}, day(0), Rating::Good).card;
    const auto b = sm2.review(MemoryState{}, day(0), Rating::Good).card;
    CHECK(a.state == CardState::Learning); // FSRS learning step
    CHECK(b.state == CardState::Review);
    CHECK(sm2.retrievability(b, day(1)) == Approx(0.9));
    CHECK(sm2.retrievability(b, day(0)) == 1.0);
}
