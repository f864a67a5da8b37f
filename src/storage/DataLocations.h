#pragma once

#include <filesystem>
#include <optional>
#include <vector>

namespace certdrill::storage {

/// Where CertDrill keeps and finds things, by the XDG base-directory rules.
struct DataLocations {
    std::filesystem::path dataDir;  ///< user data: the database, imported banks
    std::filesystem::path stateDir; ///< logs
    std::filesystem::path configDir; ///< the app's own settings (theme, text size)
    std::vector<std::filesystem::path> bankDirs; ///< searched in order; the first bank with an id wins

    [[nodiscard]] std::filesystem::path databaseFile() const { return dataDir / "certdrill.db"; }
    [[nodiscard]] std::filesystem::path userBanksDir() const { return dataDir / "question_banks"; }
};

/// Resolves the locations. `dataDirOverride` (the `--data-dir` option) replaces the data dir and
/// puts the state and config dirs inside it, so tests touch nothing else. `executable` finds the install
/// prefix (`<prefix>/bin/certdrill` → `<prefix>/share/certdrill/question_banks`) and tells whether
/// we run from the build tree (then the source tree's `question_banks/` is searched too).
[[nodiscard]] DataLocations resolveDataLocations(const std::optional<std::filesystem::path>& dataDirOverride,
                                                 const std::filesystem::path& executable);

/// The running program's own path (from /proc/self/exe), or empty.
[[nodiscard]] std::filesystem::path currentExecutable();

} // namespace certdrill::storage
