#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace certdrill::core::markdown {

/// Inline styles, combinable (strong emphasis is Strong | Emphasis).
enum Style : std::uint8_t { Plain = 0, Emphasis = 1, Strong = 2, Code = 4 };

/// A run of text in one style.
struct Span {
    std::string text;
    std::uint8_t style = Plain;
    bool operator==(const Span&) const = default;
};
using Line = std::vector<Span>;

enum class BlockKind : std::uint8_t { Paragraph, CodeBlock, BulletList, NumberedList };

/// A paragraph (one line of spans), a list (one line per item) or a code block (raw lines).
struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::vector<Line> items;        ///< paragraph: exactly one; lists: one per item
    std::vector<std::string> code;  ///< code block lines, verbatim
    bool operator==(const Block&) const = default;
};

/// Parses the bank format's Markdown subset (docs/bank-format.md): `*emphasis*`, `**strong**`,
/// `` `code` ``, fenced code blocks, `- ` and `1. ` lists, blank-line paragraphs, and backslash
/// escapes of `*`, `` ` `` and `\`. Anything else, HTML and links included, stays literal text.
[[nodiscard]] std::vector<Block> parse(std::string_view text);

/// HTML for Qt's rich text: every character escaped, only <p>, <b>, <i>, <code>, <pre>, <ul>,
/// <ol>, <li> produced. Nothing from the source can become markup, a link or a resource.
[[nodiscard]] std::string toHtml(const std::vector<Block>& blocks);

/// Text for a terminal: ANSI bold, italic and cyan code, bullets, code blocks indented; `colour`
/// false gives the same layout without escape sequences. Lines wrap at `width` columns (0: no wrap).
[[nodiscard]] std::string toTerminal(const std::vector<Block>& blocks, bool colour, std::size_t width = 0);

/// The words alone, for screen readers and searching.
[[nodiscard]] std::string toPlainText(const std::vector<Block>& blocks);

} // namespace certdrill::core::markdown
