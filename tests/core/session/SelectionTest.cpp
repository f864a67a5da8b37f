#include "SessionFixture.h"
#include "core/session/SessionPlanner.h"

#include <catch2/catch.hpp>

#include <set>

using namespace certdrill::core;
using namespace std::chrono_literals;
using certdrill::test::miniBank;

namespace {

const Timestamp kNow = *parseIso8601("2026-11-23T09:00:00Z");

Review answered(const std::string& question, bool correct, Timestamp at = kNow - 48h)
{
    Review r;
    r.bankId = "test-mini";
    r.questionId = question;
    r.correct = correct;
    r.at = at;
    return r;
}

std::set<std::string> asSet(const std::vector<std::string>& ids) { return {ids.begin(), ids.end()}; }

CardMemoryState studied(const std::string& id, Timestamp due, double stability)
{
    MemoryState m;
    m.state = CardState::Review;
    m.stability = stability;
    m.difficulty = 5;
    m.lastReview = due - std::chrono::hours{static_cast<int>(stability * 24)};
    m.due = due;
    m.reps = 3;
    return {"test-mini", id, m};
}

} // namespace

TEST_CASE("drill filters select by domain, objective, tag, difficulty and history", "[session][selection]")
{
    const auto bank = miniBank();
    const auto history = summariseHistory(*bank, {answered("m-0003", false), answered("m-0003", true),
                                                        answered("m-0004", true), answered("m-0005", false)},
                                          {"m-0006"});
    const auto pick = [&](DrillFilter f) { return asSet(selectDrill(*bank, f, history, {}, 0, 1).questions); };
    CHECK(pick({{"1.0"}, {}, {}, {}, false, false, false, false}) == std::set<std::string>{"m-0001", "m-0002"});
    CHECK(pick({{}, {"2.2"}, {}, {}, false, false, false, false}) == std::set<std::string>{"m-0005", "m-0006"});
    CHECK(pick({{}, {}, {"ports"}, {}, false, false, false, false}) == std::set<std::string>{"m-0001"});
    CHECK(pick({{}, {}, {}, {1}, false, false, false, false}) == std::set<std::string>{"m-0001", "m-0004"});
    CHECK(pick({{}, {}, {}, {}, true, false, false, false}) == std::set<std::string>{"m-0003", "m-0005"});
    CHECK(pick({{}, {}, {}, {}, false, true, false, false}) == std::set<std::string>{"m-0006"});
    CHECK(pick({{}, {}, {}, {}, false, false, true, false}) == std::set<std::string>{"m-0001", "m-0002", "m-0006"});
    CHECK(pick({{"2.0"}, {}, {}, {2}, true, false, false, false}) == std::set<std::string>{"m-0003", "m-0005"});
    CHECK(pick({}).size() == 6);
    CHECK(selectDrill(*bank, {}, history, {}, 4, 1).questions.size() == 4);
}

TEST_CASE("a lowest-retrievability drill puts the most forgotten first", "[session][selection]")
{
    const auto bank = miniBank();
    const RetrievabilityMap recall{{"m-0003", 0.9}, {"m-0005", 0.4}, {"m-0001", 0.7}};
    DrillFilter f;
    f.lowestRetrievability = true;
    CHECK(selectDrill(*bank, f, {}, recall, 0, 1).questions == std::vector<std::string>{"m-0005", "m-0001", "m-0003"});
    CHECK(selectDrill(*bank, f, {}, recall, 2, 1).questions == std::vector<std::string>{"m-0005", "m-0001"});
}

TEST_CASE("a filter the bank cannot meet is refused before the session starts", "[session][selection]")
{
    const auto bank = miniBank();
    SessionRequest r;
    r.mode = StudyMode::Drill;
    r.filter.domains = {"9.0"};
    CHECK(planSession(*bank, r).error().code == "bad-filter");
    r.filter = {};
    r.filter.difficulties = {4};
    CHECK(planSession(*bank, r).error().code == "bad-filter");
    r.filter = {};
    r.filter.tags = {"no-such-tag"};
    CHECK(planSession(*bank, r).error().code == "empty-session");
}

TEST_CASE("a review plans due questions first, lowest retrievability first, then new ones up to the daily limit", "[session][selection]")
{
    const auto bank = miniBank();
    const Scheduler scheduler{Fsrs{FsrsParameters{}}};
    const std::vector<CardMemoryState> states{
        studied("m-0001", kNow - 1h, 10.0),  // due, recently: high retrievability
        studied("m-0002", kNow - 240h, 2.0), // long overdue: low retrievability
        studied("m-0003", kNow + 48h, 5.0),  // not due yet
        studied("gone", kNow - 1h, 1.0),     // no longer in the bank
    };
    // m-0004 was begun today (08:00, after the 4 am rollover): one new question of two is left.
    const auto history = summariseHistory(*bank, {answered("m-0004", true, kNow - 1h)});
    SessionRequest r;
    r.mode = StudyMode::Review;
    r.seed = 7;
    PlanningContext context;
    context.history = &history;
    context.states = &states;
    context.scheduler = &scheduler;
    context.now = kNow;
    context.dailyNewLimit = 2;
    context.dayRule = *DayRule::rollover();
    const auto plan = planSession(*bank, r, context);
    REQUIRE(plan);
    REQUIRE(plan->questions.size() == 3);
    CHECK(plan->questions[0] == "m-0002");
    CHECK(plan->questions[1] == "m-0001");
    CHECK(asSet({"m-0004", "m-0005", "m-0006"}).count(plan->questions[2]) == 1);
    CHECK_FALSE(plan->settings.timeLimitMs);

    r.count = 1;
    CHECK(planSession(*bank, r, context)->questions == std::vector<std::string>{"m-0002"});
    r.count = 0;
    context.dailyNewLimit = 1; // already reached today
    CHECK(planSession(*bank, r, context)->questions.size() == 2);
    context.now = kNow - 30 * 24h; // nothing due a month earlier
    context.dailyNewLimit = 0;
    CHECK(planSession(*bank, r, context).error().code == "empty-session");
    context.states = nullptr;
    CHECK(planSession(*bank, r, context).error().code == "no-memory");
}

TEST_CASE("planning prefers unseen questions only when asked, and then says so", "[session][selection]")
{
    // An exam of 4: the scenario (domain 1.0), then one question of each objective of domain 2.0
    // (2.1: m-0003, m-0004; 2.2: m-0005, m-0006). Objectives are spread first, then the least seen.
    const auto bank = miniBank();
    const auto history = summariseHistory(*bank, {answered("m-0003", true)});
    SessionRequest r;
    r.mode = StudyMode::Exam;
    PlanningContext context;
    context.history = &history;
    bool seenDrawnWithoutPreference = false;
    for (std::uint64_t seed = 0; seed < 10; ++seed) {
        r.seed = seed;
        r.preferUnseen = true;
        const auto plan = planSession(*bank, r, context);
        REQUIRE(plan);
        CHECK(plan->settings.preferUnseen);
        const auto drawn = asSet(plan->questions);
        CHECK(drawn.count("m-0004") == 1);
        CHECK(drawn.count("m-0003") == 0);
        r.preferUnseen = false;
        const auto plain = planSession(*bank, r, context);
        CHECK_FALSE(plain->settings.preferUnseen);
        CHECK(plain->questions == planSession(*bank, r)->questions); // the seed alone decides
        seenDrawnWithoutPreference = seenDrawnWithoutPreference || asSet(plain->questions).count("m-0003") == 1;
    }
    CHECK(seenDrawnWithoutPreference);
}

TEST_CASE("the history summary folds the log by position in the bank, leaving out other banks and removed questions",
          "[session][selection]")
{
    const auto bank = miniBank();
    auto other = answered("m-0001", true);
    other.bankId = "another-bank";
    const auto history = summariseHistory(*bank,
                                          {answered("m-0002", true, kNow - 1h), answered("m-0002", false, kNow - 3h),
                                           answered("m-0002", true, kNow - 2h), other, answered("gone", false)},
                                          {"m-0003", "gone"});
    REQUIRE(history.questions.size() == bank->questions.size());
    const auto at = [&](const std::string& id) {
        for (std::size_t i = 0; i < bank->questions.size(); ++i)
            if (bank->questions[i].id == id)
                return i;
        FAIL("no question " << id);
        return std::size_t{0};
    };
    CHECK(history.at(at("m-0001")) == nullptr);
    const auto* h = history.at(at("m-0002"));
    REQUIRE(h != nullptr);
    CHECK(h->seen == 3);
    CHECK(h->wrong == 1);
    CHECK(h->firstSeen == kNow - 3h);
    CHECK(h->lastSeen == kNow - 1h);
    CHECK(h->lastCorrect);
    CHECK(history.seenCounts(*bank)[at("m-0002")] == 3);
    CHECK(history.isFlagged(at("m-0003")));
    CHECK_FALSE(history.isFlagged(at("m-0002")));
    CHECK(std::count(history.flagged.begin(), history.flagged.end(), true) == 1);
    CHECK(history.firstSeenBetween(kNow - 4h, kNow) == 1);
    CHECK(HistorySummary{}.seenCounts(*bank) == SeenCounts(bank->questions.size(), 0));
}
