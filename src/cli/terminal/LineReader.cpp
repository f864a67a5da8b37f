#include "cli/terminal/LineReader.h"

#include <cerrno>
#include <poll.h>
#include <unistd.h>

namespace certdrill::cli {

bool LineReader::takeLine(std::string& line)
{
    const auto end = m_buffer.find('\n');
    if (end == std::string::npos)
        return false;
    line.assign(m_buffer, 0, end);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    m_buffer.erase(0, end + 1);
    return true;
}

LineReader::Status LineReader::read(std::string& line, std::optional<std::chrono::milliseconds> timeout)
{
    const auto deadline = timeout ? std::chrono::steady_clock::now() + *timeout : std::chrono::steady_clock::time_point{};
    while (true) {
        if (takeLine(line))
            return Status::Line;
        if (m_eof) {
            if (m_buffer.empty())
                return Status::End;
            line = std::move(m_buffer);
            m_buffer.clear();
            return Status::Line;
        }
        int wait = -1;
        if (timeout) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                return Status::Timeout;
            wait = static_cast<int>(left.count());
        }
        pollfd p{m_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, wait);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            return Status::Timeout;
        char chunk[4096];
        const auto n = ::read(m_fd, chunk, sizeof chunk);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0)
            m_eof = true;
        else
            m_buffer.append(chunk, static_cast<std::size_t>(n));
    }
}

} // namespace certdrill::cli
