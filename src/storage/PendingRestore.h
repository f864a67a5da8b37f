#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <filesystem>
#include <optional>

namespace certdrill::storage {

/// A restore the app asked for while it had the database open. Backups::restore needs the
/// database closed, so the app copies the chosen backup into the data folder (`stage`) and puts it
/// in place the next time it starts, before it opens the database (`applyIfStaged`). Nothing is
/// lost: Backups::restore keeps the replaced database aside.
class PendingRestore {
public:
    explicit PendingRestore(std::filesystem::path dataDir);

    /// Copies `backup` into the data folder to be restored at the next start. Error `io` when it
    /// is not a readable file.
    [[nodiscard]] core::Result<void> stage(const std::filesystem::path& backup);
    [[nodiscard]] bool staged() const;
    /// Forgets a staged restore.
    void cancel();

    /// Restores the staged backup, if any: takes the data folder's lock, restores (checking the
    /// file is a database this version reads) and removes the staged copy either way. Returns
    /// where the replaced database was kept, none when nothing was staged.
    [[nodiscard]] core::Result<std::optional<std::filesystem::path>> applyIfStaged(const core::Clock& clock);

private:
    [[nodiscard]] std::filesystem::path file() const { return m_dataDir / "certdrill.db.pending-restore"; }

    std::filesystem::path m_dataDir;
};

} // namespace certdrill::storage
