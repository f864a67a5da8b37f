#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace certdrill::core {

/// A bank entry that asks the engine for a fresh question each time: a family of generated
/// questions and its parameters (difficulty, ranges), as written in the bank file.
struct GeneratorSpec {
    std::string family;      ///< e.g. "ipv4.subnet-facts"
    nlohmann::json params = nlohmann::json::object();

    bool operator==(const GeneratorSpec&) const = default;
};

} // namespace certdrill::core
