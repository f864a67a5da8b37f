#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using certdrill::test::kTestBanks;
using certdrill::test::runCli;
using certdrill::test::TempDir;

TEST_CASE("the version flag prints the version and exits 0", "[cli]")
{
    const auto r = runCli({"--version"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::StartsWith("certdrill 0."));
}

TEST_CASE("the help flag lists the commands and exits 0", "[cli]")
{
    const auto r = runCli({"--help"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("banks") && Catch::Contains("validate") && Catch::Contains("--data-dir"));
}

TEST_CASE("an unknown option is a usage error: exit 2 with a hint", "[cli]")
{
    const auto r = runCli({"banks", "--no-such-option"});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("--no-such-option") && Catch::Contains("--help"));
    CHECK(r.out.empty());
}

TEST_CASE("no command is a usage error", "[cli]")
{
    CHECK(runCli({}).exitCode == 2);
}

TEST_CASE("a usage error names the word it did not know and points to the help of the command it was in", "[cli]")
{
    const auto command = runCli({"session", "frob"});
    CHECK(command.exitCode == 2);
    CHECK(command.out.empty());
    CHECK(command.err == "certdrill: 'certdrill session' has no command \"frob\" (its commands: run, abandon)\n"
                         "Run 'certdrill session --help' for usage.\n");
    // The unknown option, not the required options still missing after it.
    const auto option = runCli({"session", "abandon", "--bogus"});
    CHECK(option.exitCode == 2);
    CHECK(option.err == "certdrill: 'certdrill session abandon' has no option \"--bogus\"\n"
                        "Run 'certdrill session abandon --help' for usage.\n");
    CHECK_THAT(runCli({"frob"}).err, Catch::StartsWith("certdrill: 'certdrill' has no command \"frob\" (its commands: "
                                                       "banks, validate,"));
    CHECK_THAT(runCli({"banks", "frob"}).err, Catch::StartsWith("certdrill: 'certdrill banks' takes no argument \"frob\"\n"
                                                                "Run 'certdrill banks --help'"));
    const auto missing = runCli({"session"});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err == "certdrill: 'certdrill session' needs a command: run, abandon\n"
                         "Run 'certdrill session --help' for usage.\n");
    const auto required = runCli({"session", "abandon", "--profile", "Ada"});
    CHECK(required.exitCode == 2);
    CHECK(required.err == "certdrill: --bank is required\nRun 'certdrill session abandon --help' for usage.\n");
}

TEST_CASE("session --help lists abandon, and session abandon --help its options", "[cli][session][abandon]")
{
    const auto session = runCli({"session", "--help"});
    CHECK(session.exitCode == 0);
    CHECK_THAT(session.out, Catch::Contains("run one as JSON lines, or abandon an unfinished one") &&
                                Catch::Contains("abandon                     Give up the unfinished session"));
    const auto abandon = runCli({"session", "abandon", "--help"});
    CHECK(abandon.exitCode == 0);
    CHECK_THAT(abandon.out, Catch::Contains("Usage: certdrill session abandon [OPTIONS]") &&
                                Catch::Contains("--profile TEXT REQUIRED") && Catch::Contains("--bank TEXT REQUIRED") &&
                                Catch::Contains("--mode TEXT:{study,exam,review,quiz,drill} REQUIRED") &&
                                Catch::Contains("The mode of the session to give up"));
}

TEST_CASE("the now option rejects a timestamp that is not ISO-8601", "[cli]")
{
    TempDir data;
    const auto r = runCli({"--data-dir", data.path(), "--now", "yesterday", "banks"});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("ISO-8601"));
}

TEST_CASE("banks --json lists the banks of the given folder as valid JSON", "[cli]")
{
    TempDir data;
    const auto r = runCli({"--data-dir", data.path(), "--banks-dir", kTestBanks, "banks", "--json"});
    REQUIRE(r.exitCode == 0);
    const auto doc = nlohmann::json::parse(r.out);
    REQUIRE(doc.at("banks").size() == 2); // mini.json, then tiny-forward.json
    const auto& bank = doc["banks"][0];
    CHECK(bank.at("id") == "test-mini");
    CHECK(bank.at("exam_code") == "MINI-001");
    CHECK(bank.at("title") == "Mini Test Bank");
    CHECK(bank.at("question_count") == 6);
    CHECK(doc.at("rejected").empty());
}

TEST_CASE("banks prints a table with one row per bank", "[cli]")
{
    TempDir data;
    const auto r = runCli({"--data-dir", data.path(), "--banks-dir", kTestBanks, "banks"});
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::StartsWith("ID") && Catch::Contains("test-mini") && Catch::Contains("MINI-001"));
}

TEST_CASE("banks finds the bundled banks when run from the build tree", "[cli]")
{
    TempDir data;
    const auto r = runCli({"--data-dir", data.path(), "banks", "--json"});
    REQUIRE(r.exitCode == 0);
    const auto doc = nlohmann::json::parse(r.out);
    for (const auto& bank : doc.at("banks"))
        CHECK_THAT(bank.at("file").get<std::string>(), Catch::StartsWith(CERTDRILL_SOURCE_BANKS_DIR));
    CHECK(doc.at("rejected").empty());
}

TEST_CASE("validate accepts a valid bank and exits 0", "[cli]")
{
    const auto r = runCli({"validate", kTestBanks + "/mini.json"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("ok (6 questions"));
}

TEST_CASE("validate reports a located error and exits 1", "[cli]")
{
    TempDir dir;
    const std::string file = dir.path() + "/broken.json";
    {
        FILE* f = std::fopen(file.c_str(), "w");
        REQUIRE(f);
        std::fputs("{\n  \"format\": \"certdrill-bank/1\",\n  \"id\": 42\n}\n", f);
        std::fclose(f);
    }
    const auto r = runCli({"validate", file});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Catch::Contains(file + ":3:9: error: \"id\" must be a string, not a number [/id]"));
}

TEST_CASE("validate --json prints every diagnostic as JSON", "[cli]")
{
    const auto r = runCli({"validate", "--json", kTestBanks + "/mini.json"});
    REQUIRE(r.exitCode == 0);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc.at("valid") == true);
    CHECK(doc.at("files")[0].at("bank").at("id") == "test-mini");
}

TEST_CASE("validate without a path is a usage error", "[cli]")
{
    CHECK(runCli({"validate"}).exitCode == 2);
}
