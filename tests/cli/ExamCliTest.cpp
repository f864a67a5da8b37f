#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <set>

using namespace certdrill::test;
using nlohmann::json;

namespace {
const std::string kShippedBanks = CERTDRILL_SOURCE_BANKS_DIR;

CliResult dryRun(const TempDir& data, const std::string& banks, const std::string& bank, const std::string& seed,
                 std::vector<std::string> extra = {})
{
    std::vector<std::string> args{"--data-dir", data.path(), "--banks-dir", banks, "exam", "--bank", bank, "--seed", seed,
                                  "--dry-run"};
    args.insert(args.end(), extra.begin(), extra.end());
    return runCli(args);
}
} // namespace

TEST_CASE("exam --dry-run --json prints the drawn exam: the same for the same seed, on the blueprint", "[cli][exam]")
{
    TempDir data;
    const auto first = dryRun(data, kShippedBanks, "comptia-network-plus-n10-009", "2026", {"--json"});
    REQUIRE(first.exitCode == 0);
    CHECK(dryRun(data, kShippedBanks, "comptia-network-plus-n10-009", "2026", {"--json"}).out == first.out);
    const auto other = json::parse(dryRun(data, kShippedBanks, "comptia-network-plus-n10-009", "2027", {"--json"}).out);
    const auto doc = json::parse(first.out);
    CHECK(doc["seed"] == 2026);
    CHECK(doc["bank"] == "comptia-network-plus-n10-009");
    CHECK(doc["question_count"] == 90);
    CHECK(doc["time_limit_minutes"] == 90);
    CHECK(doc["navigation"] == "free");
    CHECK(doc["questions"] != other["questions"]);
    const auto ids = doc["questions"].get<std::vector<std::string>>();
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 90);
    int drawn = 0;
    for (const auto& d : doc["domains"]) {
        CHECK(std::abs(d["drawn"].get<double>() - d["weight"].get<double>() * 90) <= 1.0);
        CHECK(d["drawn"] == d["quota"]);
        drawn += d["drawn"].get<int>();
    }
    CHECK(drawn == 90);
    CHECK(doc["layout"].size() > 80); // every question with options has its shuffled order
    CHECK(doc["warnings"].empty());
    // The dry run touched no database.
    CHECK_FALSE(std::ifstream{data.path() + "/certdrill.db"}.good());
}

TEST_CASE("exam --dry-run prints a readable summary and the rules of a forward-only bank", "[cli][exam]")
{
    TempDir data;
    const auto text = dryRun(data, kShippedBanks, "cisco-ccna-200-301", "5");
    REQUIRE(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("100 questions, 120 minutes, seed 5"));
    CHECK_THAT(text.out, Catch::Contains("IP Connectivity"));
    CHECK_THAT(text.out, Catch::Contains("testlet(s)"));
    const auto doc = json::parse(dryRun(data, kShippedBanks, "cisco-ccna-200-301", "5", {"--json"}).out);
    CHECK(doc["navigation"] == "forward_only");
    CHECK_FALSE(doc["scenarios"].empty());
    // A shorter exam gets a proportional time.
    const auto shorter = json::parse(dryRun(data, kShippedBanks, "cisco-ccna-200-301", "5", {"--json", "--count", "50"}).out);
    CHECK(shorter["question_count"] == 50);
    CHECK(shorter["time_limit_minutes"] == 60);
}

TEST_CASE("exam --dry-run warns when the bank has fewer questions than the exam", "[cli][exam]")
{
    TempDir data;
    const auto doc = json::parse(dryRun(data, kTestBanks, "test-mini", "1", {"--json", "--count", "9"}).out);
    CHECK(doc["question_count"] == 6);
    CHECK(doc["requested"] == 9);
    REQUIRE(doc["warnings"].size() == 1);
    CHECK_THAT(doc["warnings"][0].get<std::string>(), Catch::Contains("only 6 questions"));
}

TEST_CASE("exam refuses what it cannot do, with the exit codes of the contract", "[cli][exam]")
{
    TempDir data;
    const auto unknown = dryRun(data, kTestBanks, "no-such-bank", "1");
    CHECK(unknown.exitCode == 1);
    CHECK_THAT(unknown.err, Catch::Contains("no-such-bank"));
    const auto unseen = dryRun(data, kTestBanks, "test-mini", "1", {"--prefer-unseen"});
    CHECK(unseen.exitCode == 1);
    CHECK_THAT(unseen.err, Catch::Contains("--prefer-unseen needs --profile"));
    const auto noProfile = runCli({"--data-dir", data.path(), "--banks-dir", kTestBanks, "exam", "--bank", "test-mini"});
    CHECK(noProfile.exitCode == 1);
    CHECK_THAT(noProfile.err, Catch::Contains("--profile"));
    CHECK(runCli({"--data-dir", data.path(), "exam", "--dry-run"}).exitCode == 2); // --bank is required
}
