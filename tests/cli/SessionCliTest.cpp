// `certdrill session run` beyond the storage issue's protocol: exam navigation, flags, the review
// screen, the timer, pauses, feedback and reports.
#include "CliProcess.h"
#include "CliRunner.h"
#include "SessionLines.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace certdrill::test;
using nlohmann::json;

namespace {


/// The mini bank with changes, written to `dir` under a new id.
void writeBank(const TempDir& dir, const std::string& id, const std::function<void(json&)>& change)
{
    std::ifstream in{kTestBanks + "/mini.json"};
    json bank = json::parse(in);
    bank["id"] = id;
    change(bank);
    std::ofstream{std::filesystem::path{dir.path()} / (id + ".json")} << bank.dump(2);
}

struct Setup {
    TempDir data;
    TempDir banks;
    Setup()
    {
        writeBank(banks, "mini-free", [](json&) {});
        writeBank(banks, "mini-cisco", [](json& b) { b["exam"]["navigation"] = "forward_only"; });
        writeBank(banks, "mini-long", [](json& b) { b["exam"]["duration_minutes"] = 20; });
        REQUIRE(runCli(args({"profile", "create", "Ada"})).exitCode == 0);
    }
    [[nodiscard]] std::vector<std::string> args(std::vector<std::string> rest) const
    {
        rest.insert(rest.begin(), {"--data-dir", data.path(), "--banks-dir", banks.path(), "--now", "2026-11-23T10:00:00Z"});
        return rest;
    }
    [[nodiscard]] std::vector<std::string> run(const std::string& bank, const std::string& mode,
                                               std::vector<std::string> extra = {}) const
    {
        std::vector<std::string> a{"session", "run", "--profile", "Ada", "--bank", bank, "--mode", mode, "--seed", "11"};
        a.insert(a.end(), extra.begin(), extra.end());
        return args(a);
    }
};

json send(CliProcess& p, const json& message)
{
    p.writeLine(message.dump());
    return next(p);
}

} // namespace

TEST_CASE("session run drives a free exam: go to, flag, review screen, change answers, submit", "[cli][session][exam]")
{
    Setup s;
    CliProcess p{s.run("mini-free", "exam")};
    auto q = next(p);
    REQUIRE(q.contains("question"));
    CHECK(q["session"]["mode"] == "exam");
    CHECK(q["session"]["seed"] == 11);
    CHECK(q["session"]["navigation"] == "free");
    CHECK(q["session"]["time_limit_ms"] == 600'000);
    CHECK(q["timer"]["remaining_ms"] == 600'000);
    CHECK(q["question"]["total"] == 4);
    const auto firstId = q["question"]["id"];

    CHECK(send(p, {{"flag", true}}) == json{{"flagged", firstId}, {"value", true}});
    q = send(p, {{"goto", 3}});
    CHECK(q["question"]["index"] == 3);
    CHECK(send(p, {{"goto", 9}})["code"] == "no-such-question");
    q = send(p, {{"previous", true}});
    CHECK(q["question"]["index"] == 2);
    const auto review = send(p, {{"review", true}});
    REQUIRE(review.contains("review"));
    CHECK(review["review"]["unanswered"] == 4);
    CHECK(review["review"]["flagged"] == 1);
    CHECK(review["review"]["questions"][0]["flagged"] == true);
    CHECK(review["review"]["questions"][2]["current"] == true);

    // Answer everything with "stay", to move by hand.
    for (int i = 0; i < 4; ++i) {
        q = send(p, {{"goto", i}});
        CHECK(send(p, {{"answer", wellFormed(q["question"])}, {"stay", true}}).contains("saved"));
    }
    q = send(p, {{"goto", 0}});
    CHECK_FALSE(q["question"]["answer"].is_null()); // the saved answer comes back with the question
    CHECK(q["question"]["flagged"] == true);
    CHECK(send(p, {{"pause", true}})["code"] == "pause-not-allowed"); // a strict simulation
    const auto done = send(p, {{"submit", true}});
    REQUIRE(done.contains("finished"));
    CHECK(done["answered"] == 4);
    CHECK(done["reviews"].size() == 4);
    CHECK(done["timed_out"] == false);
    CHECK(done["report"]["score"]["scaled"]["estimate"] == true);
    CHECK(done["report"]["score"]["flagged"] == 1);
    CHECK(p.wait() == 0);
    const auto history = json::parse(runCli(s.args({"history", "--profile", "Ada", "--json"})).out)["reviews"];
    CHECK(history.size() == 4); // logged once each, at submission
}

TEST_CASE("session run enforces forward-only navigation", "[cli][session][exam]")
{
    Setup s;
    CliProcess p{s.run("mini-cisco", "exam", {"--count", "6"})};
    auto q = next(p);
    CHECK(q["session"]["navigation"] == "forward_only");
    CHECK(send(p, {{"flag", true}})["code"] == "not-allowed");
    CHECK(send(p, {{"review", true}})["code"] == "not-allowed");
    CHECK(send(p, {{"goto", 5}})["code"] == "not-allowed");
    q = send(p, {{"skip", true}});
    REQUIRE(q.contains("skipped"));
    q = next(p);
    CHECK(q["question"]["index"] == 1);
    CHECK(send(p, {{"previous", true}})["code"] == "not-allowed");
    p.closeStdin();
    CHECK(p.wait() == 0);
}

TEST_CASE("session run reports the timer's warnings and submits the exam when time is up", "[cli][session][timer]")
{
    Setup s;
    CliProcess p{s.run("mini-long", "exam")};
    CHECK(next(p)["timer"]["limit_ms"] == 1'200'000);
    // "ms" states how long a step took (the clock stands still under --now). Events come with the
    // timer's next tick, after the question.
    const auto until = [&](const std::string& event) {
        while (true) {
            const auto m = next(p);
            if (m.value("event", "") == event)
                return m;
            REQUIRE_FALSE(m.contains("finished"));
        }
    };
    p.writeLine(json{{"skip", true}, {"ms", 660'000}}.dump());
    const auto ten = until("10-minutes-left");
    CHECK(ten["timer"]["remaining_ms"] == 540'000);
    CHECK(send(p, {{"timer", true}})["timer"]["warning_minutes"] == 10);
    p.writeLine(json{{"skip", true}, {"ms", 300'000}}.dump());
    CHECK(until("5-minutes-left")["timer"]["remaining_ms"] == 240'000);
    p.writeLine(json{{"skip", true}, {"ms", 600'000}}.dump());
    CHECK(until("time-up")["timer"]["remaining_ms"] == 0);
    const auto done = next(p);
    REQUIRE(done.contains("finished"));
    CHECK(done["timed_out"] == true);
    CHECK(done["report"]["time"]["elapsed_ms"] == 1'200'000);
    CHECK(p.wait() == 0);
}

TEST_CASE("a practice exam may be paused, and the report says so", "[cli][session][timer]")
{
    Setup s;
    CliProcess p{s.run("mini-free", "exam", {"--practice"})};
    CHECK(next(p)["session"]["practice"] == true);
    const auto paused = send(p, {{"pause", true}});
    CHECK(paused["paused"] == true);
    CHECK(paused["timer"]["paused"] == true);
    CHECK(send(p, {{"skip", true}})["code"] == "paused");
    CHECK(send(p, {{"resume", true}})["resumed"] == true);
    const auto done = send(p, {{"submit", true}});
    CHECK(done["report"]["time"]["pauses"] == 1);
    CHECK(done["report"]["practice"] == true);
}

TEST_CASE("study answers come back with feedback, and a quiz keeps it for the report", "[cli][session]")
{
    Setup s;
    {
        CliProcess p{s.run("mini-free", "study")};
        auto q = next(p);
        CHECK_FALSE(q.contains("timer"));
        while (q["question"]["type"] != "single") {
            REQUIRE(send(p, {{"skip", true}}).contains("skipped"));
            q = next(p);
        }
        const auto ack = send(p, {{"answer", "b"}});
        REQUIRE(ack.contains("feedback"));
        CHECK(ack["correct"] == false);
        CHECK(ack["feedback"]["correct_answer"] == json{"TCP 443"});
        CHECK(ack["feedback"]["explanation"] == "HTTPS is HTTP over TLS on TCP 443.");
        CHECK(ack["feedback"]["choices"].size() == 3);
        REQUIRE(next(p).contains("question")); // seed 11 has more after it
        CHECK(send(p, {{"flag", true}})["code"] == "usage"); // flags belong to exams
        const auto done = send(p, {{"submit", true}});
        REQUIRE(done.contains("finished"));
        CHECK(done["report"]["mode"] == "study");
    }
    CliProcess p{s.run("mini-free", "quiz", {"--count", "3"})};
    auto q = next(p);
    CHECK(q["question"]["total"] == 3);
    CHECK(q["timer"]["limit_ms"] == 180'000);
    p.writeLine(json{{"skip", true}}.dump());
    CHECK(next(p).contains("skipped"));
    q = next(p);
    const auto ack = send(p, {{"answer", wellFormed(q["question"])}});
    REQUIRE(ack.contains("ack"));
    CHECK_FALSE(ack.contains("feedback"));
    p.closeStdin(); // it holds the data folder while it runs
    CHECK(p.wait() == 0);
    const auto history = json::parse(runCli(s.args({"history", "--profile", "Ada", "--json"})).out)["reviews"];
    for (const auto& r : history)
        CHECK((r["mode"] == "study" || r["mode"] == "quiz"));
}

TEST_CASE("a resumed exam shows the same questions and choices, and counts the interruption", "[cli][session][exam]")
{
    Setup s;
    json first;
    {
        CliProcess p{s.run("mini-free", "exam")};
        first = next(p);
        CHECK(send(p, {{"flag", true}}).contains("flagged"));
        p.closeStdin();
        CHECK(p.wait() == 0);
    }
    CliProcess p{s.args({"session", "run", "--profile", "Ada", "--bank", "mini-free", "--mode", "exam", "--resume"})};
    const auto again = next(p);
    CHECK(again["question"]["id"] == first["question"]["id"]);
    CHECK(again["question"].value("choices", json()) == first["question"].value("choices", json()));
    CHECK(again["question"].value("items", json()) == first["question"].value("items", json()));
    CHECK(again["question"]["flagged"] == true);
    CHECK(again["session"]["resumes"] == 1);
    const auto done = send(p, {{"submit", true}});
    CHECK(done["report"]["time"]["resumes"] == 1);
}

TEST_CASE("session run drives review and drill sessions too", "[cli][session]")
{
    Setup s;
    {
        // A new profile has nothing due: a review introduces new questions, up to the daily limit.
        CliProcess p{s.run("mini-free", "review")};
        auto q = next(p);
        CHECK(q["session"]["mode"] == "review");
        CHECK(q["question"]["total"] == 6);
        const auto ack = send(p, {{"answer", wellFormed(q["question"])}});
        REQUIRE(ack.contains("ack"));
        CHECK(ack.contains("feedback"));
        REQUIRE(next(p).contains("question"));
        CHECK(send(p, {{"submit", true}}).contains("finished"));
    }
    CliProcess p{s.run("mini-free", "drill", {"--domain", "2.0", "--difficulty", "2"})};
    auto q = next(p);
    CHECK(q["question"]["total"] == 3); // m-0003, m-0005, m-0006
    CHECK(q["question"]["domain"] == "2.0");
    p.closeStdin();
    CHECK(p.wait() == 0);
    const auto refused = runCli(s.run("mini-free", "exam", {"--domain", "2.0"}));
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Catch::Contains("filters apply to study and drill"));
    const auto unknown = runCli(s.run("mini-free", "drill", {"--objective", "9.9"}));
    CHECK(unknown.exitCode == 1);
    CHECK_THAT(unknown.err, Catch::Contains("no objective \"9.9\""));
}
