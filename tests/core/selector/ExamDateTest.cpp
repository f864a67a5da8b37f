// With an exam date: no studied question's next review falls after the exam (reviews are pulled
// forward to the exam eve), and the selector favours what raises the expected exam score most per
// minute.
#include "SelectorFixture.h"

#include "core/common/Random.h"
#include "core/selector/ExamForecast.h"

#include <catch2/catch.hpp>

using namespace certdrill;
using namespace certdrill::test;
using namespace std::chrono_literals;

namespace {
const core::Timestamp kNow = at("2026-03-10T18:00:00Z");
const std::chrono::sys_days kExam{std::chrono::year{2026} / 3 / 25};

core::SelectorSettings examSettings(std::size_t dailyNewLimit, std::optional<std::chrono::sys_days> exam = kExam)
{
    auto s = settings(dailyNewLimit);
    s.examDate = exam;
    s.dueCap = 100000;
    return s;
}

/// 150 studied questions with random stabilities, last reviews and intervals (some far past the exam).
std::vector<core::CardMemoryState> randomStudied(std::uint64_t seed)
{
    core::Random random{seed};
    std::vector<core::CardMemoryState> states;
    for (int n = 0; n < 150; ++n) {
        const auto daysAgo = static_cast<int>(random.below(30));
        const auto interval = 1 + static_cast<int>(random.below(120));
        states.push_back({"test-bank", "q-1.1-" + std::to_string(n),
                          reviewCard(kNow - std::chrono::days{daysAgo}, 0.5 + 100.0 * random.unit(), interval)});
    }
    return states;
}

/// Studies every day at 18:00 from kNow until the exam day, answering every due question Good;
/// returns every question's memory on the exam morning.
std::vector<core::MemoryState> studyUntilExam(const core::BankIndex& index, std::vector<core::CardMemoryState> states,
                                              const core::SelectorSettings& s)
{
    const auto& scheduler = defaultScheduler();
    for (auto day = kNow; day < core::Timestamp{kExam}; day += 24h) {
        core::Selector selector{index, scheduler, states, s, day};
        auto now = day;
        while (const auto pick = selector.next(now)) {
            if (pick->reason == core::PickReason::Ahead)
                break; // only what is due: the cap alone must bring every question back
            const auto after = scheduler.review(selector.memory(pick->question), now, core::Rating::Good).card;
            selector.record(pick->question, after);
            now += 1min;
        }
        for (auto& state : states)
            state.memory = selector.memory(*index.find(state.questionId));
    }
    std::vector<core::MemoryState> memories;
    for (const auto& state : states)
        memories.push_back(state.memory);
    return memories;
}
} // namespace

TEST_CASE("with an exam date no studied question's next review falls after the exam", "[selector][exam]")
{
    const core::BankIndex index{makeBank({{1.0, {150}}}), 8};
    for (const std::uint64_t seed : {1U, 2U, 3U}) {
        const auto states = randomStudied(seed);
        const core::ExamForecast forecast{index, defaultScheduler(), core::DayRule::utcCalendar(), kExam, 0.25};
        std::size_t pastExam = 0;
        for (const auto& s : states)
            pastExam += s.memory.due >= forecast.examDay() ? 1U : 0U;
        REQUIRE(pastExam > 50); // the case under test

        // Studying every offered question each day, every question's last review before the
        // exam falls on the eve: none was left to a review after the exam.
        for (const auto& memory : studyUntilExam(index, states, examSettings(0)))
            CHECK(memory.lastReview >= forecast.eve());
        // Without the exam date, many keep their review after the exam.
        std::size_t untouched = 0;
        for (const auto& memory : studyUntilExam(index, states, examSettings(0, std::nullopt)))
            untouched += memory.lastReview < forecast.eve() ? 1U : 0U;
        CHECK(untouched >= pastExam / 2);
    }
}

TEST_CASE("reviews scheduled after the exam come due on the exam eve, not before", "[selector][exam]")
{
    const core::BankIndex index{makeBank({{1.0, {2}}}), 8};
    const std::vector<core::CardMemoryState> states{
        {"test-bank", "q-1.1-0", reviewCard(kNow - 2 * 24h, 40.0, 45)},
        {"test-bank", "q-1.1-1", reviewCard(kNow - 2 * 24h, 8.0, 9)}};
    const core::ExamForecast forecast{index, defaultScheduler(), core::DayRule::utcCalendar(), kExam, 0.25};

    core::Selector before{index, defaultScheduler(), states, examSettings(0), forecast.eve() - 1h};
    CHECK(before.counts().beforeExam == 0);
    CHECK(before.counts().notDue == 1); // q-1.1-1 came due on its own day

    const auto eveEvening = forecast.eve() + 18h;
    core::Selector onEve{index, defaultScheduler(), states, examSettings(0), eveEvening};
    CHECK(onEve.counts().beforeExam == 1);
    CHECK(onEve.counts().overdue == 1);
    const auto picks = onEve.plan(5);
    REQUIRE(picks.size() == 2);
    for (const auto& p : picks) {
        REQUIRE(p.due);
        CHECK(*p.due < forecast.examDay());
        if (index.question(p.question).id == "q-1.1-0") {
            CHECK(p.reason == core::PickReason::BeforeExam);
            CHECK(*p.due == forecast.eve());
        }
    }
}

TEST_CASE("with an exam date the question whose answer raises the expected score most per minute goes first",
          "[selector][exam]")
{
    // Two domains of 5 questions; domain 1 weighs four times domain 2. Identical memories: each
    // question of domain 1 is worth four times as much on the exam.
    const core::BankIndex index{makeBank({{0.8, {5}}, {0.2, {5}}}), 9};
    std::vector<core::CardMemoryState> states;
    for (int n = 0; n < 5; ++n) {
        const auto memory = reviewCard(kNow - std::chrono::days{10 + n}, 6.0, 6);
        states.push_back({"test-bank", "q-2.1-" + std::to_string(n), memory});
        states.push_back({"test-bank", "q-1.1-" + std::to_string(n), memory});
    }
    core::Selector plain{index, defaultScheduler(), states, settings(0), kNow};
    core::Selector exam{index, defaultScheduler(), states, examSettings(0), kNow};
    const auto byRecall = plain.plan(10);
    const auto byGain = exam.plan(10);
    REQUIRE(byGain.size() == 10);
    for (std::size_t k = 0; k < 5; ++k)
        CHECK(index.domainOf(byGain[k].question) == 0);
    for (std::size_t k = 1; k < byGain.size(); ++k)
        CHECK(*byGain[k - 1].gainPerMinute >= *byGain[k].gainPerMinute);
    // By recall alone the two domains tie, pair by pair.
    for (std::size_t k = 0; k < byRecall.size(); k += 2)
        CHECK(index.domainOf(byRecall[k].question) != index.domainOf(byRecall[k + 1].question));
}

TEST_CASE("with an exam date a new question beats a review when it raises the score more per minute",
          "[selector][exam]")
{
    const core::BankIndex index{makeBank({{1.0, {20}}}), 9};
    // Reviewed yesterday with a long interval: reviewing it again gains little.
    const std::vector<core::CardMemoryState> states{
        {"test-bank", "q-1.1-0", reviewCard(kNow - 24h, 30.0, 1)}};
    core::Selector exam{index, defaultScheduler(), states, examSettings(1), kNow};
    const auto first = exam.next(kNow);
    REQUIRE(first);
    CHECK(first->reason == core::PickReason::New);
    core::Selector plain{index, defaultScheduler(), states, settings(1), kNow};
    CHECK(plain.next(kNow)->reason == core::PickReason::Due);
}

TEST_CASE("with an exam date the daily new limit rises to introduce every question before the exam",
          "[selector][exam]")
{
    const core::BankIndex index{makeBank({{0.5, {50}}, {0.5, {50}}}), 9};
    auto s = examSettings(2);
    s.newIntroducedToday = 1;
    core::Selector exam{index, defaultScheduler(), {}, s, kNow}; // 15 days before the exam
    CHECK(exam.counts().dailyNewLimit == 7);                       // ⌈(100 + 1) / 15⌉
    CHECK(exam.plan(100).size() == 6);
    core::Selector near{index, defaultScheduler(), {}, s, kNow + std::chrono::days{14}}; // the eve
    CHECK(near.counts().dailyNewLimit == 101);
    core::Selector plain{index, defaultScheduler(), {}, settings(2), kNow};
    CHECK(plain.counts().dailyNewLimit == 2);
    CHECK(plain.plan(100).size() == 2);
}

TEST_CASE("with an exam date reviews are pulled forward when nothing else is left", "[selector][exam]")
{
    const core::BankIndex index{makeBank({{1.0, {2}}}), 9};
    const std::vector<core::CardMemoryState> states{
        {"test-bank", "q-1.1-0", reviewCard(kNow - 3 * 24h, 5.0, 5)},
        {"test-bank", "q-1.1-1", reviewCard(kNow - 24h, 5.0, 5)}};
    core::Selector plain{index, defaultScheduler(), states, settings(0), kNow};
    CHECK_FALSE(plain.next(kNow));
    core::Selector exam{index, defaultScheduler(), states, examSettings(0), kNow};
    const auto ahead = exam.next(kNow);
    REQUIRE(ahead);
    CHECK(ahead->reason == core::PickReason::Ahead);
    CHECK(*ahead->gainPerMinute > 0.0);
    // Not a question answered today: the session ends instead of drilling one question.
    exam.record(ahead->question, defaultScheduler().review(exam.memory(ahead->question), kNow, core::Rating::Good).card);
    const auto second = exam.next(kNow);
    REQUIRE(second);
    CHECK(second->question != ahead->question);
    exam.record(second->question, defaultScheduler().review(exam.memory(second->question), kNow, core::Rating::Good).card);
    CHECK_FALSE(exam.next(kNow));
}

TEST_CASE("an exam date in the past is ignored", "[selector][exam]")
{
    const core::BankIndex index{makeBank({{1.0, {5}}}), 9};
    core::Selector selector{index, defaultScheduler(), {}, examSettings(2, kExam - std::chrono::days{30}), kNow};
    CHECK_FALSE(selector.forecast());
    CHECK_FALSE(selector.expectedExamScore());
    const auto pick = selector.next(kNow);
    REQUIRE(pick);
    CHECK_FALSE(pick->gainPerMinute);
}

TEST_CASE("the expected exam score weighs each domain's mean predicted recall by its weight", "[selector][exam]")
{
    const core::BankIndex index{makeBank({{0.75, {2}}, {0.25, {2}}}), 9};
    const auto& scheduler = defaultScheduler();
    const core::ExamForecast forecast{index, scheduler, core::DayRule::utcCalendar(), kExam, 0.3};
    std::vector<core::MemoryState> memories(4);
    CHECK(forecast.expectedScore(memories) == Approx(0.3));
    // Domain 1 answered on the exam morning: recall 1 for its two questions.
    memories[0] = reviewCard(forecast.examDay() + 2h, 3.0, 3);
    memories[1] = memories[0];
    CHECK(forecast.expectedScore(memories) == Approx(0.75 + 0.25 * 0.3));
    // A question last seen 20 days before the exam with stability 5: its curve value.
    memories[2] = reviewCard(forecast.examDay() - std::chrono::days{20}, 5.0, 5);
    const double r = scheduler.fsrs()->forgettingCurve(20, 5.0);
    CHECK(forecast.recallAtExam(memories[2]) == Approx(r));
    CHECK(forecast.expectedScore(memories) == Approx(0.75 + 0.125 * r + 0.125 * 0.3));
    // Answering it now raises its recall on the exam day, between its two outcomes.
    const auto now = forecast.examDay() - std::chrono::days{10};
    CHECK(forecast.recallAfterAnswer(memories[2], now) > r);
    CHECK(forecast.gain(2, memories[2], now) > 0.0);
    CHECK(forecast.gain(2, memories[2], now) == Approx(0.125 * (forecast.recallAfterAnswer(memories[2], now) - r)));
}

TEST_CASE("with an exam date a same-day learning step waits behind a review that adds more", "[selector][exam]")
{
    const core::BankIndex index{makeBank({{1.0, {2}}}), 9};
    const auto& scheduler = defaultScheduler();
    const auto step = scheduler.review({}, kNow - 15min, core::Rating::Good).card; // due again 10 minutes later
    REQUIRE(step.state == core::CardState::Learning);
    const std::vector<core::CardMemoryState> states{{"test-bank", "q-1.1-0", step},
                                                    {"test-bank", "q-1.1-1", reviewCard(kNow - 40 * 24h, 3.0, 3)}};
    core::Selector plain{index, scheduler, states, settings(0), kNow};
    CHECK(index.question(plain.next(kNow)->question).id == "q-1.1-0");
    core::Selector exam{index, scheduler, states, examSettings(0), kNow};
    const auto first = exam.next(kNow);
    REQUIRE(first);
    CHECK(index.question(first->question).id == "q-1.1-1");
    const auto second = exam.next(kNow);
    REQUIRE(second);
    CHECK(second->reason == core::PickReason::Learning);
    CHECK(*first->gainPerMinute > *second->gainPerMinute);
}
