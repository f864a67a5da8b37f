#include "StorageFixture.h"
#include "core/profile/ProfileScheduler.h"
#include "core/srs/Replay.h"
#include "storage/SqliteMemoryStateStore.h"
#include "storage/SqliteProfileRepository.h"
#include "storage/SqliteReviewLog.h"

using namespace certdrill;
using certdrill::test::StorageFixture;

TEST_CASE("rebuilding memory states replays each question's log through the scheduler", "[memory]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    storage::SqliteReviewLog log{*f.db};
    storage::SqliteMemoryStateStore memories{*f.db};
    const auto ada = *profiles.create("Ada");
    const auto scheduler = *core::schedulerFor(ada);

    // Two questions answered on several days, interleaved; another profile's answer must not count.
    const std::vector<std::pair<std::string, int>> answers{{"q1", 3}, {"q2", 1}, {"q1", 3}, {"q2", 3}, {"q1", 1}, {"q2", 4}};
    std::map<std::string, std::vector<core::ReviewEvent>> expected;
    for (const auto& [question, rating] : answers) {
        f.clock.advance(std::chrono::hours{30});
        core::Review r;
        r.profileId = ada.id;
        r.bankId = "bank";
        r.questionId = question;
        r.at = f.clock.now();
        r.response = "\"a\"";
        r.rating = rating;
        REQUIRE(log.append(r));
        expected[question].push_back({r.at, static_cast<core::Rating>(rating)});
    }
    const auto bob = *profiles.create("Bob");
    core::Review other;
    other.profileId = bob.id;
    other.bankId = "bank";
    other.questionId = "q1";
    other.response = "\"b\"";
    other.rating = 1;
    REQUIRE(log.append(other));

    const auto cards = memories.rebuild(ada.id, scheduler);
    REQUIRE(cards);
    CHECK(*cards == 2);
    for (const auto& [question, events] : expected) {
        INFO(question);
        const auto want = core::replay(scheduler, std::span<const core::ReviewEvent>{events});
        const auto got = memories.find(ada.id, "bank", question);
        REQUIRE(got);
        REQUIRE(*got);
        CHECK((*got)->stability == want.stability);
        CHECK((*got)->difficulty == want.difficulty);
        CHECK((*got)->due == want.due);
        CHECK((*got)->reps == 3);
        CHECK((*got)->state == want.state);
    }
    CHECK(memories.ofBank(ada.id, "bank")->size() == 2);
    CHECK(memories.ofBank(bob.id, "bank")->empty()); // Bob's cache was not rebuilt
    REQUIRE(memories.rebuild(bob.id, scheduler));
    CHECK((*memories.find(bob.id, "bank", "q1"))->lapses == 0);
    CHECK((*memories.find(bob.id, "bank", "q1"))->reps == 1);
}
