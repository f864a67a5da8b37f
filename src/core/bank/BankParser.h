#pragma once

#include "core/bank/Bank.h"
#include "core/bank/Diagnostic.h"

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace certdrill::core {

/// Hard limits that keep a hostile bank from exhausting memory or the stack.
struct BankLimits {
    std::size_t maxBytes = 64U * 1024U * 1024U;
    std::size_t maxDepth = 64;
    std::size_t maxStringBytes = 64U * 1024U;
    std::size_t maxQuestions = 100'000;
    std::size_t maxDiagnostics = 1000; ///< further problems are summed up in one last error
};

/// What the bank's folder says about an exhibit image path (already known to be relative and
/// free of `..`). Core does no I/O: the caller answers.
enum class AssetStatus : std::uint8_t { Present, Missing, OutsideFolder };
using AssetProbe = std::function<AssetStatus(std::string_view relativePath)>;

struct BankParseOptions {
    BankLimits limits;
    AssetProbe assets; ///< unset: image paths are checked for form only
};

struct BankParseResult {
    BankPtr bank; ///< null when any error was found
    std::vector<Diagnostic> diagnostics; ///< every problem, located, in file order
};

/// Parses and validates a `certdrill-bank/1` document. Reports every problem it finds, not only
/// the first; never throws on bad input.
[[nodiscard]] BankParseResult parseBank(std::string_view text, const BankParseOptions& options = {});

} // namespace certdrill::core
