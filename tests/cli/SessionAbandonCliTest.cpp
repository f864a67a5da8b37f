// Abandoned sessions: starting a new session gives up the unfinished one of the same bank and mode,
// and `certdrill session abandon` gives it up without starting one. Answers are never lost.
#include "CliProcess.h"
#include "CliRunner.h"
#include "SessionLines.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace certdrill::test;
using nlohmann::json;

namespace {

std::vector<std::string> runArgs(const std::string& mode, const std::string& seed)
{
    return {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--mode", mode, "--seed", seed};
}

/// Starts a session, saves (exam) or logs (practice) an answer to its first question and leaves
/// it unfinished. Returns the session's id.
std::int64_t leaveUnfinished(const TempDir& data, const std::string& mode, const std::string& seed)
{
    CliProcess p{with(data, runArgs(mode, seed))};
    const auto q = next(p);
    REQUIRE(q.contains("question"));
    p.writeLine(json{{"answer", wellFormed(q["question"])}, {"stay", true}}.dump());
    const auto reply = next(p);
    CHECK((reply.contains("saved") || reply.contains("ack")));
    p.closeStdin();
    CHECK(p.wait() == 0);
    return q["session"]["id"].get<std::int64_t>();
}

/// A session's status (0 in progress, 1 finished, 2 abandoned) and how many answers it has saved.
std::pair<int, int> statusAndAnswers(const TempDir& data, std::int64_t id)
{
    SQLite::Database db{(std::filesystem::path{data.path()} / "certdrill.db").string(), SQLite::OPEN_READONLY};
    SQLite::Statement q{db, "SELECT status, (SELECT count(*) FROM session_answers WHERE session_id = id AND "
                            "response IS NOT NULL) FROM sessions WHERE id = ?"};
    q.bind(1, id);
    REQUIRE(q.executeStep());
    return {q.getColumn(0).getInt(), q.getColumn(1).getInt()};
}

std::vector<std::string> abandonArgs(const std::string& mode)
{
    return {"session", "abandon", "--profile", "Ada", "--bank", "test-mini", "--mode", mode};
}

} // namespace

TEST_CASE("a new session abandons the unfinished one of its bank and mode, and resume continues the new one",
          "[cli][session][abandon]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    const auto oldExam = leaveUnfinished(data, "exam", "11");
    const auto study = leaveUnfinished(data, "study", "11");
    const auto newExam = leaveUnfinished(data, "exam", "12");

    CHECK(statusAndAnswers(data, oldExam) == std::pair{2, 1}); // abandoned, its answer kept
    CHECK(statusAndAnswers(data, study) == std::pair{0, 1});   // another mode: untouched
    CHECK(statusAndAnswers(data, newExam) == std::pair{0, 1});

    CliProcess p{with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--mode", "exam",
                             "--resume"})};
    const auto resumed = next(p);
    CHECK(resumed["session"]["id"] == newExam);
    CHECK(resumed["session"]["seed"] == 12);
    p.closeStdin();
    CHECK(p.wait() == 0);

    const auto results = runCli(with(data, {"results", "--profile", "Ada", "--all", "--json"}));
    REQUIRE(results.exitCode == 0);
    CHECK(json::parse(results.out)["results"].empty()); // an abandoned exam is no result
    // An abandoned exam's answers were never submitted: none of them is in the answer log.
    const auto history = json::parse(runCli(with(data, {"history", "--profile", "Ada", "--json"})).out)["reviews"];
    REQUIRE(history.size() == 1);
    CHECK(history[0]["mode"] == "study");
}

TEST_CASE("session abandon gives up the unfinished session, keeps its answers, and says when there is none",
          "[cli][session][abandon]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    const auto none = runCli(with(data, abandonArgs("exam")));
    CHECK(none.exitCode == 1);
    CHECK_THAT(none.err, Catch::Contains("there is no unfinished exam session of \"Ada\" in test-mini"));
    CHECK(none.out.empty());

    const auto exam = leaveUnfinished(data, "exam", "11");
    const auto quiz = leaveUnfinished(data, "quiz", "11");
    const auto done = runCli(with(data, abandonArgs("exam")));
    REQUIRE(done.exitCode == 0);
    CHECK_THAT(done.out, Catch::Contains("Abandoned the unfinished exam session " + std::to_string(exam) +
                                         " of \"Ada\" in test-mini, started 2026-11-23T10:00:00"));
    CHECK_THAT(done.out, Catch::Contains("1 of 4 questions answered"));
    CHECK_THAT(done.out, Catch::Contains("Its saved answers are kept"));
    CHECK(statusAndAnswers(data, exam) == std::pair{2, 1});
    CHECK(statusAndAnswers(data, quiz) == std::pair{0, 1});

    const auto resume = runCli(with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--mode",
                                           "exam", "--resume"}));
    CHECK(resume.exitCode == 1);
    CHECK_THAT(resume.err, Catch::Contains("no unfinished exam session"));
    const auto again = runCli(with(data, abandonArgs("exam")));
    CHECK(again.exitCode == 1);
    CHECK_THAT(again.err, Catch::Contains("there is no unfinished exam session"));

    const auto unknown = runCli(with(data, {"session", "abandon", "--profile", "Bob", "--bank", "test-mini",
                                            "--mode", "exam"}));
    CHECK(unknown.exitCode == 1);
    const auto badMode = runCli(with(data, {"session", "abandon", "--profile", "Ada", "--bank", "test-mini",
                                            "--mode", "cram"}));
    CHECK(badMode.exitCode == 2);
}
