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

/// The test banks folder (`tests/data/banks`).
inline const std::string kTestBanks = std::string{CERTDRILL_TEST_DATA_DIR} + "/banks";

/// `args` prefixed with a fresh data dir, the test banks only and a fixed clock
/// (2026-11-23T10:00:00Z), so every run is reproducible.
inline std::vector<std::string> with(const TempDir& data, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--data-dir", data.path(), "--banks-dir", kTestBanks, "--now", "2026-11-23T10:00:00Z"});
    return args;
}

} // namespace certdrill::test
