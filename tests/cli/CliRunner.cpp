#include "CliRunner.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace certdrill::test {
namespace {

std::string slurp(const std::filesystem::path& path)
{
    std::ifstream in{path, std::ios::binary};
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

CliResult runCli(const std::vector<std::string>& args, const std::string& input)
{
    TempDir io;
    const std::filesystem::path dir = io.path();
    {
        std::ofstream in{dir / "stdin", std::ios::binary};
        in << input;
    }
    const pid_t pid = fork();
    if (pid < 0)
        throw std::runtime_error("fork failed");
    if (pid == 0) {
        if (!std::freopen((dir / "stdin").c_str(), "rb", stdin) || !std::freopen((dir / "stdout").c_str(), "wb", stdout)
            || !std::freopen((dir / "stderr").c_str(), "wb", stderr))
            _exit(127);
        std::vector<char*> argv;
        std::string program = CERTDRILL_CLI;
        argv.push_back(program.data());
        std::vector<std::string> copy = args;
        for (auto& a : copy)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    CliResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = slurp(dir / "stdout");
    result.err = slurp(dir / "stderr");
    return result;
}

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "certdrill-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

} // namespace certdrill::test
