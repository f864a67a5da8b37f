#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace certdrill::core {

/// Byte offset of the first byte that is not well-formed UTF-8 (overlong forms, surrogates and
/// code points above U+10FFFF included), or `std::string_view::npos`.
[[nodiscard]] std::size_t invalidUtf8At(std::string_view text);

/// Byte offset of the first control character other than tab and newline (C0, DEL, C1), or
/// `npos`. Such characters could drive a terminal (escape sequences) or hide text.
[[nodiscard]] std::size_t controlCharacterAt(std::string_view text);

[[nodiscard]] std::string lowerAscii(std::string_view text);

/// Whether two texts are duplicates: equal once trimmed, with whitespace runs taken as one space
/// and ASCII letters compared without case. Allocates nothing.
[[nodiscard]] bool sameText(std::string_view a, std::string_view b);

/// A text answer as compared with what the candidate typed: trimmed, whitespace runs collapsed to
/// one space, and lower-cased (ASCII) unless `caseSensitive`.
[[nodiscard]] std::string normalisedAnswer(std::string_view text, bool caseSensitive);

/// The number a `multiple` stem asks for ("Choose two."), or 0 when it does not say.
[[nodiscard]] std::size_t statedChoiceCount(std::string_view stem);

/// Author text for a message: in double quotes, control characters escaped, cut after
/// `maxCharacters` characters with an ellipsis.
[[nodiscard]] std::string quotedText(std::string_view text, std::size_t maxCharacters = 60);

} // namespace certdrill::core
