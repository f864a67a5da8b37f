#pragma once

#include "core/common/Error.h"

#include <chrono>
#include <filesystem>

namespace certdrill::storage {

/// Single-writer protection for a data folder: an exclusive advisory lock (flock) on
/// `certdrill.lock`, held for the lifetime of the object and released by the kernel even when the
/// process is killed. Error code `in-use` when another CertDrill holds it.
class DataDirLock {
public:
    /// Tries for up to `wait` (zero: once) to take the lock.
    [[nodiscard]] static core::Result<DataDirLock> acquire(const std::filesystem::path& dataDir,
                                                           std::chrono::milliseconds wait = std::chrono::milliseconds{0});

    DataDirLock(DataDirLock&& other) noexcept;
    DataDirLock& operator=(DataDirLock&& other) noexcept;
    DataDirLock(const DataDirLock&) = delete;
    DataDirLock& operator=(const DataDirLock&) = delete;
    ~DataDirLock();

private:
    explicit DataDirLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

} // namespace certdrill::storage
