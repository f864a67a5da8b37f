#include "cli/JsonOutput.h"

#include <ostream>

namespace certdrill::cli {

nlohmann::json toJson(const core::Diagnostic& d)
{
    return {{"severity", d.severity == core::Severity::Error ? "error" : "warning"},
            {"code", d.code},
            {"message", d.message},
            {"pointer", d.pointer},
            {"line", d.line},
            {"column", d.column}};
}

void printJson(std::ostream& out, const nlohmann::json& document)
{
    out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace certdrill::cli
