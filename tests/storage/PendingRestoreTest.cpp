#include "StorageFixture.h"
#include "storage/Backups.h"
#include "storage/PendingRestore.h"
#include "storage/SqliteProfileRepository.h"

using namespace certdrill;
using certdrill::test::StorageFixture;

TEST_CASE("a staged restore is applied at the next start and keeps the old database aside", "[backups]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    REQUIRE(profiles.create("Ada"));
    storage::Backups backups{f.dir.path(), f.clock};
    const auto backup = backups.backup(*f.db);
    REQUIRE(backup);
    REQUIRE(profiles.create("Bob")); // after the backup

    storage::PendingRestore pending{f.dir.path()};
    CHECK_FALSE(pending.staged());
    REQUIRE(pending.stage(*backup));
    CHECK(pending.staged());
    f.db.reset(); // the app closes the database before it restarts
    f.clock.advance(std::chrono::minutes{1});
    const auto aside = pending.applyIfStaged(f.clock);
    REQUIRE(aside);
    REQUIRE(aside->has_value());
    CHECK(std::filesystem::exists(**aside));
    CHECK_FALSE(pending.staged());
    for (const auto& entry : std::filesystem::directory_iterator{f.dir.path()})
        CHECK(entry.path().filename().string().find("pending-restore") == std::string::npos);
    f.reopen();
    storage::SqliteProfileRepository restored{*f.db, f.clock};
    CHECK(restored.find("Ada"));
    CHECK_FALSE(restored.find("Bob"));
    // Nothing staged: nothing happens.
    f.db.reset();
    const auto nothing = pending.applyIfStaged(f.clock);
    REQUIRE(nothing);
    CHECK_FALSE(nothing->has_value());
}

TEST_CASE("a staged file that is not a database leaves the data as it was", "[backups]")
{
    StorageFixture f;
    storage::SqliteProfileRepository profiles{*f.db, f.clock};
    REQUIRE(profiles.create("Ada"));
    const auto junk = f.dir.path() / "junk.db";
    std::ofstream{junk} << "not a database";
    storage::PendingRestore pending{f.dir.path()};
    REQUIRE(pending.stage(junk));
    f.db.reset();
    CHECK_FALSE(pending.applyIfStaged(f.clock));
    CHECK_FALSE(pending.staged());
    f.reopen();
    storage::SqliteProfileRepository still{*f.db, f.clock};
    CHECK(still.find("Ada"));
    CHECK_FALSE(pending.stage(f.dir.path() / "missing.db"));
}
