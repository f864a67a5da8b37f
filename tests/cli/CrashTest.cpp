// Kills `certdrill session run` with SIGKILL at random moments and checks that no acknowledged
// answer is lost or doubled, the database stays intact and the session resumes where it was.
#include "CliProcess.h"
#include "CliRunner.h"
#include "core/common/Random.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

using namespace certdrill::test;
using nlohmann::json;

namespace {

void writeBank(const std::filesystem::path& file, int questions)
{
    json bank = json::parse(R"({"format": "certdrill-bank/1", "id": "crash-bank", "title": "Crash", "vendor": "Test",
        "exam_code": "CR-1", "version": "1", "license": "CC0-1.0",
        "exam": {"duration_minutes": 60, "question_count": 50, "passing_score": 700, "score_scale": [100, 900],
                 "navigation": "free"},
        "domains": [{"id": "1.0", "name": "All", "weight": 1.0, "objectives": [{"id": "1.1", "title": "All"}]}]})");
    json list = json::array();
    for (int i = 0; i < questions; ++i) {
        const auto n = std::to_string(i);
        list.push_back({{"id", "c-" + n},
                        {"objective", "1.1"},
                        {"type", "single"},
                        {"stem", "Question number " + n + "?"},
                        {"explanation", "Because."},
                        {"choices", {{{"id", "a"}, {"text", "Yes " + n}, {"correct", true}, {"why", "y"}},
                                     {{"id", "b"}, {"text", "No " + n}, {"why", "n"}}}}});
    }
    bank["questions"] = list;
    std::ofstream{file} << bank.dump();
}

} // namespace

TEST_CASE("killing a session at random moments loses no acknowledged answer", "[cli][crash]")
{
    TempDir data;
    TempDir banks;
    writeBank(std::filesystem::path{banks.path()} / "crash.json", 120);
    REQUIRE(runCli({"--data-dir", data.path(), "profile", "create", "Crash"}).exitCode == 0);
    const auto dbFile = std::filesystem::path{data.path()} / "certdrill.db";

    certdrill::core::Random random{20261123};
    std::set<std::string> acked;
    int kills = 0;
    int sessionsFinished = 0;
    bool resume = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{120};
    while (kills < 200 && std::chrono::steady_clock::now() < deadline) {
        // What the database says before the restart: answers committed in the open session.
        long committed = 0;
        if (resume) {
            SQLite::Database db{dbFile, SQLite::OPEN_READONLY};
            committed = db.execAndGet("SELECT count(*) FROM reviews WHERE session_id = "
                                      "(SELECT max(id) FROM sessions WHERE status = 0)")
                            .getInt();
        }
        std::vector<std::string> args{"--data-dir", data.path(), "--banks-dir", banks.path(), "session", "run",
                                      "--profile", "Crash", "--bank", "crash-bank", "--mode", "study"};
        if (resume)
            args.emplace_back("--resume");
        else
            args.insert(args.end(), {"--seed", std::to_string(kills)});
        CliProcess process{args};

        auto line = process.readLine();
        if (!line && resume) {
            // Killed after the session's closing commit: nothing is left to resume, and it says so.
            CHECK(process.wait() == 1);
            SQLite::Database db{dbFile, SQLite::OPEN_READONLY};
            CHECK(db.execAndGet("SELECT count(*) FROM sessions WHERE status = 0").getInt() == 0);
            ++sessionsFinished;
            resume = false;
            continue;
        }
        REQUIRE(line);
        auto msg = json::parse(*line);
        if (msg.contains("finished")) { // killed after the last answer's commit, before the close
            CHECK(committed == 120);
            ++sessionsFinished;
            resume = false;
            process.wait();
            continue;
        }
        REQUIRE(msg.contains("question"));
        if (resume)
            CHECK(msg["question"]["index"] == committed); // resumes at the first unanswered question

        const auto answersBeforeKill = random.below(6);
        bool finished = false;
        for (std::uint64_t i = 0; i < answersBeforeKill && !finished; ++i) {
            process.writeLine(R"({"answer": "a", "ms": 900})");
            const auto ack = json::parse(process.readLine().value_or("{}"));
            REQUIRE(ack.contains("ack"));
            CHECK(ack["correct"] == true);
            REQUIRE(acked.insert(ack["ack"].get<std::string>()).second);
            const auto next = json::parse(process.readLine().value_or("{}"));
            finished = next.contains("finished");
            REQUIRE((finished || next.contains("question")));
        }
        if (finished) {
            ++sessionsFinished;
            resume = false;
            process.wait();
            continue;
        }
        // One more answer, and the kill lands somewhere around its commit.
        process.writeLine(R"({"answer": "a", "ms": 900})");
        std::this_thread::sleep_for(std::chrono::microseconds{random.below(4000)});
        process.kill();
        ++kills;
        resume = true;
    }
    INFO(kills << " kills, " << sessionsFinished << " sessions finished, " << acked.size() << " answers acknowledged");
    REQUIRE(kills >= 200);

    SQLite::Database db{dbFile, SQLite::OPEN_READONLY};
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
    SQLite::Statement once{db, "SELECT count(*) FROM reviews WHERE uid = ?"};
    for (const auto& uid : acked) {
        once.reset();
        once.bind(1, uid);
        REQUIRE(once.executeStep());
        CHECK(once.getColumn(0).getInt() == 1);
    }
    // Each session's answers are exactly its position: no half-written step anywhere.
    SQLite::Statement sessions{db, "SELECT s.position, s.status, (SELECT count(*) FROM reviews r WHERE r.session_id = s.id) "
                                   "FROM sessions s"};
    while (sessions.executeStep()) {
        const auto position = sessions.getColumn(0).getInt();
        const auto status = sessions.getColumn(1).getInt();
        const auto answered = sessions.getColumn(2).getInt();
        CHECK(answered == (status == 1 ? 120 : position));
    }
}
