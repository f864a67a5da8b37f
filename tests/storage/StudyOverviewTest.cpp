#include "StorageFixture.h"
#include "core/profile/ProfileScheduler.h"
#include "storage/BankLibrary.h"
#include "storage/SqliteMemoryStateStore.h"
#include "storage/SqliteProfileRepository.h"
#include "storage/SqliteReviewLog.h"
#include "storage/SqliteStudyStats.h"
#include "storage/StudyOverview.h"

using namespace certdrill;
using certdrill::test::StorageFixture;

namespace {
void answer(storage::SqliteReviewLog& log, std::int64_t profile, const std::string& bank, const std::string& question,
            core::Timestamp at, bool correct)
{
    core::Review r;
    r.profileId = profile;
    r.bankId = bank;
    r.questionId = question;
    r.at = at;
    r.response = "\"a\"";
    r.correct = correct;
    r.rating = correct ? 3 : 1;
    REQUIRE(log.append(r));
}

core::BankPtr miniBank()
{
    auto file = storage::loadBankFile(std::filesystem::path{CERTDRILL_TEST_DATA_DIR} / "banks" / "mini.json");
    REQUIRE(file.bank);
    return file.bank;
}
} // namespace

TEST_CASE("answers are counted per study day, which begins at 4 am", "[stats]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    storage::SqliteReviewLog log{*f.db};
    const storage::SqliteStudyStats stats{*f.db};
    const auto ada = *profiles.create("Ada");
    const auto rule = *core::DayRule::rollover(std::chrono::hours{4});
    const auto at = [](const char* iso) { return *core::parseIso8601(iso); };
    answer(log, ada.id, "bank", "q1", at("2026-11-22T10:00:00Z"), true);
    answer(log, ada.id, "bank", "q2", at("2026-11-23T03:00:00Z"), false); // still the 22nd
    answer(log, ada.id, "bank", "q1", at("2026-11-23T05:00:00Z"), true);
    answer(log, ada.id, "other", "q1", at("2026-11-23T06:00:00Z"), true);
    answer(log, ada.id, "bank", "q3", at("1969-12-31T12:00:00Z"), true); // before the epoch: day -1

    const auto day22 = rule.dayNumber(at("2026-11-22T10:00:00Z"));
    const auto bank = stats.answersPerDay(ada.id, "bank", rule, at("2026-11-01T00:00:00Z")).value();
    REQUIRE(bank.size() == 2);
    CHECK(bank[0] == core::DailyAnswers{day22, 2, 1});
    CHECK(bank[1] == core::DailyAnswers{day22 + 1, 1, 1});
    const auto all = stats.answersPerDay(ada.id, "", rule, at("2026-11-23T04:00:00Z")).value();
    REQUIRE(all.size() == 1);
    CHECK(all[0] == core::DailyAnswers{day22 + 1, 2, 2});
    const auto early = stats.answersPerDay(ada.id, "bank", rule, core::Timestamp{} - std::chrono::days{2}).value();
    REQUIRE(early.size() == 3);
    CHECK(early[0].day == -1);
}

TEST_CASE("a bank's overview counts answers, the streak, due and new questions", "[stats]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    storage::SqliteReviewLog log{*f.db};
    auto ada = *profiles.create("Ada");
    ada.dailyNewLimit = 3;
    ada.examDates["test-mini"] = "2026-12-03";
    REQUIRE(profiles.update(ada));
    const auto bank = miniBank();
    const auto now = f.clock.now(); // 2026-11-23 09:00
    answer(log, ada.id, bank->id, "m-0001", now - std::chrono::days{2}, true);
    answer(log, ada.id, bank->id, "m-0002", now - std::chrono::days{1}, false);
    answer(log, ada.id, bank->id, "m-0003", now - std::chrono::hours{1}, true);
    storage::SqliteMemoryStateStore memories{*f.db};
    REQUIRE(memories.rebuild(ada.id, *core::schedulerFor(ada)));

    const auto overview = storage::bankOverview(*f.db, ada, bank, now).value();
    CHECK(overview.answers == 3);
    CHECK(overview.streak == 3);
    CHECK(overview.studied == 3);
    CHECK(overview.unseen == bank->questions.size() - 3);
    CHECK(overview.dueNow >= 1);           // the failed question's relearning step has come due
    CHECK(overview.newLeftToday == 2);     // 3 a day, m-0003 introduced today
    CHECK(overview.daysToExam == 10);
    CHECK_FALSE(overview.lastExam);

    const auto nobody = *profiles.create("Bob");
    const auto empty = storage::bankOverview(*f.db, nobody, bank, now).value();
    CHECK(empty.answers == 0);
    CHECK(empty.streak == 0);
    CHECK(empty.dueNow == 0);
    CHECK(empty.newLeftToday == std::min<std::size_t>(20, bank->questions.size()));
    CHECK_FALSE(empty.daysToExam);
}

TEST_CASE("the progress report covers every day, the forecast and each domain", "[stats]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    storage::SqliteReviewLog log{*f.db};
    const auto ada = *profiles.create("Ada");
    const auto bank = miniBank();
    const auto now = f.clock.now();
    answer(log, ada.id, bank->id, "m-0001", now - std::chrono::days{3}, true);
    answer(log, ada.id, bank->id, "m-0001", now - std::chrono::hours{1}, false);
    answer(log, ada.id, bank->id, "m-0002", now - std::chrono::hours{1}, true);
    storage::SqliteMemoryStateStore memories{*f.db};
    REQUIRE(memories.rebuild(ada.id, *core::schedulerFor(ada)));

    const auto report = storage::progressReport(*f.db, ada, *bank, now, 7).value();
    REQUIRE(report.days.size() == 7);
    CHECK(report.days.back().answers == 2);
    CHECK(report.days.back().correct == 1);
    CHECK(report.days[3].answers == 1);
    CHECK(report.days[4].answers == 0);
    REQUIRE(report.forecast.size() == 7);
    std::size_t forecast = 0;
    for (const auto n : report.forecast)
        forecast += n;
    CHECK(forecast >= 1);
    CHECK(forecast <= 2);
    REQUIRE(report.domains.size() == bank->domains.size());
    CHECK(report.domains[0].studied == 2);
    CHECK(report.domains[0].mastery > 0.0);
    CHECK(report.domains[1].studied == 0);
}
