#pragma once

#include "core/bank/Diagnostic.h"

#include <nlohmann/json.hpp>

#include <iosfwd>

namespace certdrill::cli {

[[nodiscard]] nlohmann::json toJson(const core::Diagnostic& diagnostic);

/// Prints one JSON document, indented, with a final newline.
void printJson(std::ostream& out, const nlohmann::json& document);

} // namespace certdrill::cli
