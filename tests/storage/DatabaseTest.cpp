#include "StorageFixture.h"
#include "storage/Schema.h"
#include "storage/SqliteProfileRepository.h"
#include "storage/SqliteReviewLog.h"

#include <SQLiteCpp/Database.h>
#include <sys/stat.h>

using namespace certdrill;
using certdrill::test::fileBytes;
using certdrill::test::StorageFixture;
using certdrill::test::TempFolder;

TEST_CASE("a new database gets the current schema, our application id, WAL and foreign keys", "[database]")
{
    StorageFixture f;
    CHECK(f.db->schemaVersion() == storage::currentSchemaVersion());
    auto& db = f.db->sqlite();
    CHECK(db.execAndGet("PRAGMA application_id").getInt() == storage::kApplicationId);
    CHECK(db.execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(db.execAndGet("PRAGMA synchronous").getInt() == 2); // FULL
    CHECK(db.execAndGet("PRAGMA foreign_keys").getInt() == 1);
}

TEST_CASE("opening an existing database again keeps its data", "[database]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    REQUIRE(profiles.create("Ada"));
    f.reopen();
    storage::SqliteProfileRepository again{*f.db, f.clock};
    CHECK(again.find("Ada"));
}

TEST_CASE("a read leaves no statement open, so the connection can write after another one did", "[database]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    const auto ada = profiles.create("Ada");
    REQUIRE(ada);
    storage::SqliteReviewLog log{*f.db};
    // count() steps its statement once (one row) and never to the end: before the fix the
    // statement stayed active and kept a read transaction open on an old snapshot.
    REQUIRE(log.count(ada->id));
    CHECK_FALSE(f.db->hasActiveStatement());

    auto other = storage::Database::open(f.file());
    REQUIRE(other);
    storage::SqliteProfileRepository otherProfiles{**other, f.clock};
    REQUIRE(otherProfiles.create("Grace"));

    // This connection sees the other's write and can write itself.
    CHECK(profiles.find("Grace"));
    CHECK(profiles.create("Linus"));
}

namespace {

/// Data written at each schema version, to prove every migration keeps it. Index = version.
void fillAtVersion(SQLite::Database& db, int version)
{
    if (version == 1) {
        db.exec("INSERT INTO profiles (name, created_at) VALUES ('Old Timer', 1)");
        db.exec("INSERT INTO reviews (uid, profile_id, bank_id, question_id, content_hash, reviewed_at, response, "
                "correct, rating, time_ms, mode) VALUES ('u1', 1, 'b', 'q', '00', 5, '\"a\"', 1, 3, 100, 0)");
        db.exec("INSERT INTO sessions (uid, profile_id, bank_id, mode, seed, config, question_order, started_at, "
                "updated_at) VALUES ('s1', 1, 'b', 0, 9, '{}', '[\"q\"]', 1, 1)");
        db.exec("INSERT INTO session_answers (session_id, question_id, response, updated_at) "
                "VALUES (1, 'q', '\"a\"', 1)");
    }
    if (version == 2) { // before starting a session abandoned the older one: two open, one finished between
        db.exec("INSERT INTO sessions (uid, profile_id, bank_id, mode, seed, config, question_order, status, "
                "started_at, updated_at, finished_at) VALUES ('s2', 1, 'b', 0, 9, '{}', '[\"q\"]', 1, 3, 4, 4)");
        db.exec("INSERT INTO sessions (uid, profile_id, bank_id, mode, seed, config, question_order, started_at, "
                "updated_at) VALUES ('s3', 1, 'b', 0, 9, '{}', '[\"q\"]', 5, 6)");
        db.exec("INSERT INTO sessions (uid, profile_id, bank_id, mode, seed, config, question_order, started_at, "
                "updated_at) VALUES ('s4', 1, 'b', 1, 9, '{}', '[\"q\"]', 2, 2)");
    }
}

/// Each session's status, finished_at and updated_at by uid, in uid order.
std::string sessionStates(storage::Database& db)
{
    std::string out;
    SQLite::Statement q{db.sqlite(), "SELECT uid, status, ifnull(finished_at, '-'), updated_at FROM sessions ORDER BY uid"};
    while (q.executeStep())
        out += q.getColumn(0).getString() + ":" + q.getColumn(1).getString() + "," + q.getColumn(2).getString() +
               "," + q.getColumn(3).getString() + " ";
    return out;
}

void checkAtLatest(storage::Database& db, int fromVersion)
{
    if (fromVersion >= 1) {
        CHECK(db.sqlite().execAndGet("SELECT name FROM profiles WHERE id = 1").getString() == "Old Timer");
        CHECK(db.sqlite().execAndGet("SELECT count(*) FROM reviews").getInt() == 1);
    }
    if (fromVersion == 1) { // answers from before generated questions have no instance seed
        const auto old = storage::SqliteReviewLog{db}.reviewsOf(1);
        REQUIRE(old);
        REQUIRE(old->size() == 1);
        CHECK_FALSE(old->front().instanceSeed);
        CHECK(db.sqlite().execAndGet("SELECT count(*) FROM session_answers WHERE instance_seed IS NULL").getInt() == 1);
    }
    if (fromVersion == 1) // one open session: it stays open
        CHECK(sessionStates(db) == "s1:0,-,1 ");
    if (fromVersion == 2) // the older open session is abandoned when the next one (finished) began
        CHECK(sessionStates(db) == "s1:2,3,3 s2:1,4,4 s3:0,-,6 s4:0,-,2 ");
    if (fromVersion >= 1) { // a second open session of one profile, bank and mode is refused
        CHECK_THROWS(db.sqlite().exec("INSERT INTO sessions (uid, profile_id, bank_id, mode, seed, config, "
                                      "question_order, started_at, updated_at) "
                                      "VALUES ('s9', 1, 'b', 0, 9, '{}', '[]', 9, 9)"));
    }
    if (fromVersion >= 1) { // and new ones keep theirs, all 64 bits
        core::Review r;
        r.profileId = 1;
        r.bankId = "b";
        r.questionId = "g";
        r.at = core::Timestamp{std::chrono::milliseconds{10}}; // after the old one
        r.response = "\"b\"";
        r.rating = 3;
        r.instanceSeed = 0xF00DF00DF00DF00DULL;
        storage::SqliteReviewLog log{db};
        REQUIRE(log.append(r));
        const auto all = log.reviewsOf(1);
        REQUIRE(all);
        CHECK(all->back().instanceSeed == r.instanceSeed);
    }
}

} // namespace

TEST_CASE("every earlier schema version migrates to the current one with its data", "[database][migration]")
{
    for (int from = 0; from < storage::currentSchemaVersion(); ++from) {
        INFO("from version " << from);
        TempFolder dir;
        const auto file = dir.path() / "certdrill.db";
        {
            SQLite::Database raw{file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
            for (int v = 0; v < from; ++v) {
                raw.exec(std::string{storage::migrations()[static_cast<std::size_t>(v)]});
                raw.exec("PRAGMA user_version = " + std::to_string(v + 1));
                raw.exec("PRAGMA application_id = " + std::to_string(storage::kApplicationId));
                fillAtVersion(raw, v + 1);
            }
        }
        auto opened = storage::Database::open(file);
        REQUIRE(opened);
        CHECK((*opened)->schemaVersion() == storage::currentSchemaVersion());
        checkAtLatest(**opened, from);
    }
}

TEST_CASE("a database from a newer CertDrill is refused and left untouched", "[database][bad]")
{
    TempFolder dir;
    const auto file = dir.path() / "certdrill.db";
    {
        SQLite::Database raw{file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
        raw.exec("CREATE TABLE future (x)");
        raw.exec("PRAGMA application_id = " + std::to_string(storage::kApplicationId));
        raw.exec("PRAGMA user_version = " + std::to_string(storage::currentSchemaVersion() + 1));
    }
    const auto before = fileBytes(file);
    const auto opened = storage::Database::open(file);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == "newer-schema");
    CHECK_THAT(opened.error().message, Catch::Contains("newer CertDrill"));
    CHECK(fileBytes(file) == before);
}

TEST_CASE("another program's database is refused and left untouched", "[database][bad]")
{
    TempFolder dir;
    const auto file = dir.path() / "certdrill.db";
    {
        SQLite::Database raw{file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
        raw.exec("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
    }
    const auto before = fileBytes(file);
    const auto opened = storage::Database::open(file);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == "foreign-database");
    CHECK(fileBytes(file) == before);
}

TEST_CASE("random bytes and a truncated database are refused and left untouched", "[database][bad]")
{
    TempFolder dir;
    const auto file = dir.path() / "certdrill.db";
    SECTION("random bytes")
    {
        std::string noise(8192, '\0');
        unsigned x = 12345;
        for (auto& c : noise)
            c = static_cast<char>((x = x * 1103515245U + 12345U) >> 16U);
        dir.write("certdrill.db", noise);
    }
    SECTION("a truncated file")
    {
        {
            StorageFixture f;
            storage::SqliteProfileRepository profiles{*f.db, f.clock};
            for (int i = 0; i < 50; ++i)
                REQUIRE(profiles.create("Person " + std::to_string(i)));
            f.db->sqlite().exec("PRAGMA wal_checkpoint(TRUNCATE)");
            f.db.reset();
            const auto bytes = fileBytes(f.file());
            dir.write("certdrill.db", bytes.substr(0, bytes.size() / 3));
        }
    }
    const auto before = fileBytes(file);
    const auto opened = storage::Database::open(file);
    REQUIRE_FALSE(opened);
    CHECK((opened.error().code == "not-a-database" || opened.error().code == "damaged"));
    CHECK_THAT(opened.error().message, Catch::Contains("restore"));
    CHECK(fileBytes(file) == before);
}

TEST_CASE("a worker's connection skips the integrity scan that the app's own connection makes", "[database]")
{
    TempFolder dir;
    const auto file = dir.path() / "certdrill.db";
    {
        auto db = storage::Database::open(file);
        REQUIRE(db);
        core::FixedClock clock{*core::parseIso8601("2026-11-23T09:00:00Z")};
        storage::SqliteProfileRepository profiles{**db, clock};
        for (int i = 0; i < 200; ++i)
            REQUIRE(profiles.create("Person " + std::to_string(i)));
        (*db)->sqlite().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    // Damage the header of the last page (profiles' rows; the schema stays readable): only a scan
    // finds it.
    auto bytes = fileBytes(file);
    REQUIRE(bytes.size() > 3 * 4096);
    for (std::size_t i = 0; i < 8; ++i)
        bytes[bytes.size() - 4096 + i] = static_cast<char>(0xA5);
    dir.write("certdrill.db", bytes);

    const auto full = storage::Database::open(file);
    REQUIRE_FALSE(full);
    CHECK(full.error().code == "damaged");
    CHECK(storage::Database::open(file, storage::Database::IntegrityCheck::Skip));
}

TEST_CASE("a read-only database file or folder gets a clear message", "[database][bad]")
{
    if (::geteuid() == 0)
        WARN("running as root: file permissions are not enforced, only the mode bits are checked");
    TempFolder dir;
    {
        StorageFixture f;
        f.db.reset();
        std::filesystem::copy_file(f.file(), dir.path() / "certdrill.db");
    }
    const auto file = dir.path() / "certdrill.db";
    SECTION("read-only file")
    {
        ::chmod(file.c_str(), 0444);
        const auto opened = storage::Database::open(file);
        if (::geteuid() != 0) {
            REQUIRE_FALSE(opened);
            CHECK(opened.error().code == "read-only");
        }
        ::chmod(file.c_str(), 0644);
    }
    SECTION("read-only folder")
    {
        const auto sub = dir.path() / "locked";
        std::filesystem::create_directory(sub);
        ::chmod(sub.c_str(), 0555);
        const auto opened = storage::Database::open(sub / "certdrill.db");
        if (::geteuid() != 0) {
            REQUIRE_FALSE(opened);
            CHECK(opened.error().code == "read-only");
        }
        ::chmod(sub.c_str(), 0755);
    }
}

TEST_CASE("the answer log refuses updates and deletes but leaves with its profile", "[database]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    storage::SqliteReviewLog log{*f.db};
    const auto ada = profiles.create("Ada");
    REQUIRE(ada);
    core::Review r;
    r.profileId = ada->id;
    r.bankId = "b";
    r.questionId = "q1";
    r.response = "\"a\"";
    r.rating = 3;
    REQUIRE(log.append(r));
    auto& db = f.db->sqlite();
    CHECK_THROWS_WITH(db.exec("UPDATE reviews SET correct = 1"), Catch::Contains("append-only"));
    CHECK_THROWS_WITH(db.exec("DELETE FROM reviews"), Catch::Contains("append-only"));
    REQUIRE(profiles.remove("Ada"));
    CHECK(db.execAndGet("SELECT count(*) FROM reviews").getInt() == 0);
}
