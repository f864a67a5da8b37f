#include "storage/Backups.h"

#include <SQLiteCpp/Backup.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>

namespace certdrill::storage {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kPrefix = "certdrill-";

/// `20261123T201500Z`: sorts by time, safe in file names.
std::string compactTime(core::Timestamp t)
{
    using namespace std::chrono;
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss<seconds> tod{floor<seconds>(t - day)};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02u%02uT%02ld%02ld%02lldZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long>(tod.hours().count()), static_cast<long>(tod.minutes().count()),
                  static_cast<long long>(tod.seconds().count()));
    return buf;
}

/// Copies `from` into a new file `to` through the online backup API (consistent while in use).
void copyDatabase(SQLite::Database& from, const fs::path& to)
{
    std::error_code ec;
    fs::remove(to, ec);
    SQLite::Database target{to, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
    SQLite::Backup backup{target, from};
    backup.executeStep(-1);
}

void renameWithSidecars(const fs::path& from, const fs::path& to)
{
    fs::rename(from, to);
    for (const char* suffix : {"-wal", "-shm"}) {
        std::error_code ec;
        const fs::path side = from.string() + suffix;
        if (fs::exists(side, ec))
            fs::rename(side, to.string() + suffix);
    }
}

} // namespace

Backups::Backups(fs::path dataDir, const core::Clock& clock)
    : m_dataDir(std::move(dataDir))
    , m_clock(clock)
{
}

std::vector<fs::path> Backups::list() const
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it{folder(), ec}, end; !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (name.starts_with(kPrefix) && name.ends_with(".db"))
            files.push_back(it->path());
    }
    std::sort(files.rbegin(), files.rend());
    return files;
}

core::Result<fs::path> Backups::backup(Database& db, std::optional<fs::path> to)
{
    return backupFrom(db.sqlite(), std::move(to));
}

core::Result<fs::path> Backups::backupFrom(SQLite::Database& source, std::optional<fs::path> to)
{
    const bool automatic = !to;
    const fs::path file = to ? *to : folder() / (std::string{kPrefix} + compactTime(m_clock.now()) + ".db");
    const fs::path partial = file.string() + ".partial";
    try {
        fs::create_directories(file.parent_path().empty() ? fs::path{"."} : file.parent_path());
        copyDatabase(source, partial);
        fs::rename(partial, file);
    } catch (const std::exception& e) {
        std::error_code ec;
        fs::remove(partial, ec);
        return core::fail("io", "cannot back up to " + file.string() + ": " + e.what());
    }
    spdlog::info("backed up the database to {}", file.string());
    if (automatic) {
        const auto all = list();
        for (std::size_t i = kKeep; i < all.size(); ++i) {
            std::error_code ec;
            fs::remove(all[i], ec);
        }
    }
    return file;
}

bool Backups::due() const
{
    const auto all = list();
    if (all.empty())
        return true;
    // Names carry the time; compare "YYYYmmddTHHMMSSZ" strings of now - 1 day and the newest.
    const auto dayAgo = compactTime(m_clock.now() - std::chrono::hours{24});
    return all.front().filename().string().substr(kPrefix.size(), dayAgo.size()) <= dayAgo;
}

core::Result<std::optional<fs::path>> Backups::backupIfDue(Database& db)
{
    if (!due())
        return std::optional<fs::path>{};
    auto made = backup(db);
    if (!made)
        return tl::unexpected{made.error()};
    return std::optional<fs::path>{*made};
}

core::Result<std::optional<fs::path>> Backups::backupIfDue(const fs::path& databaseFile)
{
    if (!due())
        return std::optional<fs::path>{};
    try {
        SQLite::Database source{databaseFile, SQLite::OPEN_READONLY};
        auto made = backupFrom(source, std::nullopt);
        if (!made)
            return tl::unexpected{made.error()};
        return std::optional<fs::path>{*made};
    } catch (const std::exception& e) {
        return core::fail("io", "cannot read " + databaseFile.string() + " to back it up: " + e.what());
    }
}

core::Result<fs::path> Backups::restore(const fs::path& file)
{
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        return core::fail("io", "no backup file " + file.string());
    const fs::path live = m_dataDir / "certdrill.db";
    const fs::path incoming = m_dataDir / "certdrill.db.restoring";
    try {
        fs::remove(incoming, ec);
        SQLite::Database source{file, SQLite::OPEN_READONLY};
        copyDatabase(source, incoming);
    } catch (const std::exception& e) {
        fs::remove(incoming, ec);
        return core::fail("not-a-database", file.string() + " cannot be read as a database: " + e.what());
    }
    {
        // Checks it is ours, not newer, not damaged; upgrades an older schema.
        auto opened = Database::open(incoming);
        if (!opened) {
            fs::remove(incoming, ec);
            return core::fail(opened.error().code, "cannot restore " + file.string() + ": " + opened.error().message);
        }
    }
    fs::path keptAside;
    try {
        if (fs::exists(live, ec)) {
            keptAside = m_dataDir / ("certdrill.db.before-restore-" + compactTime(m_clock.now()));
            renameWithSidecars(live, keptAside);
        }
        renameWithSidecars(incoming, live);
    } catch (const std::exception& e) {
        return core::fail("io", std::string{"cannot put the restored database in place: "} + e.what());
    }
    spdlog::info("restored the database from {}; the previous one is {}", file.string(), keptAside.string());
    return keptAside;
}

} // namespace certdrill::storage
