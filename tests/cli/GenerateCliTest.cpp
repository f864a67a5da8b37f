// Generated questions from the command line: `certdrill generate` shows the question a seed gives,
// `session run` shows generated questions with their seed, and `history` keeps the seed.
#include "CliProcess.h"
#include "CliRunner.h"
#include "SessionLines.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>

using namespace certdrill::test;
using nlohmann::json;

namespace {

const std::string kGeneratedBanks = std::string{CERTDRILL_TEST_DATA_DIR} + "/generated_banks";

std::vector<std::string> withGenerated(const TempDir& data, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--data-dir", data.path(), "--banks-dir", kGeneratedBanks, "--now", "2026-11-23T10:00:00Z"});
    return args;
}

json generate(const TempDir& data, std::vector<std::string> args)
{
    args.insert(args.begin(), "generate");
    args.push_back("--json");
    const auto r = runCli(withGenerated(data, args));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return json::parse(r.out);
}

} // namespace

TEST_CASE("generate shows the question a generator entry gives for a seed, the same every time", "[cli][generator]")
{
    TempDir data;
    const auto a = generate(data, {"--bank", "test-generated", "--question", "g-subnet", "--seed", "42"});
    CHECK(a == generate(data, {"--bank", "test-generated", "--question", "g-subnet", "--seed", "42"}));
    CHECK(a["family"] == "ipv4.subnet-facts");
    CHECK(a["seed"] == 42);
    const auto& q = a["question"];
    CHECK(q["id"] == "g-subnet");
    CHECK(q["objective"] == "1.1");
    CHECK(q["type"] != "generator");
    CHECK_FALSE(q["stem"].get<std::string>().empty());
    CHECK_FALSE(q["explanation"].get<std::string>().empty());
    const auto other = generate(data, {"--bank", "test-generated", "--question", "g-subnet", "--seed", "43"});
    CHECK(other["question"]["stem"] != q["stem"]);

    // The family with the entry's parameters gives the same question.
    const auto family = generate(data, {"--family", "ipv4.subnet-facts", "--params",
                                        R"({"ask": "any", "min_prefix": 20, "max_prefix": 30})", "--seed", "42"});
    CHECK(family["question"]["stem"] == q["stem"]);
    CHECK(family["question"]["choices"] == q["choices"]);

    const auto text = runCli(withGenerated(data, {"generate", "--bank", "test-generated", "--question", "g-subnet", "--seed", "42"}));
    CHECK(text.exitCode == 0);
    CHECK_THAT(text.out, Catch::Contains("seed 42") && Catch::Contains("Correct answer:")
                             && Catch::Contains(q["stem"].get<std::string>().substr(0, 20)));
}

TEST_CASE("generate lists the families and refuses what it cannot show", "[cli][generator]")
{
    TempDir data;
    const auto families = runCli(withGenerated(data, {"generate", "--families", "--json"}));
    REQUIRE(families.exitCode == 0);
    bool route = false;
    const auto list = json::parse(families.out);
    for (const auto& f : list["families"])
        route = route || f["id"] == "route.selection";
    CHECK(route);
    const auto fixed = runCli(withGenerated(data, {"generate", "--bank", "test-generated", "--question", "f-0001", "--seed", "1"}));
    CHECK(fixed.exitCode == 1);
    CHECK_THAT(fixed.err, Catch::Contains("not a generator entry"));
    const auto unknown = runCli(withGenerated(data, {"generate", "--family", "ipv4.nothing", "--seed", "1"}));
    CHECK(unknown.exitCode == 1);
    CHECK_THAT(unknown.err, Catch::Contains("ipv4.nothing"));
    const auto noSeed = runCli(withGenerated(data, {"generate", "--bank", "test-generated", "--question", "g-subnet"}));
    CHECK(noSeed.exitCode != 0);
    CHECK_THAT(noSeed.err, Catch::Contains("--seed"));
}

TEST_CASE("session run shows generated questions with their seed, history keeps it, generate shows it again",
          "[cli][generator]")
{
    TempDir data;
    REQUIRE(runCli(withGenerated(data, {"profile", "create", "Ada"})).exitCode == 0);
    std::map<std::string, std::pair<std::uint64_t, std::string>> generated; // id -> seed, stem
    {
        CliProcess p{withGenerated(data, {"session", "run", "--profile", "Ada", "--bank", "test-generated", "--mode",
                                          "study", "--seed", "11"})};
        auto line = next(p);
        while (line.contains("question")) {
            const auto& q = line["question"];
            CHECK(q["type"] != "generator");
            if (q.contains("generated"))
                generated[q["id"]] = {q["generated"]["seed"].get<std::uint64_t>(), q["stem"].get<std::string>()};
            p.writeLine(json{{"answer", wellFormed(q)}}.dump());
            const auto ack = next(p);
            REQUIRE(ack.contains("ack"));
            line = next(p);
        }
        CHECK(line.contains("finished"));
    }
    REQUIRE(generated.size() == 3);

    const auto history = runCli(withGenerated(data, {"history", "--profile", "Ada", "--json"}));
    REQUIRE(history.exitCode == 0);
    std::size_t withSeed = 0;
    const auto log = json::parse(history.out);
    for (const auto& r : log["reviews"]) {
        const std::string id = r["question"];
        const auto it = generated.find(id);
        CHECK(r["instance_seed"].is_null() == (it == generated.end()));
        if (it == generated.end())
            continue;
        ++withSeed;
        CHECK(r["instance_seed"] == it->second.first);
        const auto again = generate(data, {"--bank", "test-generated", "--question", id, "--seed",
                                           std::to_string(it->second.first)});
        CHECK(again["question"]["stem"] == it->second.second);
    }
    CHECK(withSeed == 3);
    const auto text = runCli(withGenerated(data, {"history", "--profile", "Ada"}));
    CHECK_THAT(text.out, Catch::Contains("seed " + std::to_string(generated.begin()->second.first)));
}

TEST_CASE("the terminal quiz shows generated questions like any other", "[cli][generator][quiz]")
{
    TempDir data;
    REQUIRE(runCli(withGenerated(data, {"profile", "create", "Ada"})).exitCode == 0);
    std::string keys;
    for (int i = 0; i < 7; ++i)
        keys += "1\n\n"; // the first option, then Enter to go on
    const auto r = runCli(withGenerated(data, {"quiz", "--profile", "Ada", "--bank", "test-generated", "--mode", "study",
                                               "--seed", "5"}),
                          keys);
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("· generated") && Catch::Contains("show ip route")
                          && Catch::Contains("Question 7 of 7"));
    const auto history = runCli(withGenerated(data, {"history", "--profile", "Ada", "--json"}));
    const auto log = json::parse(history.out);
    CHECK(log["reviews"].size() == 7);
}
