#include "StorageFixture.h"
#include "storage/SqliteProfileRepository.h"
#include "storage/SqliteReviewLog.h"
#include "storage/SqliteSessionStore.h"

using namespace certdrill;
using certdrill::test::StorageFixture;

namespace {

struct Sessions : StorageFixture {
    storage::SqliteProfileRepository profiles{*db, clock};
    storage::SqliteReviewLog log{*db};
    storage::SqliteSessionStore store{*db, clock};
    core::Profile ada = *profiles.create("Ada");

    core::SessionRecord newSession(core::StudyMode mode = core::StudyMode::Study)
    {
        core::SessionRecord s;
        s.profileId = ada.id;
        s.bankId = "bank";
        s.mode = mode;
        s.seed = 42;
        s.questionOrder = {"q1", "q2", "q3"};
        auto created = store.create(s);
        REQUIRE(created);
        return *created;
    }

    core::Review review(const std::string& question)
    {
        core::Review r;
        r.profileId = ada.id;
        r.bankId = "bank";
        r.questionId = question;
        r.at = clock.now();
        r.response = "\"a\"";
        r.correct = true;
        r.rating = 3;
        r.timeMs = 1500;
        return r;
    }
};

} // namespace

TEST_CASE("a session is stored and loads back as it was", "[sessions]")
{
    Sessions f;
    const auto s = f.newSession();
    CHECK(s.id > 0);
    CHECK(s.uid.size() == 32);
    const auto loaded = f.store.load(s.id);
    REQUIRE(loaded);
    CHECK(loaded->questionOrder == s.questionOrder);
    CHECK(loaded->seed == 42);
    CHECK(loaded->status == core::SessionStatus::InProgress);
    CHECK(loaded->startedAt == f.clock.now());
}

TEST_CASE("committing an answer logs the review and advances the session together", "[sessions]")
{
    Sessions f;
    const auto s = f.newSession();
    f.clock.advance(std::chrono::seconds{5});
    const auto uid = f.store.commitAnswer(s.id, {"q1", "\"a\"", false, 1500}, core::LoggedAnswer{f.review("q1"), {}}, 1, 1500);
    REQUIRE(uid);
    const auto loaded = *f.store.load(s.id);
    CHECK(loaded.position == 1);
    CHECK(loaded.elapsedMs == 1500);
    REQUIRE(loaded.answers.size() == 1);
    CHECK(loaded.answers[0].response == "\"a\"");
    const auto reviews = *f.log.reviewsOf(f.ada.id);
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0].uid == *uid);
    CHECK(reviews[0].sessionId == s.id);
}

TEST_CASE("a failed commit leaves neither the review nor the move", "[sessions]")
{
    Sessions f;
    const auto s = f.newSession();
    auto bad = f.review("q1");
    bad.rating = 9; // violates the log's CHECK constraint
    CHECK_FALSE(f.store.commitAnswer(s.id, {"q1", "\"a\"", false, 10}, core::LoggedAnswer{bad, {}}, 1, 10));
    CHECK(f.store.load(s.id)->position == 0);
    CHECK(f.store.load(s.id)->answers.empty());
    CHECK(*f.log.count(f.ada.id) == 0);
}

TEST_CASE("exam answers are saved without logging until the exam is finished", "[sessions]")
{
    Sessions f;
    const auto s = f.newSession(core::StudyMode::Exam);
    REQUIRE(f.store.saveAnswer(s.id, {"q1", "\"a\"", false, 1000}, 1, 1000));
    REQUIRE(f.store.saveAnswer(s.id, {"q1", "\"b\"", true, 2000}, 1, 2000)); // changed and flagged
    REQUIRE(f.store.saveAnswer(s.id, {"q2", std::nullopt, true, 0}, 2, 2500));
    CHECK(*f.log.count(f.ada.id) == 0);
    const auto open = f.store.findOpen(f.ada.id, "bank", core::StudyMode::Exam);
    REQUIRE(open);
    REQUIRE(*open);
    CHECK((*open)->answers.size() == 2);
    CHECK((*open)->answers[0].response == "\"b\"");
    CHECK((*open)->answers[0].flagged);
    CHECK_FALSE((*open)->answers[1].response);

    auto r = f.review("q1");
    r.response = "\"b\"";
    const auto uids = f.store.finish(s.id, core::SessionStatus::Finished, R"({"score": 1})", {core::LoggedAnswer{r, {}}}, 3000);
    REQUIRE(uids);
    CHECK(uids->size() == 1);
    CHECK(*f.log.count(f.ada.id) == 1);
    CHECK_FALSE(*f.store.findOpen(f.ada.id, "bank", core::StudyMode::Exam));
    CHECK_FALSE(f.store.finish(s.id, core::SessionStatus::Finished, "{}", {}, 3000)); // only once
    CHECK_FALSE(f.store.saveAnswer(s.id, {"q3", "\"c\"", false, 1}, 2, 1));          // closed
    const auto finished = *f.store.listFinished(f.ada.id);
    REQUIRE(finished.size() == 1);
    CHECK(finished[0].result == R"({"score": 1})");
}

TEST_CASE("the review log streams a profile's reviews card by card in time order", "[reviews]")
{
    Sessions f;
    for (const auto* q : {"q2", "q1", "q2", "q1"}) {
        f.clock.advance(std::chrono::minutes{10});
        REQUIRE(f.log.append(f.review(q)));
    }
    std::vector<std::string> seen;
    core::Timestamp last{};
    REQUIRE(f.log.forEachByCard(f.ada.id, [&](const core::Review& r) {
        if (!seen.empty() && seen.back() == r.questionId)
            CHECK(r.at > last);
        seen.push_back(r.questionId);
        last = r.at;
    }));
    CHECK(seen == std::vector<std::string>{"q1", "q1", "q2", "q2"});
    const auto byTime = *f.log.reviewsOf(f.ada.id);
    CHECK(byTime.front().questionId == "q2");
    CHECK(byTime.back().questionId == "q1");
    CHECK(*f.log.count(f.ada.id) == 4);
}

TEST_CASE("a session's layout and timer counts are stored and come back", "[sessions]")
{
    Sessions f;
    core::SessionRecord s;
    s.profileId = f.ada.id;
    s.bankId = "bank";
    s.mode = core::StudyMode::Exam;
    s.questionOrder = {"q1", "q2"};
    s.layout = {{"q1", {{"c", "a", "b"}, {}}}, {"q2", {{"l2", "l1"}, {"r3", "r1", "r2"}}}};
    const auto created = f.store.create(s);
    REQUIRE(created);
    CHECK(f.store.load(created->id)->layout == s.layout);

    REQUIRE(f.store.saveTimer(created->id, 61'000, {2, 30'000, 1}));
    const auto loaded = *f.store.load(created->id);
    CHECK(loaded.elapsedMs == 61'000);
    CHECK(loaded.timer == core::TimerCounts{2, 30'000, 1});
    REQUIRE(f.store.finish(created->id, core::SessionStatus::Finished, "{}", {}, 61'000));
    CHECK_FALSE(f.store.saveTimer(created->id, 70'000, {3, 30'000, 1})); // closed
    CHECK(f.store.load(created->id)->timer.pauses == 2);
}

TEST_CASE("questions flagged in any session of a bank are listed once", "[sessions]")
{
    Sessions f;
    const auto a = f.newSession(core::StudyMode::Exam);
    const auto b = f.newSession(core::StudyMode::Exam);
    REQUIRE(f.store.saveAnswer(a.id, {"q2", std::nullopt, true, 0}, 0, 0));
    REQUIRE(f.store.saveAnswer(a.id, {"q1", "\"a\"", false, 0}, 0, 0));
    REQUIRE(f.store.saveAnswer(b.id, {"q2", "\"b\"", true, 0}, 0, 0));
    REQUIRE(f.store.saveAnswer(b.id, {"q3", std::nullopt, true, 0}, 0, 0));
    CHECK(*f.store.flaggedQuestions(f.ada.id, "bank") == std::vector<std::string>{"q2", "q3"});
    CHECK(f.store.flaggedQuestions(f.ada.id, "other")->empty());
}

TEST_CASE("a generated question's seed is stored with its session answer and its review", "[sessions][generator]")
{
    Sessions f;
    const auto s = f.newSession();
    const std::uint64_t seed = 0x8000000000000001ULL; // the top bit survives the signed column
    auto r = f.review("q1");
    r.instanceSeed = seed;
    core::SessionAnswer answer{"q1", "\"a\"", false, 1500, seed};
    REQUIRE(f.store.commitAnswer(s.id, answer, core::LoggedAnswer{r, {}}, 1, 1500));
    REQUIRE(f.store.saveAnswer(s.id, {"q2", std::nullopt, false, 10, std::nullopt}, 2, 1510)); // a bank question
    const auto loaded = *f.store.load(s.id);
    REQUIRE(loaded.answers.size() == 2);
    CHECK(loaded.answers[0].instanceSeed == seed);
    CHECK_FALSE(loaded.answers[1].instanceSeed);
    const auto reviews = *f.log.reviewsOf(f.ada.id);
    REQUIRE(reviews.size() == 1);
    CHECK(reviews[0].instanceSeed == seed);
}
