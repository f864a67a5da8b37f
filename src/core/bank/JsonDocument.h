#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace certdrill::core {

/// One value of a parsed JSON text. Strings and keys are views into the text (or, when they
/// contain escapes, into the document's decoded copies); numbers keep their text and are
/// converted on use.
struct JsonNode {
    enum class Kind : std::uint8_t { Null, Boolean, Number, String, Array, Object };

    Kind kind = Kind::Null;
    bool boolean = false;
    bool integral = false;   ///< a number written without fraction or exponent
    bool plain = true;       ///< strings: no escapes, DEL or C1 lead byte, so no control characters
    std::uint32_t first = 0; ///< containers: index of the first child in the document
    std::uint32_t count = 0; ///< containers: number of children
    std::size_t offset = 0;  ///< byte offset where the value starts in the text
    std::string_view key;    ///< the member name, for a member of an object
    std::string_view text;   ///< strings: the decoded contents; numbers: as written

    [[nodiscard]] bool isObject() const { return kind == Kind::Object; }
    [[nodiscard]] bool isArray() const { return kind == Kind::Array; }
    [[nodiscard]] bool isString() const { return kind == Kind::String; }
    [[nodiscard]] bool isNumber() const { return kind == Kind::Number; }
    [[nodiscard]] bool isNull() const { return kind == Kind::Null; }
    [[nodiscard]] bool isBoolean() const { return kind == Kind::Boolean; }

    /// The value of a number; ±infinity when it overflows a double.
    [[nodiscard]] double toDouble() const;
    /// The value of an integral number, or none when it does not fit 64 bits.
    [[nodiscard]] std::optional<std::int64_t> toInt64() const;
};

/// Why a text is not a JSON document we accept.
struct JsonError {
    std::string code;    ///< "syntax" or "too-deep"
    std::string message; ///< for authors
    std::size_t offset = 0;
};

/// A compact, read-only JSON tree built in one pass over UTF-8 text that must outlive it. Also
/// finds what general-purpose parsers lose: each value's position, and keys repeated in one
/// object. Nesting deeper than a limit is refused, so a hostile file cannot exhaust the stack.
class JsonDocument {
public:
    struct DuplicateKey {
        std::string pointer; ///< pointer of the repeated member
        std::size_t offset = 0; ///< byte offset of the repeated key
    };

    /// Parses `text` (strict RFC 8259, an optional UTF-8 byte-order mark). On failure the result
    /// holds the first error and no document.
    [[nodiscard]] static JsonDocument parse(std::string_view text, std::size_t maxDepth);

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] const JsonError& error() const { return *m_error; }
    [[nodiscard]] const JsonNode& root() const { return m_nodes.back(); }
    [[nodiscard]] const std::vector<DuplicateKey>& duplicateKeys() const { return m_duplicates; }

    [[nodiscard]] std::span<const JsonNode> children(const JsonNode& container) const
    {
        return {m_nodes.data() + container.first, container.count};
    }
    /// The member named `key` (the last one when it is repeated), or null.
    [[nodiscard]] const JsonNode* member(const JsonNode& object, std::string_view key) const;

    /// Byte offset of the value at a JSON pointer, or of its nearest existing ancestor.
    [[nodiscard]] std::size_t offsetOf(std::string_view pointer) const;

private:
    friend class JsonReader;

    std::vector<JsonNode> m_nodes; ///< children of each container are contiguous; the root is last
    std::deque<std::string> m_decoded; ///< strings that had escapes (stable addresses)
    std::vector<DuplicateKey> m_duplicates;
    std::optional<JsonError> m_error;
};

/// Line and column (1-based, the column counted in characters) of a byte offset.
struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;
};
[[nodiscard]] TextPosition positionOf(std::string_view text, std::size_t offset);

} // namespace certdrill::core
