#pragma once

#include "core/bank/FieldReader.h"
#include "core/bank/Question.h"

namespace certdrill::core {

/// The fields a `generator` entry must not have: its family writes them for each instance.
[[nodiscard]] bool isGeneratedField(std::string_view key);

/// Reads and checks the `generator` of a bank entry of type `generator` into `out.generator`:
/// the family and its parameters, checked by the engine (`unknown-generator`,
/// `bad-generator-params`, located at the family or the parameter), and no field its family
/// writes (`generated-field`).
void readGeneratorEntry(FieldReader& read, const JsonNode& entry, const JsonPath& path, Question& out);

} // namespace certdrill::core
