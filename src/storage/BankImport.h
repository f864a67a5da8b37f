#pragma once

#include "core/common/Error.h"
#include "storage/BankLibrary.h"

#include <filesystem>
#include <vector>

namespace certdrill::storage {

/// What importing a bank file would do, before anything is written.
struct ImportCheck {
    BankFile file;                       ///< the bank (when valid) and every diagnostic
    std::filesystem::path target;        ///< where the bank would be copied (empty when invalid)
    /// Another folder already has a bank with this id (a bundled bank): the import would shadow
    /// it, since the user's folder is searched first. Empty when none.
    std::filesystem::path shadows;
    bool replacesUserBank = false;       ///< the user's folder already holds a bank file of this id
};

/// Imports bank files into the user's bank folder. The file is untrusted: it is validated first,
/// the copy is named from the bank's id (never from the file name) and written only inside
/// `userBanksDir`, and exhibit images are copied only from inside the file's folder.
class BankImport {
public:
    /// `bankDirs` are every folder searched for banks, `userBanksDir` among them.
    BankImport(std::filesystem::path userBanksDir, std::vector<std::filesystem::path> bankDirs);

    [[nodiscard]] ImportCheck check(const std::filesystem::path& file) const;

    /// Copies a checked, valid bank. Error `invalid-bank` when it has errors, `shadows` when it
    /// would shadow another folder's bank and `allowShadowing` is false, `io` on a failed write.
    /// Returns the file written.
    [[nodiscard]] core::Result<std::filesystem::path> install(const ImportCheck& check, bool allowShadowing) const;

private:
    std::filesystem::path m_userDir;
    std::vector<std::filesystem::path> m_bankDirs;
};

/// A bank id as a file name: only letters, digits, '-', '_' and '.', not starting with '.'.
[[nodiscard]] bool isSafeBankFileName(std::string_view id);

} // namespace certdrill::storage
