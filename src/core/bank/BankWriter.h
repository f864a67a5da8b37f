#pragma once

#include "core/bank/Bank.h"

#include <nlohmann/json.hpp>

#include <string>

namespace certdrill::core {

/// The `certdrill-bank/1` document for a bank, fields in the order docs/bank-format.md shows them.
/// Optional fields at their defaults are left out. Parsing the result gives an equal bank.
[[nodiscard]] nlohmann::ordered_json toJson(const Bank& bank);

/// One question as a bank file holds it (with its answer key): also how a generated question is
/// shown exactly (`certdrill generate --json`).
[[nodiscard]] nlohmann::ordered_json toJson(const Question& question);

/// `toJson(bank)` as UTF-8 text, indented by two spaces, with a final newline.
[[nodiscard]] std::string writeBank(const Bank& bank);

} // namespace certdrill::core
