#include "core/bank/TextRules.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace certdrill::core {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string collapseSpace(std::string_view text, bool lower)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char c : text) {
        if (isSpace(c)) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += lower && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

} // namespace

std::size_t invalidUtf8At(std::string_view text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII runs are by far the most common: check eight bytes at a time.
        while (i + 8 <= n) {
            std::uint64_t word = 0;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) != 0)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0U) == 0xC0U) {
            len = 2;
            cp = c & 0x1FU;
        } else if ((c & 0xF0U) == 0xE0U) {
            len = 3;
            cp = c & 0x0FU;
        } else if ((c & 0xF8U) == 0xF0U) {
            len = 4;
            cp = c & 0x07U;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0U) != 0x80U)
                return i;
            cp = (cp << 6U) | (s[i + k] & 0x3FU);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

std::size_t controlCharacterAt(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
            return i;
        // C1 controls U+0080..U+009F are encoded as C2 80..C2 9F.
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80
            && static_cast<unsigned char>(text[i + 1]) <= 0x9F)
            return i;
    }
    return std::string_view::npos;
}

std::string lowerAscii(std::string_view text)
{
    std::string out{text};
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return out;
}

bool sameText(std::string_view a, std::string_view b)
{
    auto skipSpace = [](std::string_view s, std::size_t& k) {
        while (k < s.size() && isSpace(s[k]))
            ++k;
    };
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    std::size_t i = 0;
    std::size_t j = 0;
    skipSpace(a, i);
    skipSpace(b, j);
    while (i < a.size() && j < b.size()) {
        const bool spaceA = isSpace(a[i]);
        const bool spaceB = isSpace(b[j]);
        if (spaceA || spaceB) {
            if (spaceA != spaceB)
                return false;
            skipSpace(a, i);
            skipSpace(b, j);
            if ((i == a.size()) != (j == b.size()))
                return false;
            continue;
        }
        if (lower(a[i]) != lower(b[j]))
            return false;
        ++i;
        ++j;
    }
    skipSpace(a, i);
    skipSpace(b, j);
    return i == a.size() && j == b.size();
}

std::string normalisedAnswer(std::string_view text, bool caseSensitive) { return collapseSpace(text, !caseSensitive); }

std::size_t statedChoiceCount(std::string_view stem)
{
    static constexpr std::array<std::pair<std::string_view, std::size_t>, 8> words{
        {{"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"2", 2}, {"3", 3}, {"4", 4}, {"5", 5}}};
    const std::string lower = lowerAscii(stem);
    const auto at = lower.rfind("choose ");
    if (at == std::string::npos)
        return 0;
    const std::size_t start = at + 7;
    std::size_t end = start;
    while (end < lower.size() && lower[end] >= 'a' && lower[end] <= 'z')
        ++end;
    while (end < lower.size() && lower[end] >= '0' && lower[end] <= '9')
        ++end;
    const auto word = std::string_view{lower}.substr(start, end - start);
    for (const auto& [name, count] : words)
        if (name == word)
            return count;
    return 0;
}

std::string quotedText(std::string_view text, std::size_t maxCharacters)
{
    std::string out = "\"";
    std::size_t characters = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool continuation = (c & 0xC0U) == 0x80U;
        if (!continuation && characters++ == maxCharacters) {
            out += "...";
            break;
        }
        if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            out += buf;
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            char buf[8]; // a C1 control character
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(text[++i])));
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
    return out;
}

} // namespace certdrill::core
