#include "StorageFixture.h"
#include "storage/Backups.h"
#include "storage/DataDirLock.h"
#include "storage/SqliteProfileRepository.h"

using namespace certdrill;
using certdrill::test::fileBytes;
using certdrill::test::StorageFixture;

TEST_CASE("a backup is a complete, openable copy", "[backups]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    REQUIRE(profiles.create("Ada"));
    storage::Backups backups{f.dir.path(), f.clock};
    const auto file = backups.backup(*f.db);
    REQUIRE(file);
    CHECK(file->filename() == "certdrill-20261123T090000Z.db");
    auto copy = storage::Database::open(*file);
    REQUIRE(copy);
    storage::SqliteProfileRepository copied{**copy, f.clock};
    CHECK(copied.find("Ada"));
}

TEST_CASE("automatic backups happen at most once a day and keep the last seven", "[backups]")
{
    StorageFixture f;
    storage::Backups backups{f.dir.path(), f.clock};
    REQUIRE(*backups.backupIfDue(*f.db));
    f.clock.advance(std::chrono::hours{23});
    CHECK_FALSE(*backups.backupIfDue(*f.db));
    for (int day = 0; day < 10; ++day) {
        f.clock.advance(std::chrono::hours{25});
        REQUIRE(*backups.backupIfDue(*f.db));
    }
    const auto all = backups.list();
    REQUIRE(all.size() == storage::Backups::kKeep);
    CHECK(all.front().filename().string() > all.back().filename().string());
}

TEST_CASE("restore replaces the database and keeps the old one aside", "[backups]")
{
    StorageFixture f;
    storage::Backups backups{f.dir.path(), f.clock};
    {
        storage::SqliteProfileRepository profiles{*f.db, f.clock};
        REQUIRE(profiles.create("Before"));
    }
    const auto backup = *backups.backup(*f.db);
    {
        storage::SqliteProfileRepository profiles{*f.db, f.clock};
        REQUIRE(profiles.create("After"));
    }
    f.db.reset();
    f.clock.advance(std::chrono::minutes{1});
    const auto aside = backups.restore(backup);
    REQUIRE(aside);
    CHECK_THAT(aside->filename().string(), Catch::StartsWith("certdrill.db.before-restore-"));
    f.reopen();
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    CHECK(profiles.find("Before"));
    CHECK_FALSE(profiles.find("After"));
    auto old = storage::Database::open(*aside);
    REQUIRE(old);
    storage::SqliteProfileRepository oldProfiles{**old, f.clock};
    CHECK(oldProfiles.find("After")); // nothing lost: the replaced data is kept aside whole
}

TEST_CASE("restoring something that is not a CertDrill database changes nothing", "[backups]")
{
    StorageFixture f;
    f.db.reset();
    const auto before = fileBytes(f.file());
    storage::Backups backups{f.dir.path(), f.clock};
    const auto junk = f.dir.write("junk.db", std::string(4096, 'x'));
    const auto restored = backups.restore(junk);
    REQUIRE_FALSE(restored);
    CHECK(fileBytes(f.file()) == before);
    CHECK_FALSE(std::filesystem::exists(f.dir.path() / "certdrill.db.restoring"));
}

TEST_CASE("a data folder has one writer at a time", "[lock]")
{
    certdrill::test::TempFolder dir;
    auto first = storage::DataDirLock::acquire(dir.path());
    REQUIRE(first);
    const auto second = storage::DataDirLock::acquire(dir.path(), std::chrono::milliseconds{50});
    REQUIRE_FALSE(second);
    CHECK(second.error().code == "in-use");
    { auto released = std::move(*first); }
    CHECK(storage::DataDirLock::acquire(dir.path()));
}

TEST_CASE("a backup through a connection of its own copies what the open database committed", "[backups]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    REQUIRE(profiles.create("Ada")); // committed, still in the WAL: the database stays open
    storage::Backups backups{f.dir.path(), f.clock};
    const auto made = backups.backupIfDue(f.file());
    REQUIRE(made);
    REQUIRE(*made);
    CHECK_FALSE(*backups.backupIfDue(f.file())); // once a day
    auto copy = storage::Database::open(**made);
    REQUIRE(copy);
    CHECK(storage::SqliteProfileRepository{**copy, f.clock}.find("Ada"));
}
