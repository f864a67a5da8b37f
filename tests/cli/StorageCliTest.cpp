#include "CliProcess.h"
#include "CliRunner.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace certdrill::test;
using nlohmann::json;

TEST_CASE("profiles are managed from the command line", "[cli][profiles]")
{
    TempDir data;
    CHECK(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    const auto dup = runCli(with(data, {"profile", "create", "ADA"}));
    CHECK(dup.exitCode == 1);
    CHECK_THAT(dup.err, Catch::Contains("already exists"));
    CHECK(runCli(with(data, {"profile", "rename", "Ada", "Grace"})).exitCode == 0);
    const auto list = runCli(with(data, {"profile", "list", "--json"}));
    REQUIRE(list.exitCode == 0);
    const auto doc = json::parse(list.out);
    REQUIRE(doc["profiles"].size() == 1);
    CHECK(doc["profiles"][0]["name"] == "Grace");
    CHECK(doc["profiles"][0]["created_at"] == "2026-11-23T10:00:00Z");

    const auto unconfirmed = runCli(with(data, {"profile", "delete", "Grace"}));
    CHECK(unconfirmed.exitCode == 1);
    CHECK_THAT(unconfirmed.err, Catch::Contains("--yes"));
    CHECK(runCli(with(data, {"profile", "delete", "Grace", "--yes"})).exitCode == 0);
    CHECK(json::parse(runCli(with(data, {"profile", "list", "--json"})).out)["profiles"].empty());
    CHECK(runCli(with(data, {"profile"})).exitCode == 2);
}

TEST_CASE("a study session speaks JSON lines and every answer lands in the history", "[cli][session]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    CliProcess p{with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--seed", "3"})};
    std::vector<std::string> acks;
    int questions = 0;
    while (true) {
        const auto line = p.readLine();
        REQUIRE(line);
        const auto msg = json::parse(*line);
        if (msg.contains("finished")) {
            CHECK(msg["answered"] == 5);
            break;
        }
        REQUIRE(msg.contains("question"));
        const auto& q = msg["question"];
        CHECK_FALSE(q.dump().find("\"correct\"") != std::string::npos); // the key is not revealed
        ++questions;
        const std::string type = q["type"];
        if (type == "text") {
            p.writeLine(R"({"skip": true})");
            CHECK(json::parse(p.readLine().value())["skipped"] == q["id"]);
            continue;
        }
        p.writeLine("{\"answer\": [1, 2]"); // malformed: the same question comes back
        CHECK(json::parse(p.readLine().value()).contains("error"));
        std::string answer;
        if (type == "single")
            answer = R"("a")";
        else if (type == "multiple")
            answer = R"(["a", "b"])";
        else if (type == "numeric")
            answer = "30";
        else if (type == "order")
            answer = R"(["i1", "i2", "i3"])";
        else
            answer = R"({"l1": "r1", "l2": "r3"})"; // one pair wrong
        p.writeLine(R"({"answer": )" + answer + R"(, "ms": 1200, "guessed": )" + (type == "numeric" ? "true" : "false") + "}");
        const auto ack = json::parse(p.readLine().value());
        REQUIRE(ack.contains("ack"));
        CHECK(ack["question"] == q["id"]);
        CHECK(ack["correct"] == (type != "match"));
        CHECK(ack["rating"] == (type == "match" ? 1 : type == "numeric" ? 2 : 3));
        acks.push_back(ack["ack"]);
    }
    CHECK(questions == 6);
    CHECK(p.wait() == 0);
    const auto history = runCli(with(data, {"history", "--profile", "Ada", "--json"}));
    REQUIRE(history.exitCode == 0);
    const auto reviews = json::parse(history.out)["reviews"];
    REQUIRE(reviews.size() == 5);
    for (const auto& r : reviews) {
        CHECK(std::find(acks.begin(), acks.end(), r["id"].get<std::string>()) != acks.end());
        CHECK(r["ms"] == 1200);
        CHECK(r["mode"] == "study");
        CHECK(r["at"] == "2026-11-23T10:00:00Z");
    }
}

TEST_CASE("an exam saves answers and logs them only when finished, and EOF leaves it resumable", "[cli][session]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    {
        CliProcess p{with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--mode", "exam", "--seed", "9"})};
        const auto first = json::parse(p.readLine().value());
        CHECK(first["question"]["total"] == 4); // the blueprint's question count
        p.writeLine(R"({"skip": true})");
        CHECK(json::parse(p.readLine().value()).contains("skipped"));
        const auto second = json::parse(p.readLine().value());
        REQUIRE(second.contains("question"));
        p.closeStdin();
        CHECK(p.wait() == 0);
    }
    CHECK(json::parse(runCli(with(data, {"history", "--profile", "Ada", "--json"})).out)["reviews"].empty());
    const auto none = runCli(with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--mode", "study", "--resume"}));
    CHECK(none.exitCode == 1);
    CHECK_THAT(none.err, Catch::Contains("no unfinished study session"));

    CliProcess p{with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--mode", "exam", "--resume"})};
    auto msg = json::parse(p.readLine().value());
    CHECK(msg["question"]["index"] == 1);
    int saved = 0;
    while (msg.contains("question")) {
        p.writeLine(R"({"skip": true})");
        msg = json::parse(p.readLine().value());
        if (msg.contains("skipped"))
            msg = json::parse(p.readLine().value());
        ++saved;
    }
    CHECK(msg.contains("finished"));
    CHECK(p.wait() == 0);
}

TEST_CASE("session run rejects an unknown profile, bank or mode", "[cli][session]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    const auto noProfile = runCli(with(data, {"session", "run", "--profile", "Bob", "--bank", "test-mini"}));
    CHECK(noProfile.exitCode == 1);
    CHECK_THAT(noProfile.err, Catch::Contains("no profile named \"Bob\""));
    const auto noBank = runCli(with(data, {"session", "run", "--profile", "Ada", "--bank", "nope"}));
    CHECK(noBank.exitCode == 1);
    CHECK_THAT(noBank.err, Catch::Contains("nope"));
    CHECK(runCli(with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--mode", "cram"})).exitCode == 2);
}

TEST_CASE("backup and restore from the command line", "[cli][backups]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Before"})).exitCode == 0);
    const std::string file = data.path() + "/manual.db";
    const auto backup = runCli(with(data, {"backup", "--to", file}));
    REQUIRE(backup.exitCode == 0);
    REQUIRE(runCli(with(data, {"profile", "create", "After"})).exitCode == 0);
    const auto restore = runCli(with(data, {"restore", file}));
    REQUIRE(restore.exitCode == 0);
    CHECK_THAT(restore.out, Catch::Contains("kept as"));
    const auto names = json::parse(runCli(with(data, {"profile", "list", "--json"})).out)["profiles"];
    REQUIRE(names.size() == 1);
    CHECK(names[0]["name"] == "Before");
    CHECK(runCli(with(data, {"restore", data.path() + "/missing.db"})).exitCode == 1);
    const auto listed = runCli(with(data, {"backup", "--list"}));
    CHECK_THAT(listed.out, Catch::Contains("certdrill-20261123T100000Z.db")); // the daily automatic one
}

TEST_CASE("a second writer waits, then reports the data folder in use", "[cli][lock]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    CliProcess holder{with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini"})};
    REQUIRE(holder.readLine()); // it holds the lock while the session runs
    const auto blocked = runCli(with(data, {"profile", "create", "Bob"}));
    CHECK(blocked.exitCode == 1);
    CHECK_THAT(blocked.err, Catch::Contains("another CertDrill"));
    holder.closeStdin();
    holder.wait();
    CHECK(runCli(with(data, {"profile", "create", "Bob"})).exitCode == 0);
}

TEST_CASE("a database from a newer version is refused by every command", "[cli][bad]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    {
        const std::string cmd = "sqlite3 '" + data.path() + "/certdrill.db' 'PRAGMA user_version = 99'";
        REQUIRE(std::system(cmd.c_str()) == 0);
    }
    const auto r = runCli(with(data, {"profile", "list"}));
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("newer CertDrill"));
}

TEST_CASE("memory states written while studying equal those rebuilt from the log", "[cli][memory]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    for (int round = 0; round < 3; ++round) {
        CliProcess p{with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--seed",
                                 std::to_string(round), "--count", "2"})};
        for (int i = 0; i < 2; ++i) {
            const auto q = json::parse(p.readLine().value());
            REQUIRE(q.contains("question"));
            p.writeLine(R"({"skip": true})");
            REQUIRE(json::parse(p.readLine().value()).contains("skipped"));
        }
        CHECK(json::parse(p.readLine().value()).contains("finished"));
    }
    CliProcess p{with(data, {"session", "run", "--profile", "Ada", "--bank", "test-mini", "--seed", "5"})};
    for (int i = 0; i < 6; ++i) {
        const auto q = json::parse(p.readLine().value())["question"];
        const std::string type = q["type"];
        const std::string answer = type == "single" ? R"("a")" : type == "numeric" ? "31" : R"("255.255.255.0")";
        if (type == "single" || type == "numeric" || type == "text") {
            p.writeLine(R"({"answer": )" + answer + R"(, "ms": 2000})");
            const auto ack = json::parse(p.readLine().value());
            REQUIRE(ack.contains("due"));
        } else {
            p.writeLine(R"({"skip": true})");
            REQUIRE(json::parse(p.readLine().value()).contains("skipped"));
        }
    }
    p.closeStdin();
    p.wait();
    const std::string db = data.path() + "/certdrill.db";
    const auto dump = [&] {
        const std::string cmd = "sqlite3 '" + db + "' 'SELECT * FROM memory_states ORDER BY question_id' > '" +
                                data.path() + "/states.txt'";
        REQUIRE(std::system(cmd.c_str()) == 0);
        std::ifstream in{data.path() + "/states.txt"};
        return std::string{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    };
    const auto incremental = dump();
    CHECK_FALSE(incremental.empty());
    const auto rebuilt = runCli(with(data, {"rebuild-state", "--profile", "Ada"}));
    REQUIRE(rebuilt.exitCode == 0);
    CHECK_THAT(rebuilt.out, Catch::Contains("Rebuilt 3 memory states"));
    CHECK(dump() == incremental);
}

TEST_CASE("problem reports are stored with the question's hash and exported without names", "[cli][feedback]")
{
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    const auto added = runCli(with(data, {"feedback", "add", "--profile", "Ada", "--bank", "test-mini", "--question",
                                          "m-0003", "--note", "  A /27 has 30 usable hosts; the stem is fine but add a hint.  "}));
    REQUIRE(added.exitCode == 0);
    CHECK(runCli(with(data, {"feedback", "add", "--profile", "Ada", "--bank", "test-mini", "--question", "nope",
                             "--note", "x"})).exitCode == 1);
    const auto empty = runCli(with(data, {"feedback", "add", "--profile", "Ada", "--bank", "test-mini", "--question",
                                          "m-0001", "--note", "   "}));
    CHECK(empty.exitCode == 1);
    CHECK_THAT(empty.err, Catch::Contains("note is empty"));

    const std::string file = data.path() + "/reports.json";
    REQUIRE(runCli(with(data, {"feedback", "export", "--bank", "test-mini", "--to", file})).exitCode == 0);
    std::ifstream in{file};
    const auto doc = json::parse(in);
    CHECK(doc["format"] == "certdrill-feedback/1");
    REQUIRE(doc["reports"].size() == 1);
    const auto& r = doc["reports"][0];
    CHECK(r["question"] == "m-0003");
    CHECK(r["content_hash"] == "8a699845f5afb508");
    CHECK(r["note"] == "A /27 has 30 usable hosts; the stem is fine but add a hint.");
    CHECK(r["reported_at"] == "2026-11-23T10:00:00Z");
    CHECK(doc.dump().find("Ada") == std::string::npos);
    CHECK_THAT(runCli(with(data, {"feedback", "list"})).out, Catch::Contains("m-0003"));
}

TEST_CASE("a read-only database or data folder gets a clear message and is left as it was", "[cli][bad]")
{
    // Permissions bind only ordinary users: as root, run the command as `nobody`.
    const bool root = ::geteuid() == 0;
    if (root && std::system("command -v setpriv >/dev/null") != 0)
        FAIL("running as root needs setpriv (util-linux) to drop privileges");
    TempDir data;
    REQUIRE(runCli(with(data, {"profile", "create", "Ada"})).exitCode == 0);
    const std::string db = data.path() + "/certdrill.db";
    const auto asUser = [&](const std::string& cmd) {
        const std::string full = root ? "setpriv --reuid=nobody --regid=nogroup --clear-groups " + cmd : cmd;
        return std::system(full.c_str());
    };
    // A copy of the binary that `nobody` can reach, wherever the build folder is.
    TempDir bin;
    const std::string program = bin.path() + "/certdrill";
    std::filesystem::copy_file(CERTDRILL_CLI, program);
    std::filesystem::permissions(bin.path(), std::filesystem::perms::all & ~std::filesystem::perms::others_write &
                                                 ~std::filesystem::perms::group_write);
    const auto run = [&](const std::string& args) {
        return asUser("'" + program + "' --data-dir '" + data.path() + "' " + args + " > '" + data.path() +
                      "/out.txt' 2> '" + data.path() + "/err.txt'");
    };
    const auto err = [&] {
        std::ifstream in{data.path() + "/err.txt"};
        return std::string{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    };
    std::filesystem::permissions(data.path(), std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
                                                  std::filesystem::perms::group_exec | std::filesystem::perms::others_read |
                                                  std::filesystem::perms::others_exec);
    std::filesystem::permissions(db, std::filesystem::perms::owner_read | std::filesystem::perms::group_read |
                                         std::filesystem::perms::others_read);
    const auto before = std::filesystem::last_write_time(db);
    CHECK(WEXITSTATUS(run("profile list")) == 1);
    CHECK_THAT(err(), Catch::Contains("read-only") && Catch::Contains(data.path()));
    CHECK(std::filesystem::last_write_time(db) == before);
    CHECK(runCli(with(data, {"profile", "list"})).exitCode == (root ? 0 : 1)); // root may write; users may not
}
