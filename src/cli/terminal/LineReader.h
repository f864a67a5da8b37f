#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace certdrill::cli {

/// Reads lines from a file descriptor with a timeout, so a session can tell the time while the
/// other side (a person or a script) is silent. Not buffered anywhere else: do not mix with
/// std::cin on the same descriptor.
class LineReader {
public:
    enum class Status { Line, Timeout, End };

    explicit LineReader(int fd = 0) : m_fd(fd) {}

    /// One line without its newline (a final line without one counts at EOF). No timeout: waits.
    Status read(std::string& line, std::optional<std::chrono::milliseconds> timeout = std::nullopt);

private:
    bool takeLine(std::string& line);

    int m_fd;
    std::string m_buffer;
    bool m_eof = false;
};

} // namespace certdrill::cli
