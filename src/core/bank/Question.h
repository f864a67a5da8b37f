#pragma once

#include "core/bank/GeneratorSpec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace certdrill::core {

/// Persisted as text in banks and as these numbers in the database: only ever add at the end.
/// `Generator` is a bank entry whose questions a family generates (see GeneratorSpec): sessions
/// show its instances, which have one of the other types.
enum class QuestionType : std::uint8_t {
    Single = 0,
    Multiple = 1,
    Order = 2,
    Match = 3,
    Numeric = 4,
    Text = 5,
    Generator = 6
};

[[nodiscard]] std::string_view toString(QuestionType type);
[[nodiscard]] std::optional<QuestionType> questionTypeFromString(std::string_view text);

/// A fixed piece of material shown with a question or scenario: monospace text or an image.
struct Exhibit {
    std::string text;  ///< monospace text (command output, a log, a configuration)
    std::string image; ///< a path relative to the bank's folder
    std::string alt;   ///< description of the image

    bool operator==(const Exhibit&) const = default;
};

/// An option of a `single` or `multiple` question.
struct Choice {
    std::string id;
    std::string text;
    std::string why; ///< why this option is right or wrong, shown after answering
    bool correct = false;

    bool operator==(const Choice&) const = default;
};

/// An entry of an `order` list or one side of a `match` question.
struct Item {
    std::string id;
    std::string text;

    bool operator==(const Item&) const = default;
};

/// One question of a bank. Type-specific fields are empty for the other types.
struct Question {
    std::string id;
    std::string objective; ///< objective id, e.g. "1.1"
    std::string domain;    ///< domain id the objective belongs to, resolved by the parser
    QuestionType type = QuestionType::Single;
    std::string stem;
    std::string explanation;
    std::vector<std::string> references;
    std::vector<std::string> tags;
    int difficulty = 0; ///< 1-3, 0 when the bank does not say
    std::optional<Exhibit> exhibit;
    std::string scenario; ///< id of the scenario (testlet) it belongs to, or empty

    // single, multiple
    std::vector<Choice> choices;
    // order: items, and their ids in the correct sequence
    std::vector<Item> items;
    std::vector<std::string> sequence;
    // match: left ids each paired with one right id
    std::vector<Item> left;
    std::vector<Item> right;
    std::vector<std::pair<std::string, std::string>> pairs;
    // numeric
    double numericAnswer = 0.0;
    double tolerance = 0.0;
    std::string unit;
    // text
    std::vector<std::string> accepted;
    bool caseSensitive = false;
    // generator: the family and its parameters (an instance keeps its entry's, to say it is generated)
    std::optional<GeneratorSpec> generator;

    /// Stable hash of what the candidate sees and the answer key (not of explanations, tags or
    /// references): history follows a question across bank versions until its content changes.
    std::uint64_t contentHash = 0;

    [[nodiscard]] std::size_t correctChoiceCount() const;

    bool operator==(const Question&) const = default;
};

} // namespace certdrill::core
