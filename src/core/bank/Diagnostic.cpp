#include "core/bank/Diagnostic.h"

#include <algorithm>
#include <array>

namespace certdrill::core {
namespace {

constexpr std::array<std::string_view, 45> kBankCodes{
    // the file as a whole
    "file-too-large", "not-utf8", "syntax", "too-deep", "duplicate-key", "too-many-diagnostics",
    // fields
    "wrong-type", "missing-field", "empty-field", "string-too-long", "control-character", "out-of-range", "bad-id",
    "bad-date", "bad-value", "unsupported-format", "unknown-field", "no-license",
    // references and uniqueness
    "duplicate-id", "weights-sum", "unknown-objective", "unknown-scenario", "too-many-questions",
    // questions and answers
    "correct-count", "duplicate-choice", "duplicate-text", "unknown-item", "incomplete-answer", "no-explanation",
    "no-why", "no-choose-count",
    // generator entries
    "unknown-generator", "bad-generator-params", "generated-field",
    // exhibits
    "bad-exhibit", "no-alt-text", "remote-resource", "absolute-path", "bad-path", "path-escapes-folder",
    "bad-image-type", "missing-image",
    // coverage
    "scenario-size", "thin-domain", "uncovered-objective"};

} // namespace

std::span<const std::string_view> bankDiagnosticCodes() { return kBankCodes; }

std::string formatDiagnostic(std::string_view file, const Diagnostic& diagnostic)
{
    std::string out{file};
    out += ':' + std::to_string(diagnostic.line) + ':' + std::to_string(diagnostic.column) + ": ";
    out += diagnostic.severity == Severity::Error ? "error: " : "warning: ";
    out += diagnostic.message;
    out += " [" + (diagnostic.pointer.empty() ? std::string{"/"} : diagnostic.pointer) + ']';
    return out;
}

std::size_t countErrors(const std::vector<Diagnostic>& diagnostics)
{
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                  [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

} // namespace certdrill::core
