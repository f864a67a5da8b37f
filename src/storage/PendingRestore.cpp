#include "storage/PendingRestore.h"

#include "storage/Backups.h"
#include "storage/DataDirLock.h"

namespace certdrill::storage {
namespace fs = std::filesystem;

PendingRestore::PendingRestore(fs::path dataDir)
    : m_dataDir(std::move(dataDir))
{
}

core::Result<void> PendingRestore::stage(const fs::path& backup)
{
    std::error_code ec;
    if (!fs::is_regular_file(backup, ec))
        return core::fail("io", "no backup file " + backup.string());
    const fs::path partial = m_dataDir / "certdrill.db.pending-restore.part";
    fs::create_directories(m_dataDir, ec);
    fs::copy_file(backup, partial, fs::copy_options::overwrite_existing, ec);
    if (!ec)
        fs::rename(partial, file(), ec);
    if (ec) {
        fs::remove(partial, ec);
        return core::fail("io", "cannot copy " + backup.string() + ": " + ec.message());
    }
    return {};
}

bool PendingRestore::staged() const
{
    std::error_code ec;
    return fs::is_regular_file(file(), ec);
}

void PendingRestore::cancel()
{
    std::error_code ec;
    fs::remove(file(), ec);
    // Reading the staged copy may have left SQLite's sidecar files.
    fs::remove(fs::path{file().string() + "-wal"}, ec);
    fs::remove(fs::path{file().string() + "-shm"}, ec);
}

core::Result<std::optional<fs::path>> PendingRestore::applyIfStaged(const core::Clock& clock)
{
    if (!staged())
        return std::optional<fs::path>{};
    auto lock = DataDirLock::acquire(m_dataDir);
    if (!lock)
        return tl::unexpected{lock.error()};
    Backups backups{m_dataDir, clock};
    auto aside = backups.restore(file());
    cancel();
    if (!aside)
        return tl::unexpected{aside.error()};
    return std::optional<fs::path>{*aside};
}

} // namespace certdrill::storage
