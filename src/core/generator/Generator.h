#pragma once

#include "core/bank/GeneratorSpec.h"
#include "core/bank/Question.h"
#include "core/common/Error.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace certdrill::core {

/// What the bank format and the tools say about a family.
struct GeneratorFamily {
    std::string_view id;          ///< "ipv4.subnet-facts"
    std::string_view title;       ///< "IPv4 network, broadcast and host range"
    std::string_view description; ///< one line: what it asks, its parameters
};

/// Every family the engine knows, in a fixed order.
[[nodiscard]] std::span<const GeneratorFamily> generatorFamilies();

/// Checks a spec as a bank gives it: error `unknown-generator` for a family the engine does not
/// know, `bad-generator-params` naming the parameter (and what is allowed) otherwise.
[[nodiscard]] Result<void> checkGenerator(const GeneratorSpec& spec);

/// One instance of the family: a complete, valid question (single, multiple, numeric or text)
/// with a stem, an exhibit when the family has one (e.g. `show ip route` output), choices with a
/// `why` each, and an explanation worked step by step. `entry` gives what the instance keeps
/// from the bank entry: id, objective, domain, difficulty, tags, references, scenario. The same
/// spec, entry and seed give the same question everywhere. Errors as checkGenerator.
[[nodiscard]] Result<Question> generateQuestion(const GeneratorSpec& spec, const Question& entry, std::uint64_t seed);

} // namespace certdrill::core
