// `certdrill profile grading`: showing and changing how a profile's answers become ratings, and
// sessions grading by it.
#include "CliProcess.h"
#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>

using namespace certdrill::test;
using nlohmann::json;

TEST_CASE("profile grading shows the default policy and changes it", "[cli][profiles][grading]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    const auto shown = runCli(with(data, {"profile", "grading", "Ada", "--json"}));
    REQUIRE(shown.exitCode == 0);
    CHECK(json::parse(shown.out) == json::parse(R"({"profile": "Ada", "grading": {"wrong": "again",
        "guessed": "hard", "correct": "good", "fast": "easy", "fast_needs_sure": true, "fast_factor": 1.0}})"));
    const auto text = runCli(with(data, {"profile", "grading", "Ada"}));
    CHECK_THAT(text.out, Catch::Contains("correct but guessed:   hard"));

    const auto set = runCli(with(data, {"profile", "grading", "Ada", "--guessed", "Again", "--fast-needs-sure", "no",
                                        "--fast-factor", "0.5", "--json"}));
    REQUIRE(set.exitCode == 0);
    CHECK(json::parse(set.out)["grading"]["guessed"] == "again");
    const auto listed = json::parse(runCli(with(data, {"profile", "list", "--json"})).out)["profiles"][0];
    CHECK(listed["grading"]["guessed"] == "again");
    CHECK(listed["grading"]["fast_needs_sure"] == false);
    CHECK(listed["grading"]["fast_factor"] == 0.5);
    CHECK(listed["grading"]["correct"] == "good"); // untouched

    const auto badFactor = runCli(with(data, {"profile", "grading", "Ada", "--fast-factor", "11"}));
    CHECK(badFactor.exitCode == 1);
    CHECK_THAT(badFactor.err, Catch::Contains("fast_factor"));
    const auto inverted = runCli(with(data, {"profile", "grading", "Ada", "--fast", "hard"}));
    CHECK(inverted.exitCode == 1);
    CHECK_THAT(inverted.err, Catch::Contains("grading.fast"));
    CHECK(runCli(with(data, {"profile", "grading", "Ada", "--wrong", "awful"})).exitCode == 2);
    CHECK(runCli(with(data, {"profile", "grading", "Nobody"})).exitCode == 1);
    CHECK(json::parse(runCli(with(data, {"profile", "grading", "Ada", "--json"})).out)["grading"]["fast_factor"] == 0.5);
}

TEST_CASE("a session rates answers by its profile's grading policy", "[cli][session][grading]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    REQUIRE(runCli(with(data, {"profile", "grading", "Ada", "--guessed", "again", "--correct", "easy"})).exitCode == 0);
    CliProcess p{with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--seed", "3"})};
    const std::map<std::string, std::string> answers{{"single", R"("a")"},
                                                     {"multiple", R"(["a", "b"])"},
                                                     {"numeric", "30"},
                                                     {"order", R"(["i1", "i2", "i3"])"},
                                                     {"match", R"({"l1": "r1", "l2": "r3"})"}}; // one pair wrong
    std::map<std::string, int> ratingById;
    while (true) {
        const auto msg = json::parse(p.readLine().value());
        if (msg.contains("finished"))
            break;
        REQUIRE(msg.contains("question"));
        const std::string type = msg["question"]["type"];
        if (type == "text") {
            p.writeLine(R"({"skip": true})");
            (void)p.readLine();
            continue;
        }
        const bool guessed = type == "numeric";
        p.writeLine(R"({"answer": )" + answers.at(type) + R"(, "ms": 1200, "guessed": )" + (guessed ? "true" : "false") + "}");
        const auto ack = json::parse(p.readLine().value());
        REQUIRE(ack.contains("ack"));
        // The profile's policy: wrong → Again (1), correct but guessed → Again (1), correct → Easy (4).
        const int expected = type == "match" || guessed ? 1 : 4;
        CHECK(ack["rating"] == expected);
        ratingById[ack["ack"].get<std::string>()] = expected;
    }
    CHECK(p.wait() == 0);
    const auto reviews = json::parse(runCli(with(data, {"history", "--profile", "Ada", "--json"})).out)["reviews"];
    REQUIRE(reviews.size() == ratingById.size());
    for (const auto& r : reviews)
        CHECK(r["rating"] == ratingById.at(r["id"].get<std::string>()));
}
