// Properties of the FSRS-6 model and of the scheduler's learning steps, over loops of ratings,
// stabilities, difficulties and intervals.
#include "core/common/Time.h"
#include "core/srs/Fsrs.h"

#include <catch2/catch.hpp>

#include <array>
#include <set>

using namespace certdrill::core;
using namespace std::chrono_literals;

namespace {

constexpr std::array kRatings{Rating::Again, Rating::Hard, Rating::Good, Rating::Easy};
constexpr std::array kStabilities{0.01, 0.1, 0.5, 1.0, 2.3, 7.0, 30.0, 180.0, 1000.0, 20000.0};
constexpr std::array kDifficulties{1.0, 2.5, 5.0, 7.5, 10.0};

Timestamp start()
{
    return parseIso8601("2026-01-01T09:00:00Z").value();
}

FsrsParameters longTerm()
{
    FsrsParameters p;
    p.enableShortTerm = false;
    return p;
}

} // namespace

TEST_CASE("stability grows after every successful recall, more for Good than Hard and for Easy than Good",
          "[srs][fsrs][property]")
{
    const Fsrs fsrs{longTerm()};
    for (const double s : kStabilities) {
        for (const double d : kDifficulties) {
            for (const std::int32_t t : {1, 3, 10, 100, 1000}) {
                const double r = fsrs.forgettingCurve(t, s);
                const double hard = fsrs.nextStability(d, s, t, r, Rating::Hard);
                const double good = fsrs.nextStability(d, s, t, r, Rating::Good);
                const double easy = fsrs.nextStability(d, s, t, r, Rating::Easy);
                INFO("S " << s << ", D " << d << ", t " << t);
                CHECK(hard >= s);
                CHECK(good > s);
                CHECK(good >= hard);
                CHECK(easy >= good);
            }
        }
    }
}

TEST_CASE("a lapse never raises stability", "[srs][fsrs][property]")
{
    for (const bool shortTerm : {true, false}) {
        FsrsParameters p;
        p.enableShortTerm = shortTerm;
        const Fsrs fsrs{p};
        for (const double s : kStabilities)
            for (const double d : kDifficulties)
                for (const std::int32_t t : {1, 5, 50, 500}) {
                    INFO("S " << s << ", D " << d << ", t " << t);
                    CHECK(fsrs.nextStability(d, s, t, fsrs.forgettingCurve(t, s), Rating::Again) <= s);
                }
    }
}

TEST_CASE("retrievability starts at 1, falls with time, and is 90% after S days", "[srs][fsrs][property]")
{
    const Fsrs fsrs{FsrsParameters{}};
    for (const double s : kStabilities) {
        CHECK(fsrs.forgettingCurve(0, s) == 1.0);
        double previous = 1.0;
        for (int t = 1; t < 2000; t += 7) {
            const double r = fsrs.forgettingCurve(t, s);
            CHECK(r <= previous);
            CHECK(r > 0.0);
            previous = r;
        }
        CHECK(fsrs.forgettingCurve(s, s) == Approx(0.9).margin(1e-6));
    }
}

TEST_CASE("intervals are longer for a lower desired retention and stay between 1 day and the maximum",
          "[srs][fsrs][property]")
{
    std::vector<Fsrs> byRetention;
    for (const double retention : {0.7, 0.8, 0.85, 0.9, 0.95, 0.99}) {
        FsrsParameters p;
        p.desiredRetention = retention;
        p.maximumInterval = 3650;
        byRetention.emplace_back(p);
    }
    for (const double s : kStabilities) {
        for (std::size_t i = 1; i < byRetention.size(); ++i) {
            INFO("S " << s << ", retention #" << i);
            CHECK(byRetention[i].nextInterval(s, 0, 0.0) <= byRetention[i - 1].nextInterval(s, 0, 0.0));
        }
        for (const auto& fsrs : byRetention) {
            CHECK(fsrs.nextInterval(s, 0, 0.0) >= 1);
            CHECK(fsrs.nextInterval(s, 0, 0.0) <= 3650);
        }
    }
    CHECK(byRetention.front().intervalModifier() > 1.0);
    CHECK(byRetention[3].intervalModifier() == Approx(1.0).margin(1e-6)); // 90% retention: interval = S
}

TEST_CASE("difficulty stays between 1 and 10, Again raises it and Easy lowers it", "[srs][fsrs][property]")
{
    const Fsrs fsrs{FsrsParameters{}};
    for (const double d : kDifficulties) {
        for (const auto g : kRatings) {
            const double next = fsrs.nextDifficulty(d, g);
            CHECK(next >= 1.0);
            CHECK(next <= 10.0);
        }
        if (d < 10.0)
            CHECK(fsrs.nextDifficulty(d, Rating::Again) > d);
        if (d > 2.0)
            CHECK(fsrs.nextDifficulty(d, Rating::Easy) < d);
    }
    for (const auto g : kRatings) {
        const auto w = FsrsParameters::kDefaultWeights[static_cast<std::size_t>(g) - 1];
        CHECK(fsrs.initialStability(g) == std::max(w, 0.1));
    }
}

TEST_CASE("a same-day Hard or better never lowers stability, a same-day Again may", "[srs][fsrs][property]")
{
    const Fsrs fsrs{FsrsParameters{}};
    for (const double s : kStabilities) {
        CHECK(fsrs.shortTermStability(s, Rating::Hard) >= s);
        CHECK(fsrs.shortTermStability(s, Rating::Good) >= s);
        CHECK(fsrs.shortTermStability(s, Rating::Easy) >= fsrs.shortTermStability(s, Rating::Good));
    }
    CHECK(fsrs.shortTermStability(10.0, Rating::Again) < 10.0);
}

TEST_CASE("a new card walks the default learning steps 1m and 10m, then graduates", "[srs][fsrs][steps]")
{
    const Fsrs fsrs{FsrsParameters{}};
    const auto t0 = start();
    auto again = fsrs.review(MemoryState{}, t0, Rating::Again).card;
    CHECK(again.state == CardState::Learning);
    CHECK(again.due == t0 + 1min);
    CHECK(again.scheduledDays == 0);

    const auto hard = fsrs.review(MemoryState{}, t0, Rating::Hard).card;
    CHECK(hard.due == t0 + 6min); // round((1 + 10) / 2)
    CHECK(hard.learningStep == 0);

    auto good = fsrs.review(MemoryState{}, t0, Rating::Good);
    CHECK_FALSE(good.retrievability);
    CHECK(good.card.state == CardState::Learning);
    CHECK(good.card.due == t0 + 10min);
    CHECK(good.card.learningStep == 1);

    const auto graduated = fsrs.review(good.card, t0 + 10min, Rating::Good).card;
    CHECK(graduated.state == CardState::Review);
    CHECK(graduated.scheduledDays >= 1);
    CHECK(graduated.due == t0 + 10min + std::chrono::days{graduated.scheduledDays});
    CHECK(graduated.reps == 2);

    const auto easy = fsrs.review(MemoryState{}, t0, Rating::Easy).card;
    CHECK(easy.state == CardState::Review);
    CHECK(easy.scheduledDays >= 1);
}

TEST_CASE("a lapse sends a review card to relearning for 10 minutes and counts it", "[srs][fsrs][steps]")
{
    const Fsrs fsrs{FsrsParameters{}};
    const auto t0 = start();
    auto card = fsrs.review(MemoryState{}, t0, Rating::Easy).card;
    REQUIRE(card.state == CardState::Review);
    const auto later = t0 + std::chrono::days{card.scheduledDays};
    const auto lapse = fsrs.review(card, later, Rating::Again);
    CHECK(lapse.card.state == CardState::Relearning);
    CHECK(lapse.card.due == later + 10min);
    CHECK(lapse.card.lapses == 1);
    REQUIRE(lapse.retrievability);
    CHECK(*lapse.retrievability < 1.0);
    const auto back = fsrs.review(lapse.card, later + 10min, Rating::Good).card;
    CHECK(back.state == CardState::Review);
    CHECK(back.lapses == 1);
}

TEST_CASE("without short-term scheduling every answer schedules whole days, again < hard < good < easy",
          "[srs][fsrs][steps]")
{
    const Fsrs fsrs{longTerm()};
    const auto t0 = start();
    std::int32_t previous = 0;
    for (const auto g : kRatings) {
        const auto card = fsrs.review(MemoryState{}, t0, g).card;
        CHECK(card.state == CardState::Review);
        CHECK(card.scheduledDays > previous);
        previous = card.scheduledDays;
    }
}

TEST_CASE("fuzz spreads intervals within the reference's range, reproducibly for a seed", "[srs][fsrs][fuzz]")
{
    FsrsParameters p = longTerm();
    const Fsrs plain{p};
    p.enableFuzz = true;
    std::set<std::int32_t> seen;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        p.fuzzSeed = seed;
        const Fsrs fuzzy{p};
        auto card = fuzzy.review(MemoryState{}, start(), Rating::Easy).card;
        const auto now = start() + std::chrono::days{30};
        const auto a = fuzzy.review(card, now, Rating::Good).card;
        const auto b = fuzzy.review(card, now, Rating::Good).card;
        CHECK(a.scheduledDays == b.scheduledDays); // same seed, same review: same interval
        const auto unfuzzed = plain.nextInterval(a.stability, 30, 0.0);
        const auto range = Fsrs::fuzzRange(unfuzzed, 30, p.maximumInterval);
        CHECK(a.scheduledDays >= range.minInterval);
        CHECK(a.scheduledDays <= range.maxInterval);
        seen.insert(a.scheduledDays);
    }
    CHECK(seen.size() > 3);
    // Intervals under 2.5 days are never fuzzed.
    p.fuzzSeed = 7;
    CHECK(Fsrs{p}.nextInterval(1.5, 0, 0.99) == plain.nextInterval(1.5, 0, 0.0));
}

TEST_CASE("retrievability of a card uses whole elapsed days under the day rule", "[srs][fsrs]")
{
    const Fsrs fsrs{FsrsParameters{}};
    CHECK(fsrs.retrievability(MemoryState{}, start()) == 0.0);
    const auto card = fsrs.review(MemoryState{}, start(), Rating::Easy).card;
    CHECK(fsrs.retrievability(card, start() + 1h) == 1.0);
    CHECK(fsrs.retrievability(card, start() + std::chrono::days{3}) == fsrs.forgettingCurve(3, card.stability));
    const auto after = [&](int days) { return fsrs.retrievability(card, start() + std::chrono::days{days}); };
    CHECK(after(30) < after(3));
}
