// Due first (lowest retrievability first, capped), then new questions up to the daily limit;
// learning steps first of all; answers feed back; the same seed and clock give the same picks.
#include "SelectorFixture.h"

#include <catch2/catch.hpp>

#include <set>

using namespace certdrill;
using namespace certdrill::test;

namespace {
const core::Timestamp kNow = at("2026-03-10T18:00:00Z");

/// Question q-1.1-N reviewed `daysAgo` days ago with stability `stability`, due after `interval` days.
core::CardMemoryState studied(int n, int daysAgo, double stability, int interval)
{
    return {"test-bank", "q-1.1-" + std::to_string(n), reviewCard(kNow - std::chrono::days{daysAgo}, stability, interval)};
}
} // namespace

TEST_CASE("due questions come first, the lowest retrievability first, then new ones", "[selector]")
{
    const core::BankIndex index{makeBank({{1.0, {10}}}), 3};
    const std::vector<core::CardMemoryState> states{
        studied(0, 5, 4.0, 4),   // due yesterday
        studied(1, 20, 3.0, 3),  // long overdue: the lowest retrievability
        studied(2, 2, 9.0, 8),   // not due
        studied(3, 10, 10.0, 10) // due today
    };
    core::Selector selector{index, defaultScheduler(), states, settings(2), kNow};
    CHECK(selector.counts().overdue == 2);
    CHECK(selector.counts().due == 1);
    CHECK(selector.counts().notDue == 1);
    CHECK(selector.counts().unseen == 6);
    CHECK(selector.counts().newAllowed == 2);

    const auto picks = selector.plan(10);
    REQUIRE(picks.size() == 5); // 3 due + 2 new; nothing else without an exam date
    CHECK(ids(index, picks)[0] == "q-1.1-1");
    CHECK(ids(index, picks)[1] == "q-1.1-0");
    CHECK(ids(index, picks)[2] == "q-1.1-3");
    CHECK(picks[0].reason == core::PickReason::Overdue);
    CHECK(picks[0].daysOverdue == 17);
    CHECK(picks[2].reason == core::PickReason::Due);
    for (std::size_t i = 1; i < 3; ++i)
        CHECK(*picks[i - 1].retrievability <= *picks[i].retrievability);
    CHECK(picks[3].reason == core::PickReason::New);
    CHECK(picks[4].reason == core::PickReason::New);
    CHECK_FALSE(picks[3].retrievability);
}

TEST_CASE("new questions stop at the daily limit, counting those introduced earlier today", "[selector]")
{
    const core::BankIndex index{makeBank({{0.5, {10}}, {0.5, {10}}}), 3};
    for (const std::size_t introduced : {0U, 3U, 8U, 12U}) {
        auto s = settings(8);
        s.newIntroducedToday = introduced;
        core::Selector selector{index, defaultScheduler(), {}, s, kNow};
        const auto picks = selector.plan(100);
        INFO("introduced today: " << introduced);
        CHECK(picks.size() == (introduced >= 8 ? 0 : 8 - introduced));
        CHECK(selector.counts().newToday == introduced);
    }
    // Never more than the bank has.
    core::Selector all{index, defaultScheduler(), {}, settings(500), kNow};
    const auto picks = all.plan(1000);
    CHECK(picks.size() == 20);
    std::set<std::uint32_t> distinct;
    for (const auto& p : picks)
        distinct.insert(p.question);
    CHECK(distinct.size() == 20);
}

TEST_CASE("due reviews are capped per session, but relearning steps are not", "[selector]")
{
    const core::BankIndex index{makeBank({{1.0, {20}}}), 3};
    std::vector<core::CardMemoryState> states;
    for (int n = 0; n < 10; ++n)
        states.push_back(studied(n, 10 + n, 5.0, 5));
    auto relearning = studied(15, 0, 0.5, 0);
    relearning.memory.state = core::CardState::Relearning;
    relearning.memory.due = kNow - std::chrono::minutes{2};
    states.push_back(relearning);
    auto s = settings(1);
    s.dueCap = 3;
    core::Selector selector{index, defaultScheduler(), states, s, kNow};
    CHECK(selector.counts().learning == 1);
    const auto picks = selector.plan(100);
    REQUIRE(picks.size() == 5);
    CHECK(ids(index, picks)[0] == "q-1.1-15"); // the step first
    CHECK(picks[0].reason == core::PickReason::Learning);
    CHECK(picks[1].reason == core::PickReason::Overdue);
    CHECK(picks[3].reason == core::PickReason::Overdue);
    CHECK(picks[4].reason == core::PickReason::New);
}

TEST_CASE("a learning step that is not due yet waits, then goes before everything else", "[selector]")
{
    const core::BankIndex index{makeBank({{1.0, {5}}}), 3};
    auto learning = studied(0, 0, 2.3, 0);
    learning.memory.state = core::CardState::Learning;
    learning.memory.due = kNow + std::chrono::minutes{10};
    core::Selector selector{index, defaultScheduler(), std::vector{learning, studied(1, 6, 5.0, 5)}, settings(3), kNow};
    CHECK(selector.counts().notDue == 1);
    const auto first = selector.next(kNow);
    REQUIRE(first);
    CHECK(index.question(first->question).id == "q-1.1-1");
    const auto second = selector.next(kNow + std::chrono::minutes{11});
    REQUIRE(second);
    CHECK(index.question(second->question).id == "q-1.1-0");
    CHECK(second->reason == core::PickReason::Learning);
}

TEST_CASE("an answered question returns when its new memory says so", "[selector]")
{
    const core::BankIndex index{makeBank({{1.0, {3}}}), 3};
    const auto& scheduler = defaultScheduler();
    core::Selector selector{index, scheduler, {}, settings(1), kNow};
    const auto pick = selector.next(kNow);
    REQUIRE(pick);
    CHECK(pick->reason == core::PickReason::New);
    // Failed: the first learning step (1 minute) brings it back.
    const auto failed = scheduler.review(selector.memory(pick->question), kNow, core::Rating::Again).card;
    selector.record(pick->question, failed);
    CHECK_FALSE(selector.next(kNow)); // the daily limit is spent and the step not due yet
    REQUIRE(selector.nextDueAt());
    CHECK(*selector.nextDueAt() == failed.due);
    const auto again = selector.next(failed.due);
    REQUIRE(again);
    CHECK(again->question == pick->question);
    CHECK(again->reason == core::PickReason::Learning);
    // Easy graduates it: days away.
    selector.record(pick->question, scheduler.review(failed, failed.due, core::Rating::Easy).card);
    CHECK_FALSE(selector.next(failed.due + std::chrono::hours{1}));
}

TEST_CASE("a question answered elsewhere counts against the daily new limit", "[selector]")
{
    const core::BankIndex index{makeBank({{1.0, {10}}}), 3};
    core::Selector selector{index, defaultScheduler(), {}, settings(3), kNow};
    const auto answered = defaultScheduler().review({}, kNow, core::Rating::Good).card;
    selector.record(*index.find("q-1.1-4"), answered);
    const auto picks = selector.plan(10);
    CHECK(picks.size() == 2);
    for (const auto& p : picks)
        CHECK(index.question(p.question).id != "q-1.1-4");
}

TEST_CASE("states of other banks and of questions no longer in the bank are ignored", "[selector]")
{
    const core::BankIndex index{makeBank({{1.0, {2}}}), 3};
    const std::vector<core::CardMemoryState> states{
        {"other-bank", "q-1.1-0", reviewCard(kNow - std::chrono::days{9}, 3.0, 3)},
        {"test-bank", "gone", reviewCard(kNow - std::chrono::days{9}, 3.0, 3)}};
    core::Selector selector{index, defaultScheduler(), states, settings(5), kNow};
    CHECK(selector.counts().studied == 0);
    CHECK(selector.counts().unseen == 2);
}

TEST_CASE("the same bank, states, clock and seed give the same picks and another seed another order", "[selector]")
{
    const auto bank = makeBank({{0.4, {6, 6}}, {0.6, {5, 5, 5}}});
    std::vector<core::CardMemoryState> states;
    for (int n = 0; n < 6; ++n) // equal retrievability: the seed breaks the ties
        states.push_back({"test-bank", "q-1.1-" + std::to_string(n), reviewCard(kNow - std::chrono::days{8}, 4.0, 4)});
    const auto run = [&](std::uint64_t indexSeed, std::uint64_t seed) {
        const core::BankIndex index{bank, indexSeed};
        core::Selector selector{index, defaultScheduler(), states, settings(15, seed), kNow};
        return ids(index, selector.plan(40));
    };
    const auto first = run(11, 5);
    CHECK(first.size() == 21);
    CHECK(first == run(11, 5));
    CHECK(first != run(11, 6));  // other ties
    CHECK(first != run(12, 5));  // other new questions
}
