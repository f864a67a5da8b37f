#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace certdrill::test {

/// Lower-case words of letters and digits: "Which port does HTTPS use?" → which, port, does, https, use.
[[nodiscard]] std::vector<std::string> words(std::string_view text);

/// 1 - (word-level edit distance / length of the longer): 1 for the same words, 0 for nothing alike.
[[nodiscard]] double similarity(const std::vector<std::string>& a, const std::vector<std::string>& b);

} // namespace certdrill::test
