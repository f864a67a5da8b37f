#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace certdrill::core {

enum class Severity : std::uint8_t { Warning, Error };

/// One problem found in a bank file, located by JSON pointer and, once resolved, line and column
/// (1-based; 0 when unknown). `code` is stable (tests and tools match it); `message` is for authors.
struct Diagnostic {
    Severity severity = Severity::Error;
    std::string code;
    std::string message;
    std::string pointer;
    std::size_t line = 0;
    std::size_t column = 0;
};

/// `FILE:LINE:COLUMN: error: MESSAGE [POINTER]`, the form compilers and editors understand.
[[nodiscard]] std::string formatDiagnostic(std::string_view file, const Diagnostic& diagnostic);

[[nodiscard]] std::size_t countErrors(const std::vector<Diagnostic>& diagnostics);

/// Every code `parseBank` can report, as docs/bank-format.md lists them. Codes are stable: tools
/// match them, so a code is never renamed or reused for another problem.
[[nodiscard]] std::span<const std::string_view> bankDiagnosticCodes();

} // namespace certdrill::core
