#include "storage/DataDirLock.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace certdrill::storage {

core::Result<DataDirLock> DataDirLock::acquire(const std::filesystem::path& dataDir, std::chrono::milliseconds wait)
{
    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    const auto file = dataDir / "certdrill.lock";
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EACCES || errno == EROFS || errno == EPERM)
            return core::fail("read-only", "the data folder " + dataDir.string() + " is read-only for you (" +
                                               file.filename().string() + ": " + std::strerror(errno) +
                                               "). CertDrill needs to write there: make it writable, or choose "
                                               "another --data-dir.");
        return core::fail("io", "cannot open " + file.string() + ": " + std::strerror(errno));
    }
    const auto deadline = std::chrono::steady_clock::now() + wait;
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            const int err = errno;
            ::close(fd);
            return core::fail("io", "cannot lock " + file.string() + ": " + std::strerror(err));
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            ::close(fd);
            return core::fail("in-use", "another CertDrill (the app or a command) is using the data folder " +
                                            dataDir.string() + "; close it and try again");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds{20});
    }
    return DataDirLock{fd};
}

DataDirLock::DataDirLock(DataDirLock&& other) noexcept
    : m_fd(other.m_fd)
{
    other.m_fd = -1;
}

DataDirLock& DataDirLock::operator=(DataDirLock&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

DataDirLock::~DataDirLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the descriptor releases the lock
}

} // namespace certdrill::storage
