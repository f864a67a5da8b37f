#include "CliProcess.h"

#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace certdrill::test {

CliProcess::CliProcess(const std::vector<std::string>& args)
{
    int toChild[2];
    int fromChild[2];
    if (::pipe2(toChild, O_CLOEXEC) != 0 || ::pipe2(fromChild, O_CLOEXEC) != 0)
        throw std::runtime_error("pipe failed");
    m_pid = ::fork();
    if (m_pid < 0)
        throw std::runtime_error("fork failed");
    if (m_pid == 0) {
        ::dup2(toChild[0], STDIN_FILENO);
        ::dup2(fromChild[1], STDOUT_FILENO);
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, STDERR_FILENO);
        std::vector<std::string> copy = args;
        std::string program = CERTDRILL_CLI;
        std::vector<char*> argv{program.data()};
        for (auto& a : copy)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    ::close(toChild[0]);
    ::close(fromChild[1]);
    m_in = toChild[1];
    m_out = fromChild[0];
    std::signal(SIGPIPE, SIG_IGN);
}

CliProcess::~CliProcess()
{
    if (!m_status)
        kill();
    if (m_in >= 0)
        ::close(m_in);
    if (m_out >= 0)
        ::close(m_out);
}

std::optional<std::string> CliProcess::readLine(std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        if (const auto nl = m_buffer.find('\n'); nl != std::string::npos) {
            std::string line = m_buffer.substr(0, nl);
            m_buffer.erase(0, nl + 1);
            return line;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return std::nullopt;
        pollfd p{m_out, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left.count())) <= 0)
            continue;
        char buf[4096];
        const auto n = ::read(m_out, buf, sizeof buf);
        if (n <= 0)
            return std::nullopt;
        m_buffer.append(buf, static_cast<std::size_t>(n));
    }
}

void CliProcess::writeLine(const std::string& line)
{
    const std::string data = line + "\n";
    std::size_t done = 0;
    while (done < data.size()) {
        const auto n = ::write(m_in, data.data() + done, data.size() - done);
        if (n <= 0)
            return; // the child is gone
        done += static_cast<std::size_t>(n);
    }
}

void CliProcess::closeStdin()
{
    if (m_in >= 0)
        ::close(m_in);
    m_in = -1;
}

void CliProcess::kill()
{
    if (m_status)
        return;
    ::kill(m_pid, SIGKILL);
    wait();
}

int CliProcess::wait()
{
    if (!m_status) {
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    return *m_status;
}

} // namespace certdrill::test
