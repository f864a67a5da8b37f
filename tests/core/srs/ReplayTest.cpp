#include "core/common/Time.h"
#include "core/srs/Replay.h"
#include "core/srs/Scheduler.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

using namespace certdrill::core;
using namespace std::chrono_literals;

namespace {

Timestamp t0()
{
    return parseIso8601("2026-01-01T09:00:00Z").value();
}

std::vector<ReviewEvent> sampleLog()
{
    return {{t0(), Rating::Good},
            {t0() + 10min, Rating::Good},
            {t0() + std::chrono::days{3}, Rating::Hard},
            {t0() + std::chrono::days{9}, Rating::Again},
            {t0() + std::chrono::days{9} + 10min, Rating::Good},
            {t0() + std::chrono::days{12}, Rating::Easy}};
}

bool sameState(const MemoryState& a, const MemoryState& b)
{
    return a.state == b.state && a.stability == b.stability && a.difficulty == b.difficulty && a.due == b.due
           && a.lastReview == b.lastReview && a.scheduledDays == b.scheduledDays && a.reps == b.reps
           && a.lapses == b.lapses && a.learningStep == b.learningStep;
}

} // namespace

TEST_CASE("a card's memory is the fold of its review log", "[srs][replay]")
{
    const Fsrs fsrs{FsrsParameters{}};
    const auto log = sampleLog();
    MemoryState byHand;
    for (const auto& r : log)
        byHand = fsrs.review(byHand, r.at, r.rating).card;
    const auto folded = replay(fsrs, std::span<const ReviewEvent>{log});
    CHECK(sameState(folded, byHand));
    CHECK(folded.reps == 6);
    CHECK(folded.lapses == 1);

    std::vector<std::size_t> visited;
    const auto traced = replayEach(fsrs, std::span<const ReviewEvent>{log},
                                   [&visited](std::size_t i, const ReviewOutcome& o) {
                                       visited.push_back(i);
                                       CHECK(o.card.reps == static_cast<std::int32_t>(i) + 1);
                                       CHECK(o.retrievability.has_value() == (i > 0));
                                   });
    CHECK(sameState(traced, folded));
    CHECK(visited == std::vector<std::size_t>{0, 1, 2, 3, 4, 5});
}

TEST_CASE("an empty log is a new card", "[srs][replay]")
{
    const Fsrs fsrs{FsrsParameters{}};
    const auto card = replay(fsrs, std::span<const ReviewEvent>{});
    CHECK(card.state == CardState::New);
    CHECK(card.reps == 0);
}

TEST_CASE("a log out of time order is found", "[srs][replay]")
{
    auto log = sampleLog();
    CHECK_FALSE(firstOutOfOrder(log));
    std::swap(log[2], log[3]);
    CHECK(firstOutOfOrder(log) == 3U);
    const std::vector<ReviewEvent> sameTime{{t0(), Rating::Good}, {t0(), Rating::Again}};
    CHECK_FALSE(firstOutOfOrder(sameTime));
}

TEST_CASE("rebuilding a profile gives one state per card, in order, from each card's log", "[srs][replay]")
{
    const Scheduler scheduler{Fsrs{FsrsParameters{}}};
    auto shuffled = sampleLog();
    std::reverse(shuffled.begin(), shuffled.end());
    const std::vector<CardLog> logs{
        {"q-1", sampleLog()}, {"q-2", {}}, {"q-3", {sampleLog().front()}}, {"q-4", shuffled}};
    const auto states = rebuildStates(scheduler, logs);
    REQUIRE(states.size() == 4);
    CHECK(states[0].cardId == "q-1");
    CHECK(sameState(states[0].state, replay(scheduler, std::span<const ReviewEvent>{logs[0].reviews})));
    CHECK(states[1].state.state == CardState::New);
    CHECK(states[2].state.reps == 1);
    CHECK(sameState(states[3].state, states[0].state)); // replayed in time order
}

TEST_CASE("rebuilding after a parameter change or with SM-2 gives different schedules", "[srs][replay]")
{
    const std::vector<CardLog> logs{{"q-1", sampleLog()}};
    FsrsParameters relaxed;
    relaxed.desiredRetention = 0.8;
    const auto base = rebuildStates(Scheduler{Fsrs{FsrsParameters{}}}, logs);
    const auto longer = rebuildStates(Scheduler{Fsrs{relaxed}}, logs);
    const auto sm2 = rebuildStates(Scheduler{Sm2{}}, logs);
    CHECK(longer[0].state.stability == base[0].state.stability); // memory does not depend on retention
    CHECK(longer[0].state.scheduledDays > base[0].state.scheduledDays);
    CHECK(sm2[0].state.ease > 0.0);
    CHECK(sm2[0].state.reps == 6);
}
