#include "StorageFixture.h"
#include "storage/SqliteProfileRepository.h"
#include "storage/SqliteReviewLog.h"
#include "storage/SqliteStudyStats.h"

using namespace certdrill;
using certdrill::test::StorageFixture;

namespace {
void answer(storage::SqliteReviewLog& log, std::int64_t profile, const std::string& bank, const std::string& question,
            core::Timestamp at)
{
    core::Review r;
    r.profileId = profile;
    r.bankId = bank;
    r.questionId = question;
    r.at = at;
    r.response = "\"a\"";
    r.rating = 3;
    REQUIRE(log.append(r));
}
} // namespace

TEST_CASE("new questions since a time are those whose first answer is not earlier", "[stats]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    storage::SqliteReviewLog log{*f.db};
    const storage::SqliteStudyStats stats{*f.db};
    const auto ada = *profiles.create("Ada");
    const auto bob = *profiles.create("Bob");
    const auto today = *core::parseIso8601("2026-11-23T04:00:00Z");
    const auto yesterday = today - std::chrono::hours{10};

    answer(log, ada.id, "bank", "q1", yesterday);                            // old, answered again today
    answer(log, ada.id, "bank", "q1", today + std::chrono::hours{1});
    answer(log, ada.id, "bank", "q2", today + std::chrono::hours{1});        // new today, twice
    answer(log, ada.id, "bank", "q2", today + std::chrono::hours{2});
    answer(log, ada.id, "bank", "q3", today);                                // new today, at the very start
    answer(log, ada.id, "other", "q4", today + std::chrono::hours{1});       // another bank
    answer(log, bob.id, "bank", "q5", today + std::chrono::hours{1});        // another profile
    answer(log, bob.id, "bank", "q1", today + std::chrono::hours{1});        // Bob's first time

    CHECK(stats.newQuestionsSince(ada.id, "bank", today).value() == 2);
    CHECK(stats.newQuestionsSince(ada.id, "bank", yesterday).value() == 3);
    CHECK(stats.newQuestionsSince(ada.id, "bank", today + std::chrono::hours{3}).value() == 0);
    CHECK(stats.newQuestionsSince(ada.id, "other", today).value() == 1);
    CHECK(stats.newQuestionsSince(bob.id, "bank", today).value() == 2);
    CHECK(stats.newQuestionsSince(ada.id, "nothing", today).value() == 0);
}
