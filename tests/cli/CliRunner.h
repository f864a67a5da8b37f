#pragma once

#include <string>
#include <vector>

namespace certdrill::test {

struct CliResult {
    int exitCode = -1;
    std::string out; ///< stdout
    std::string err; ///< stderr
};

/// Runs the built `certdrill` with the given arguments (no shell involved) and optional stdin.
[[nodiscard]] CliResult runCli(const std::vector<std::string>& args, const std::string& input = {});

/// A fresh, empty folder under the system temp dir, removed when the object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

} // namespace certdrill::test
