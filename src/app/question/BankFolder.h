#pragma once

#include "core/bank/Bank.h"

#include <filesystem>
#include <vector>

namespace certdrill::app {

/// The bank folder (one of `bankDirs`, searched in order) that holds every exhibit image the bank
/// names, for QuestionPresenter; empty when the bank has no images or none of the folders has them.
/// The catalog keeps banks, not their files: this finds the folder the scan read it from.
[[nodiscard]] std::filesystem::path bankFolder(const core::Bank& bank,
                                               const std::vector<std::filesystem::path>& bankDirs);

/// The bank with this id in `banks`, or null.
[[nodiscard]] core::BankPtr findBank(const std::vector<core::BankPtr>& banks, std::string_view bankId);

} // namespace certdrill::app
