// The interactive terminal quiz, fed keys on stdin as a person would type them.
#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

using namespace certdrill::test;
using nlohmann::json;

namespace {

std::size_t position(const json& ids, const std::string& id)
{
    const auto it = std::find(ids.begin(), ids.end(), id);
    REQUIRE(it != ids.end());
    return static_cast<std::size_t>(it - ids.begin()) + 1;
}

/// The keys that answer a question right, read from the bank and the layout the seed gives.
std::string rightKeys(const json& q, const json& layout)
{
    const std::string type = q["type"];
    std::string keys;
    const auto add = [&](std::size_t n) { keys += (keys.empty() ? "" : " ") + std::to_string(n); };
    if (type == "single" || type == "multiple") {
        for (const auto& c : q["choices"])
            if (c.value("correct", false))
                add(position(layout["order"], c["id"]));
    } else if (type == "order") {
        for (const auto& id : q["answer"])
            add(position(layout["order"], id));
    } else if (type == "match") {
        for (const auto& left : layout["order"])
            add(position(layout["right"], q["answer"][left.get<std::string>()]));
    } else if (type == "numeric") {
        keys = q["answer"].dump();
    } else {
        keys = q["accepted"][0];
    }
    return keys;
}
} // namespace

TEST_CASE("the terminal exam takes typed answers for the exam the seed draws and ends with the report", "[cli][quiz]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    // One seed, one exam: the dry run tells which questions and which choice order to expect.
    const auto drawn = json::parse(runCli(with(data, {"exam", "--bank", "test-mini", "--seed", "8", "--dry-run", "--json"})).out);
    std::ifstream in{kTestBanks + "/mini.json"};
    const auto bank = json::parse(in);
    std::string keys;
    for (const auto& id : drawn["questions"])
        for (const auto& q : bank["questions"])
            if (q["id"] == id)
                keys += rightKeys(q, drawn["layout"].value(id.get<std::string>(), json::object())) + "\n";
    keys += "s\ny\nn\n";
    const auto run = runCli(with(data, {"exam", "--profile", "Ada", "--bank", "test-mini", "--seed", "8"}), keys);
    INFO(run.out);
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.out, Catch::Contains("Question 1 of 4"));
    CHECK_THAT(run.out, Catch::Contains("Time left 10:00"));
    CHECK_THAT(run.out, Catch::Contains("Review   answered 4, unanswered 0, flagged 0")); // after the last answer
    CHECK_THAT(run.out, Catch::Contains("Result:        PASS"));
    CHECK_THAT(run.out, Catch::Contains("Scaled score:  900 / 900 (estimate; pass 700)"));
    CHECK_THAT(run.out, Catch::Contains("4 of 4, 4 right"));
    CHECK(run.out.find("\x1b[") == std::string::npos); // no escape sequences into a pipe
    const auto results = json::parse(runCli(with(data, {"results", "--profile", "Ada", "--json"})).out)["results"];
    REQUIRE(results.size() == 1);
    CHECK(results[0]["correct"] == 4);
}

TEST_CASE("the terminal exam flags, reviews, jumps, leaves and resumes where it was", "[cli][quiz]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    const auto first = runCli(with(data, {"exam", "--profile", "Ada", "--bank", "test-mini", "--seed", "3"}),
                              "f\nr\ng 3\nnonsense\n?\nq\n");
    REQUIRE(first.exitCode == 0);
    CHECK_THAT(first.out, Catch::Contains("[flagged]"));
    CHECK_THAT(first.out, Catch::Contains("Review   answered 0, unanswered 4, flagged 1"));
    CHECK_THAT(first.out, Catch::Contains("Question 3 of 4"));
    CHECK_THAT(first.out, Catch::Contains("g N go to question N")); // the help
    CHECK_THAT(first.out, Catch::Contains("Saved. Continue later with: certdrill exam --profile 'Ada' --bank test-mini --resume"));

    const auto resumed = runCli(with(data, {"exam", "--profile", "Ada", "--bank", "test-mini", "--resume"}), "s\ny\nn\n");
    REQUIRE(resumed.exitCode == 0);
    CHECK_THAT(resumed.out, Catch::Contains("Question 3 of 4"));
    CHECK_THAT(resumed.out, Catch::Contains("Submit the exam? 4 unanswered, 1 flagged."));
    CHECK_THAT(resumed.out, Catch::Contains("Result:        FAIL"));
    CHECK_THAT(resumed.out, Catch::Contains("Interrupted:   closed and resumed 1 time(s)"));
    CHECK(runCli(with(data, {"exam", "--profile", "Ada", "--bank", "test-mini", "--resume"})).exitCode == 1);
}

TEST_CASE("the study quiz explains each answer and keeps the session when input ends", "[cli][quiz]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    // Study on objective 2.1 only: the numeric question (m-0003) and the text one (m-0004).
    const auto run = runCli(with(data, {"quiz", "--profile", "Ada", "--bank", "test-mini", "--mode", "study",
                                        "--objective", "2.1", "--seed", "1"}),
                            "abc\n31\n\n");
    REQUIRE(run.exitCode == 0);
    const bool numericFirst = run.out.find("How many usable hosts") < run.out.find("dotted-decimal");
    if (numericFirst) {
        CHECK_THAT(run.out, Catch::Contains("type a number, e.g. 30")); // "abc" is not a number
        CHECK_THAT(run.out, Catch::Contains("Wrong."));
        CHECK_THAT(run.out, Catch::Contains("30 hosts"));
    } else {
        CHECK_THAT(run.out, Catch::Contains("Wrong.")); // "abc" is not the mask
        CHECK_THAT(run.out, Catch::Contains("255.255.255.0"));
    }
    CHECK_THAT(run.out, Catch::Contains("Saved. Continue later with: certdrill quiz --mode study"));
    const auto history = json::parse(runCli(with(data, {"history", "--profile", "Ada", "--json"})).out)["reviews"];
    REQUIRE(history.size() >= 1);
    CHECK(history[0]["mode"] == "study");
}

TEST_CASE("a quick quiz shows its timer and the full report at the end", "[cli][quiz]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    const auto run = runCli(with(data, {"quiz", "--profile", "Ada", "--bank", "test-mini", "--count", "2", "--seed", "5"}),
                            "\n\n");
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.out, Catch::Contains("quiz, 2 questions in 02:00"));
    CHECK_THAT(run.out, Catch::Contains("Time left 02:00"));
    CHECK_THAT(run.out, Catch::Contains("quick quiz, seed 5"));
    CHECK_THAT(run.out, Catch::Contains("Missed questions (2)"));
    CHECK_THAT(run.out, Catch::Contains("estimate"));
}
