#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace certdrill::core {

/// A second, structural pass over JSON text that the DOM parser has already accepted. It finds
/// what a DOM loses: where each value starts (by JSON pointer), keys repeated in one object, and
/// nesting deeper than a limit.
class JsonScanner {
public:
    struct DuplicateKey {
        std::string pointer; ///< pointer of the repeated member
        std::size_t offset = 0;
    };

    JsonScanner(std::string_view text, std::size_t maxDepth);

    /// False when the nesting limit was exceeded; `tooDeepOffset()` tells where.
    [[nodiscard]] bool withinDepth() const { return m_tooDeepOffset == npos; }
    [[nodiscard]] std::size_t tooDeepOffset() const { return m_tooDeepOffset; }
    [[nodiscard]] const std::vector<DuplicateKey>& duplicateKeys() const { return m_duplicates; }

    /// Byte offset where the value at `pointer` starts; for a pointer that names no value, the
    /// offset of its nearest existing ancestor.
    [[nodiscard]] std::size_t offsetOf(std::string_view pointer) const;

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    void skipSpace();
    void value(std::string& pointer, std::size_t depth);
    std::string_view rawString(); // at '"', returns the raw (still escaped) contents
    static std::string unescapeKey(std::string_view raw);

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_maxDepth;
    std::size_t m_tooDeepOffset = npos;
    std::vector<DuplicateKey> m_duplicates;
    std::unordered_map<std::string, std::size_t> m_offsets;
};

/// Line and column (1-based, the column counted in characters) of a byte offset.
struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;
};
[[nodiscard]] TextPosition positionOf(std::string_view text, std::size_t offset);

/// Escapes `~` and `/` as JSON pointer tokens require.
[[nodiscard]] std::string pointerToken(std::string_view key);

} // namespace certdrill::core
