#include "core/bank/Diagnostic.h"

#include <algorithm>

namespace certdrill::core {

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
