#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

using namespace certdrill::test;
using nlohmann::json;

namespace {

/// An exam on the mini bank answered from stdin in one go: every line skips, so nothing is right.
json skippedExam(const TempDir& data, const std::string& seed)
{
    std::string input;
    for (int i = 0; i < 4; ++i)
        input += R"({"skip": true})" "\n";
    const auto run = runCli(with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--mode", "exam",
                                        "--seed", seed}),
                            input);
    REQUIRE(run.exitCode == 0);
    json last;
    std::istringstream lines{run.out};
    for (std::string line; std::getline(lines, line);)
        last = json::parse(line);
    REQUIRE(last.contains("finished"));
    return last;
}
} // namespace

TEST_CASE("results list finished exams with the change from the previous one, and show prints a stored report", "[cli][results]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    const auto none = runCli(with(data, {"results", "--profile", "Ada"}));
    CHECK(none.exitCode == 0);
    CHECK_THAT(none.out, Catch::Contains("No finished exams"));

    skippedExam(data, "1");
    const auto second = skippedExam(data, "2");
    // A study session is not an exam: listed only with --all.
    REQUIRE(runCli(with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--count", "1"}),
                   R"({"skip": true})" "\n").exitCode == 0);

    const auto listed = runCli(with(data, {"results", "--profile", "Ada", "--json"}));
    REQUIRE(listed.exitCode == 0);
    const auto results = json::parse(listed.out)["results"];
    REQUIRE(results.size() == 2);
    CHECK(results[0]["mode"] == "exam");
    CHECK(results[0]["seed"] == 1);
    CHECK(results[1]["seed"] == 2);
    CHECK(results[0]["change_percent"].is_null());
    CHECK(results[1]["change_percent"] == 0.0);
    CHECK(results[0]["scaled"]["estimate"] == true);
    CHECK(results[0]["passed"] == false);
    CHECK(results[0]["questions"] == 4);
    CHECK(results[0]["domains"].size() == 2);
    CHECK(json::parse(runCli(with(data, {"results", "--profile", "Ada", "--all", "--json"})).out)["results"].size() == 3);
    CHECK(json::parse(runCli(with(data, {"results", "--profile", "Ada", "--bank", "other", "--json"})).out)["results"].empty());

    const auto text = runCli(with(data, {"results", "--profile", "Ada"}));
    CHECK_THAT(text.out, Catch::Contains("MINI-001") && Catch::Contains("estimate") && Catch::Contains("FAIL"));

    const auto id = std::to_string(results[1]["id"].get<int>());
    const auto shown = runCli(with(data, {"results", "show", id, "--json"}));
    REQUIRE(shown.exitCode == 0);
    auto stored = json::parse(shown.out);
    CHECK(stored["uid"] == second["finished"]);
    stored.erase("id");
    stored.erase("uid");
    CHECK(stored == second["report"]); // the full report, as it was when the exam finished
    const auto report = runCli(with(data, {"results", "show", id}));
    CHECK_THAT(report.out, Catch::Contains("Scaled score:  100 / 900 (estimate; pass 700)"));
    CHECK_THAT(report.out, Catch::Contains("Missed questions (4)"));
    CHECK_THAT(report.out, Catch::Contains("By objective"));
}

TEST_CASE("results refuses an unknown profile, a missing session and an id that is not a number", "[cli][results]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    CHECK(runCli(with(data, {"results", "--profile", "Bob"})).exitCode == 1);
    CHECK(runCli(with(data, {"results"})).exitCode == 1);
    const auto missing = runCli(with(data, {"results", "show", "42"}));
    CHECK(missing.exitCode == 1);
    CHECK_THAT(missing.err, Catch::Contains("there is no session 42 (`certdrill results --profile NAME --all` lists"));
    const auto notANumber = runCli(with(data, {"results", "show", "x"}));
    CHECK(notANumber.exitCode == 2);
    CHECK(notANumber.err == "certdrill: id: \"x\" is not a session id: ids are numbers, the first column of "
                            "`certdrill results`\nRun 'certdrill results show --help' for usage.\n");
}

TEST_CASE("results show says how to resume an unfinished session and that an abandoned one has no result",
          "[cli][results][abandon]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada Lovelace"})).exitCode == 0);
    const auto leaveOpen = [&](const std::string& mode) {
        REQUIRE(runCli(with(data, {"session", "run", "--profile", "Ada Lovelace", "--bank", "test-mini", "--mode", mode}),
                       "").exitCode == 0);
    };
    leaveOpen("exam");  // session 1
    leaveOpen("study"); // session 2

    const auto exam = runCli(with(data, {"results", "show", "1"}));
    CHECK(exam.exitCode == 1);
    CHECK(exam.out.empty());
    CHECK(exam.err == "certdrill: error: session 1 is unfinished, so it has no result yet: resume it with "
                      "`certdrill exam --profile 'Ada Lovelace' --bank test-mini --resume`\n");
    const auto study = runCli(with(data, {"results", "show", "2", "--json"}));
    CHECK(study.exitCode == 1);
    CHECK_THAT(study.err, Catch::EndsWith(
                              "resume it with `certdrill quiz --mode study --profile 'Ada Lovelace' --bank test-mini --resume`\n"));

    REQUIRE(runCli(with(data, {"session", "abandon", "--profile", "Ada Lovelace", "--bank", "test-mini", "--mode",
                               "exam"})).exitCode == 0);
    const auto abandoned = runCli(with(data, {"results", "show", "1"}));
    CHECK(abandoned.exitCode == 1);
    CHECK(abandoned.out.empty());
    CHECK(abandoned.err == "certdrill: error: session 1 was abandoned before it was finished: abandoned sessions have "
                           "no result and cannot be resumed\n");
}
