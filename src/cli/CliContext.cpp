#include "cli/CliContext.h"

#include "cli/ExitCode.h"
#include "storage/BankLibrary.h"
#include "storage/Backups.h"
#include "storage/SqliteProfileRepository.h"
#include "storage/Logging.h"
#include "storage/SystemClock.h"

#include <spdlog/spdlog.h>

#include <iostream>

namespace certdrill::cli {

void CliContext::initialise()
{
    m_locations = storage::resolveDataLocations(dataDirOption, storage::currentExecutable());
    if (!banksDirOption.empty())
        m_locations.bankDirs = banksDirOption;
    if (nowOption)
        m_clock = std::make_unique<core::FixedClock>(*nowOption);
    else
        m_clock = std::make_unique<storage::SystemClock>();
    storage::setupLogging(m_locations.stateDir, storage::LogEcho::StderrWarnings);
}

core::Result<void> CliContext::lockDataDir()
{
    if (m_lock)
        return {};
    auto lock = storage::DataDirLock::acquire(m_locations.dataDir, std::chrono::seconds{3});
    if (!lock)
        return tl::unexpected{lock.error()};
    m_lock.emplace(std::move(*lock));
    return {};
}

core::Result<storage::Database*> CliContext::database()
{
    if (m_database)
        return m_database.get();
    if (auto locked = lockDataDir(); !locked)
        return tl::unexpected{locked.error()};
    auto opened = storage::Database::open(m_locations.databaseFile());
    if (!opened)
        return tl::unexpected{opened.error()};
    m_database = std::move(*opened);
    storage::Backups backups{m_locations.dataDir, *m_clock};
    if (auto made = backups.backupIfDue(*m_database); !made)
        spdlog::warn("automatic backup failed: {}", made.error().message);
    return m_database.get();
}

core::Result<CliContext::StoredProfile> CliContext::profile(std::string_view name)
{
    auto db = database();
    if (!db)
        return tl::unexpected{db.error()};
    auto found = storage::SqliteProfileRepository{**db, *m_clock}.find(name);
    if (!found)
        return tl::unexpected{found.error()};
    return StoredProfile{std::move(*found), **db};
}

core::Result<core::BankPtr> CliContext::bank(std::string_view id) const
{
    for (auto& file : storage::scanBankDirs(m_locations.bankDirs).banks)
        if (file.bank->id == id)
            return file.bank;
    return core::fail("no-such-bank", "no installed bank has the id \"" + std::string{id} + "\" (see `certdrill banks`)");
}

int reportError(const core::Error& error)
{
    std::cerr << "certdrill: error: " << error.message << '\n';
    return ExitCode::UserError;
}

} // namespace certdrill::cli
