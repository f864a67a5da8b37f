#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "storage/Database.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace certdrill::storage {

/// Copies of the database made with SQLite's online backup API, in `DATA/backups/`, named by
/// their UTC time (`certdrill-20261123T201500Z.db`), newest kept.
class Backups {
public:
    static constexpr std::size_t kKeep = 7;

    Backups(std::filesystem::path dataDir, const core::Clock& clock);

    /// Backs up now; `to` overrides the file. Returns the file written. Old automatic backups
    /// beyond the last `kKeep` are deleted.
    [[nodiscard]] core::Result<std::filesystem::path> backup(Database& db, std::optional<std::filesystem::path> to = {});

    /// Backs up unless the newest backup is less than a day old. Returns the file, if one was made.
    [[nodiscard]] core::Result<std::optional<std::filesystem::path>> backupIfDue(Database& db);

    /// The same through a connection of its own to `databaseFile`, so that it can run on a worker
    /// thread while the app goes on using its connection (WAL lets a reader copy alongside).
    [[nodiscard]] core::Result<std::optional<std::filesystem::path>> backupIfDue(const std::filesystem::path& databaseFile);

    /// Backups, newest first.
    [[nodiscard]] std::vector<std::filesystem::path> list() const;

    /// Replaces the database with `file` after checking it is a readable CertDrill database this
    /// version understands. The current database is first kept aside as
    /// `certdrill.db.before-restore-<time>`. The caller must hold the data folder's lock and must
    /// not have the database open. Returns the path of the kept-aside file (empty if none existed).
    [[nodiscard]] core::Result<std::filesystem::path> restore(const std::filesystem::path& file);

private:
    [[nodiscard]] bool due() const; ///< no backup, or the newest is a day old
    [[nodiscard]] core::Result<std::filesystem::path> backupFrom(SQLite::Database& source,
                                                                 std::optional<std::filesystem::path> to);
    [[nodiscard]] std::filesystem::path folder() const { return m_dataDir / "backups"; }

    std::filesystem::path m_dataDir;
    const core::Clock& m_clock;
};

} // namespace certdrill::storage
