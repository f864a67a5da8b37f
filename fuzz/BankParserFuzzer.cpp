// libFuzzer target: core::parseBank must never crash, leak or hit undefined behaviour on any
// input, must keep its promises about diagnostics, and every bank it accepts must survive a
// write-and-parse round trip unchanged.
#include "core/bank/BankParser.h"
#include "core/bank/BankWriter.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

using namespace certdrill::core;

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

/// Answers deterministically from the path, so every branch of the image checks is reachable.
AssetStatus probe(std::string_view path)
{
    switch (path.size() % 3) {
    case 0: return AssetStatus::Present;
    case 1: return AssetStatus::Missing;
    default: return AssetStatus::OutsideFolder;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    BankParseOptions options;
    options.limits.maxDepth = 16;
    options.limits.maxStringBytes = 256;
    options.limits.maxDiagnostics = 50;
    options.assets = probe;
    const auto result = parseBank(text, options);

    require(!result.diagnostics.empty() || result.bank);
    require(result.diagnostics.size() <= options.limits.maxDiagnostics + 1);
    require(static_cast<bool>(result.bank) == (countErrors(result.diagnostics) == 0));
    for (std::size_t i = 0; i < result.diagnostics.size(); ++i) {
        const auto& d = result.diagnostics[i];
        require(!d.code.empty() && !d.message.empty());
        require(d.line >= 1 && d.column >= 1);
        require(d.pointer.empty() || d.pointer.front() == '/');
        require(d.message.find('\n') == std::string::npos);
        if (i > 0) {
            const auto& p = result.diagnostics[i - 1];
            require(p.line < d.line || (p.line == d.line && p.column <= d.column));
        }
    }
    if (!result.bank)
        return 0;

    const auto written = writeBank(*result.bank);
    const auto again = parseBank(written, options);
    require(again.bank != nullptr);
    require(*again.bank == *result.bank);
    for (std::size_t i = 0; i < again.bank->questions.size(); ++i)
        require(again.bank->questions[i].contentHash == result.bank->questions[i].contentHash);
    return 0;
}
