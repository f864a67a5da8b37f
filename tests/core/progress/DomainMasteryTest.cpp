#include "core/common/Time.h"
#include "core/progress/DomainMastery.h"
#include "core/srs/FsrsParameters.h"

#include <catch2/catch.hpp>

using namespace certdrill;

namespace {
core::Bank twoDomainBank()
{
    core::Bank bank;
    bank.id = "bank";
    bank.domains = {{"1.0", "Networks", 0.6, {}}, {"2.0", "Security", 0.4, {}}};
    for (const auto* id : {"a", "b", "c", "d"}) {
        core::Question q;
        q.id = id;
        q.domain = std::string{id} < "c" ? "1.0" : "2.0";
        bank.questions.push_back(q);
    }
    return bank;
}

core::CardMemoryState studied(const char* bank, const char* question, core::Timestamp now)
{
    core::CardMemoryState c{bank, question, {}};
    c.memory.state = core::CardState::Review;
    c.memory.stability = 10.0;
    c.memory.difficulty = 5.0;
    c.memory.lastReview = now; // just reviewed: recall 1
    c.memory.due = now + std::chrono::days{10};
    return c;
}
} // namespace

TEST_CASE("mastery is the mean recall over all of a domain's questions", "[progress]")
{
    const auto now = core::parseIso8601("2026-11-23T09:00:00Z").value();
    const core::Scheduler scheduler{core::Fsrs{core::FsrsParameters{}}};
    const auto bank = twoDomainBank();
    const std::vector<core::CardMemoryState> states{studied("bank", "a", now), studied("other", "c", now),
                                                    studied("bank", "gone", now)};
    const auto mastery = core::domainMastery(bank, states, scheduler, now);
    REQUIRE(mastery.size() == 2);
    CHECK(mastery[0].domainId == "1.0");
    CHECK(mastery[0].questions == 2);
    CHECK(mastery[0].studied == 1);
    CHECK(mastery[0].mastery == Approx(0.5)); // one of two known for sure, one never studied
    CHECK(mastery[1].studied == 0);           // another bank's "c" does not count
    CHECK(mastery[1].mastery == 0.0);
}

TEST_CASE("mastery falls as time passes without review", "[progress]")
{
    const auto now = core::parseIso8601("2026-11-23T09:00:00Z").value();
    const core::Scheduler scheduler{core::Fsrs{core::FsrsParameters{}}};
    const auto bank = twoDomainBank();
    const std::vector<core::CardMemoryState> states{studied("bank", "a", now), studied("bank", "b", now)};
    const auto today = core::domainMastery(bank, states, scheduler, now)[0].mastery;
    const auto later = core::domainMastery(bank, states, scheduler, now + std::chrono::days{30})[0].mastery;
    CHECK(today == Approx(1.0));
    CHECK(later < today);
    CHECK(later > 0.0);
}
