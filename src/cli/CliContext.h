#pragma once

#include "core/common/Clock.h"
#include "core/bank/Bank.h"
#include "core/common/Error.h"
#include "core/profile/Profile.h"
#include "storage/DataDirLock.h"
#include "storage/DataLocations.h"
#include "storage/Database.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace certdrill::cli {

/// Global options shared by every command, and what they resolve to.
class CliContext {
public:
    std::optional<std::filesystem::path> dataDirOption;  ///< --data-dir
    std::vector<std::filesystem::path> banksDirOption;    ///< --banks-dir (replaces the search path)
    std::optional<core::Timestamp> nowOption;             ///< --now

    /// Resolves locations and sets up logging; call once, after parsing.
    void initialise();

    [[nodiscard]] const storage::DataLocations& locations() const { return m_locations; }
    [[nodiscard]] const core::Clock& clock() const { return *m_clock; }

    /// The database, opened on first use. Takes the data folder's lock first, waiting up to a few
    /// seconds for another CertDrill to finish, and makes the daily automatic backup.
    [[nodiscard]] core::Result<storage::Database*> database();

    /// A profile and the database it is stored in, for the stores a command opens on it.
    struct StoredProfile {
        core::Profile profile;
        storage::Database& database;
    };

    /// The profile named `name`, from the database (opened as `database()` does).
    [[nodiscard]] core::Result<StoredProfile> profile(std::string_view name);

    /// The installed bank with this id (error `no-such-bank`).
    [[nodiscard]] core::Result<core::BankPtr> bank(std::string_view id) const;

    /// Takes the data folder's lock without opening the database (restore).
    [[nodiscard]] core::Result<void> lockDataDir();

private:
    storage::DataLocations m_locations;
    std::unique_ptr<core::Clock> m_clock;
    std::optional<storage::DataDirLock> m_lock;
    std::unique_ptr<storage::Database> m_database;
};

/// Prints `certdrill: error: MESSAGE` to stderr and returns the user-error exit code.
int reportError(const core::Error& error);

} // namespace certdrill::cli
