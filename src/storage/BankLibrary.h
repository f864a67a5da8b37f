#pragma once

#include "core/bank/BankParser.h"

#include <filesystem>
#include <vector>

namespace certdrill::storage {

/// A bank file read from disk: the bank when it is valid, and every diagnostic either way.
struct BankFile {
    std::filesystem::path path;
    core::BankPtr bank;
    std::vector<core::Diagnostic> diagnostics;
};

/// Reads and validates one bank file. Exhibit images must be regular files inside the file's
/// folder (symlinks leading out are refused). Never throws.
[[nodiscard]] BankFile loadBankFile(const std::filesystem::path& path, const core::BankLimits& limits = {});

/// Every `*.json` file directly in the given folders, in order; a bank id seen before is shadowed.
struct BankScan {
    std::vector<BankFile> banks;    ///< valid and first with their id
    std::vector<BankFile> rejected; ///< files with errors
    std::vector<BankFile> shadowed; ///< valid, but an earlier folder has the same id
};
[[nodiscard]] BankScan scanBankDirs(const std::vector<std::filesystem::path>& dirs);

} // namespace certdrill::storage
