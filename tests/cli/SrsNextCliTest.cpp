// `certdrill srs next`: a profile studies the mini bank with `session run --mode study`, then asks
// what comes next at chosen times.
#include "CliProcess.h"
#include "CliRunner.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>

using namespace certdrill::test;
using nlohmann::json;

namespace {

std::vector<std::string> at(const TempDir& data, const std::string& now, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--data-dir", data.path(), "--banks-dir", kTestBanks, "--now", now});
    return args;
}

/// One study session over the whole mini bank: every question answered right except the match
/// question (wrong) and the text question (skipped). Returns question id → answered right.
std::map<std::string, bool> study(const TempDir& data, const std::string& now)
{
    CliProcess p{at(data, now, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--mode", "study",
                                "--seed", "3"})};
    std::map<std::string, bool> answered;
    while (true) {
        const auto msg = json::parse(p.readLine().value());
        if (msg.contains("finished"))
            break;
        REQUIRE(msg.contains("question"));
        const std::string type = msg["question"]["type"];
        const std::string id = msg["question"]["id"];
        if (type == "text") {
            p.writeLine(R"({"skip": true})");
            REQUIRE(json::parse(p.readLine().value()).contains("skipped"));
            continue;
        }
        const std::map<std::string, std::string> answers{{"single", R"("a")"},
                                                         {"multiple", R"(["a", "b"])"},
                                                         {"numeric", "30"},
                                                         {"order", R"(["i1", "i2", "i3"])"},
                                                         {"match", R"({"l1": "r1", "l2": "r3"})"}};
        p.writeLine(R"({"answer": )" + answers.at(type) + R"(, "ms": 20000})");
        const auto ack = json::parse(p.readLine().value());
        REQUIRE(ack.contains("ack"));
        answered[id] = ack["correct"].get<bool>();
    }
    CHECK(p.wait() == 0);
    return answered;
}

json next(const TempDir& data, const std::string& when, std::vector<std::string> extra = {})
{
    std::vector<std::string> args{"srs", "next", "--profile", "Ada", "--bank", "test-mini", "--json", "--at", when};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto result = runCli(at(data, "2026-11-23T09:00:00Z", args));
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    return json::parse(result.out);
}
} // namespace

TEST_CASE("srs next gives failed questions first, then new ones up to the daily limit, and says why",
          "[cli][srs][selector]")
{
    TempDir data;
    REQUIRE(runCli(at(data, "2026-11-23T09:00:00Z", {"profile", "create", "Ada"})).exitCode == 0);

    const auto fresh = next(data, "2026-11-23T09:30:00Z", {"--count", "4"});
    CHECK(fresh["counts"]["unseen"] == 6);
    CHECK(fresh["counts"]["due_now"] == 0);
    REQUIRE(fresh["questions"].size() == 4);
    std::map<std::string, int> domains;
    for (const auto& q : fresh["questions"]) {
        CHECK(q["reason"] == "new");
        CHECK_THAT(q["why"].get<std::string>(), Catch::Contains("new, for domain " + q["domain"].get<std::string>()));
        ++domains[q["domain"]];
    }
    CHECK(domains == std::map<std::string, int>{{"1.0", 2}, {"2.0", 2}}); // equal weights: 2 and 2

    const auto answered = study(data, "2026-11-23T10:00:00Z");
    REQUIRE(answered.size() == 5);
    REQUIRE(std::count_if(answered.begin(), answered.end(), [](const auto& a) { return !a.second; }) == 1);

    // Five minutes later the failed one is back (its 1-minute step is over); the four right
    // answers wait for their 10-minute step; the skipped question is the one new question left.
    const auto soon = next(data, "2026-11-23T10:05:00Z");
    CHECK(soon["at"] == "2026-11-23T10:05:00Z");
    CHECK(soon["exam_date"].is_null());
    CHECK(soon["expected_exam_score"].is_null());
    const auto& counts = soon["counts"];
    CHECK(counts["learning"] == 1);
    CHECK(counts["due_now"] == 1);
    CHECK(counts["not_due"] == 4);
    CHECK(counts["studied"] == 5);
    CHECK(counts["unseen"] == 1);
    CHECK(counts["new_today"] == 5);
    CHECK(counts["daily_new_limit"] == 20);
    CHECK(counts["new_left"] == 1);
    REQUIRE(soon["questions"].size() == 2);
    const auto& failed = soon["questions"][0];
    CHECK(answered.at(failed["id"]) == false);
    CHECK(failed["reason"] == "learning");
    CHECK(failed["retrievability"].get<double>() > 0.0);
    CHECK(soon["questions"][1]["reason"] == "new");
    CHECK(answered.count(soon["questions"][1]["id"]) == 0);

    // The next morning (days start at 4 am) nothing counts as introduced today.
    const auto tomorrow = next(data, "2026-11-24T09:00:00Z");
    CHECK(tomorrow["counts"]["new_today"] == 0);
    CHECK(tomorrow["counts"]["due_now"] == 5);

    const auto text = runCli(at(data, "2026-11-23T10:05:00Z", {"srs", "next", "--profile", "Ada", "--bank", "test-mini"}));
    CHECK(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("Due now: 1 (1 learning"));
    CHECK_THAT(text.out, Catch::Contains("1. " + failed["id"].get<std::string>() + "  learning step due"));
}

TEST_CASE("srs next with the profile's exam date brings reviews forward to the exam eve", "[cli][srs][selector]")
{
    TempDir data;
    REQUIRE(runCli(at(data, "2026-11-23T09:00:00Z", {"profile", "create", "Ada"})).exitCode == 0);
    study(data, "2026-11-23T10:00:00Z");
    const auto second = study(data, "2026-11-23T10:20:00Z"); // past the steps: right answers graduate
    {
        SQLite::Database db{std::filesystem::path{data.path()} / "certdrill.db", SQLite::OPEN_READWRITE};
        db.exec("INSERT INTO exam_dates (profile_id, bank_id, exam_date) "
                "SELECT id, 'test-mini', '2026-11-25' FROM profiles WHERE name = 'Ada'");
    }
    // The graduated questions are due on 2026-11-25, the exam day: on the eve they are due
    // already. With a later exam date they wait for their own day.
    const auto plain = next(data, "2026-11-24T12:00:00Z", {"--exam-date", "2027-06-01"});
    CHECK(plain["exam_date"] == "2027-06-01");
    CHECK(plain["counts"]["not_due"] == 4);
    const auto eve = next(data, "2026-11-24T12:00:00Z");
    CHECK(eve["exam_date"] == "2026-11-25");
    REQUIRE(eve["expected_exam_score"].is_number());
    CHECK(eve["expected_exam_score"].get<double>() > 0.25);
    CHECK(eve["counts"]["before_exam"] == 4);
    CHECK(eve["counts"]["not_due"] == 0);
    std::size_t reviewed = 0;
    for (const auto& q : eve["questions"]) {
        if (q["reason"] == "new")
            continue;
        ++reviewed;
        CHECK(q["due"].get<std::string>() < "2026-11-25");
        CHECK(q["gain_per_minute"].is_number());
    }
    CHECK(reviewed == second.size());
}

TEST_CASE("srs next reports unknown profiles and banks and rejects bad options", "[cli][srs][selector]")
{
    TempDir data;
    REQUIRE(runCli(at(data, "2026-11-23T09:00:00Z", {"profile", "create", "Ada"})).exitCode == 0);
    const auto noProfile = runCli(at(data, "2026-11-23T09:00:00Z", {"srs", "next", "--profile", "Bob", "--bank", "test-mini"}));
    CHECK(noProfile.exitCode == 1);
    const auto noBank = runCli(at(data, "2026-11-23T09:00:00Z", {"srs", "next", "--profile", "Ada", "--bank", "nope"}));
    CHECK(noBank.exitCode == 1);
    CHECK_THAT(noBank.err, Catch::Contains("nope"));
    const auto badAt = runCli(at(data, "2026-11-23T09:00:00Z",
                                 {"srs", "next", "--profile", "Ada", "--bank", "test-mini", "--at", "tomorrow"}));
    CHECK(badAt.exitCode == 2);
    const auto badCount = runCli(at(data, "2026-11-23T09:00:00Z",
                                    {"srs", "next", "--profile", "Ada", "--bank", "test-mini", "--count", "0"}));
    CHECK(badCount.exitCode == 2);
}
