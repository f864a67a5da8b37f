#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace certdrill::test {

/// The built `certdrill` running as a child with pipes on stdin and stdout, for conversations
/// (`session run`) and for killing it at a chosen moment.
class CliProcess {
public:
    explicit CliProcess(const std::vector<std::string>& args);
    ~CliProcess();
    CliProcess(const CliProcess&) = delete;
    CliProcess& operator=(const CliProcess&) = delete;

    /// One line from stdout without the newline; nothing on EOF or after `timeout`.
    [[nodiscard]] std::optional<std::string> readLine(std::chrono::milliseconds timeout = std::chrono::seconds{10});
    void writeLine(const std::string& line);
    void closeStdin();
    void kill(); ///< SIGKILL, then reap
    /// Waits for the exit and returns the exit code (128 + signal when killed).
    int wait();

private:
    pid_t m_pid = -1;
    int m_in = -1;
    int m_out = -1;
    std::string m_buffer;
    std::optional<int> m_status;
};

} // namespace certdrill::test
