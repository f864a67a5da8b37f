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

    core::SessionRecord newSession(core::StudyMode mode = core::StudyMode::Study, const std::string& bank = "bank",
                                   std::optional<std::int64_t> profileId = std::nullopt)
    {
        core::SessionRecord s;
        s.profileId = profileId.value_or(ada.id);
        s.bankId = bank;
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
    REQUIRE(f.store.saveAnswer(a.id, {"q2", std::nullopt, true, 0}, 0, 0));
    REQUIRE(f.store.saveAnswer(a.id, {"q1", "\"a\"", false, 0}, 0, 0));
    const auto b = f.newSession(core::StudyMode::Exam); // abandons a: its flags still count
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

TEST_CASE("a new session abandons the unfinished one of the same profile, bank and mode, and only that one",
          "[sessions][abandon]")
{
    Sessions f;
    const auto bea = *f.profiles.create("Bea");
    const auto old = f.newSession(core::StudyMode::Exam);
    REQUIRE(f.store.saveAnswer(old.id, {"q1", "\"a\"", true, 1000}, 1, 1000));
    const auto study = f.newSession(core::StudyMode::Study);
    const auto otherBank = f.newSession(core::StudyMode::Exam, "other");
    const auto otherProfile = f.newSession(core::StudyMode::Exam, "bank", bea.id);
    f.clock.advance(std::chrono::minutes{5});
    const auto fresh = f.newSession(core::StudyMode::Exam);

    const auto abandoned = *f.store.load(old.id);
    CHECK(abandoned.status == core::SessionStatus::Abandoned);
    CHECK(abandoned.finishedAt == f.clock.now());
    CHECK(abandoned.result.empty());
    REQUIRE(abandoned.answers.size() == 1); // the answers stay
    CHECK(abandoned.answers[0].response == "\"a\"");
    CHECK(abandoned.answers[0].flagged);
    CHECK(abandoned.position == 1);
    for (const auto& untouched : {study, otherBank, otherProfile, fresh})
        CHECK(f.store.load(untouched.id)->status == core::SessionStatus::InProgress);

    const auto open = *f.store.findOpen(f.ada.id, "bank", core::StudyMode::Exam);
    REQUIRE(open);
    CHECK(open->id == fresh.id);
    CHECK(f.store.listFinished(f.ada.id)->empty()); // an abandoned session is no result
    CHECK_FALSE(f.store.saveAnswer(old.id, {"q2", "\"b\"", false, 10}, 2, 1010)); // nor resumable
    CHECK(f.store.load(old.id)->answers.size() == 1);
}

TEST_CASE("a session that fails to be stored abandons nothing", "[sessions][abandon]")
{
    Sessions f;
    const auto old = f.newSession(core::StudyMode::Quiz);
    core::SessionRecord broken;
    broken.profileId = f.ada.id;
    broken.bankId = "bank";
    broken.mode = core::StudyMode::Quiz;
    broken.config = "not json"; // violates the table's CHECK: the insert fails after the abandoning
    CHECK_FALSE(f.store.create(broken));
    CHECK(f.store.load(old.id)->status == core::SessionStatus::InProgress);
    CHECK((*f.store.findOpen(f.ada.id, "bank", core::StudyMode::Quiz))->id == old.id);
}

TEST_CASE("abandoning the open session keeps its answers and its logged reviews", "[sessions][abandon]")
{
    Sessions f;
    const auto s = f.newSession(core::StudyMode::Drill);
    const auto other = f.newSession(core::StudyMode::Study);
    REQUIRE(f.store.commitAnswer(s.id, {"q1", "\"a\"", false, 1500}, core::LoggedAnswer{f.review("q1"), {}}, 1, 1500));
    f.clock.advance(std::chrono::minutes{1});

    const auto abandoned = f.store.abandonOpen(f.ada.id, "bank", core::StudyMode::Drill);
    REQUIRE(abandoned);
    REQUIRE(abandoned->size() == 1);
    const auto& record = abandoned->front();
    CHECK(record.id == s.id);
    CHECK(record.status == core::SessionStatus::Abandoned);
    CHECK(record.finishedAt == f.clock.now());
    REQUIRE(record.answers.size() == 1);
    CHECK(record.answers[0].response == "\"a\"");

    const auto stored = *f.store.load(s.id);
    CHECK(stored.status == core::SessionStatus::Abandoned);
    CHECK(stored.answers.size() == 1);
    CHECK(*f.log.count(f.ada.id) == 1); // the answer log keeps what was studied
    CHECK_FALSE(*f.store.findOpen(f.ada.id, "bank", core::StudyMode::Drill));
    CHECK(f.store.load(other.id)->status == core::SessionStatus::InProgress);
    CHECK(f.store.listFinished(f.ada.id)->empty());

    const auto again = f.store.abandonOpen(f.ada.id, "bank", core::StudyMode::Drill);
    REQUIRE(again);
    CHECK(again->empty()); // nothing left to abandon
}

TEST_CASE("the database holds at most one unfinished session of a bank and mode", "[sessions][abandon]")
{
    Sessions f;
    const auto first = f.newSession(core::StudyMode::Review);
    const auto second = f.newSession(core::StudyMode::Review);
    const auto other = f.newSession(core::StudyMode::Quiz);
    CHECK_THROWS_WITH(f.db->sqlite().exec("UPDATE sessions SET status = 0 WHERE id = " + std::to_string(first.id)),
                      Catch::Contains("UNIQUE"));
    const auto abandoned = *f.store.abandonOpen(f.ada.id, "bank", core::StudyMode::Review);
    REQUIRE(abandoned.size() == 1);
    CHECK(abandoned[0].id == second.id);
    CHECK_FALSE(*f.store.findOpen(f.ada.id, "bank", core::StudyMode::Review));
    CHECK((*f.store.findOpen(f.ada.id, "bank", core::StudyMode::Quiz))->id == other.id);
}
