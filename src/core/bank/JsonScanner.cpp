#include "core/bank/JsonScanner.h"

#include <algorithm>

namespace certdrill::core {

JsonScanner::JsonScanner(std::string_view text, std::size_t maxDepth)
    : m_text(text)
    , m_maxDepth(maxDepth)
{
    if (m_text.substr(0, 3) == "\xEF\xBB\xBF")
        m_pos = 3;
    std::string pointer;
    skipSpace();
    if (m_pos < m_text.size())
        value(pointer, 0);
}

void JsonScanner::skipSpace()
{
    while (m_pos < m_text.size()
           && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
        ++m_pos;
}

std::string_view JsonScanner::rawString()
{
    const std::size_t start = ++m_pos; // past the opening quote
    while (m_pos < m_text.size() && m_text[m_pos] != '"')
        m_pos += m_text[m_pos] == '\\' ? 2U : 1U;
    const auto raw = m_text.substr(start, std::min(m_pos, m_text.size()) - start);
    ++m_pos; // past the closing quote
    return raw;
}

std::string JsonScanner::unescapeKey(std::string_view raw)
{
    if (raw.find('\\') == std::string_view::npos)
        return std::string{raw};
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\' || i + 1 >= raw.size()) {
            out += raw[i];
            continue;
        }
        const char c = raw[++i];
        switch (c) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': // keep \uXXXX as written: keys in banks are plain ASCII ids
            out += "\\u";
            break;
        default: out += c; break;
        }
    }
    return out;
}

void JsonScanner::value(std::string& pointer, std::size_t depth)
{
    if (m_tooDeepOffset != npos || m_pos >= m_text.size())
        return;
    m_offsets.emplace(pointer, m_pos);
    const char c = m_text[m_pos];
    if (c == '{' || c == '[') {
        if (depth + 1 > m_maxDepth) {
            m_tooDeepOffset = m_pos;
            return;
        }
        const char close = c == '{' ? '}' : ']';
        ++m_pos;
        skipSpace();
        std::vector<std::string> keys;
        std::size_t index = 0;
        while (m_pos < m_text.size() && m_text[m_pos] != close && m_tooDeepOffset == npos) {
            const std::size_t keep = pointer.size();
            if (c == '{') {
                const std::size_t keyOffset = m_pos;
                std::string key = unescapeKey(rawString());
                pointer += '/';
                pointer += pointerToken(key);
                if (std::find(keys.begin(), keys.end(), key) != keys.end())
                    m_duplicates.push_back({pointer, keyOffset});
                else
                    keys.push_back(std::move(key));
                skipSpace();
                ++m_pos; // ':'
                skipSpace();
            } else {
                pointer += '/';
                pointer += std::to_string(index++);
            }
            value(pointer, depth + 1);
            pointer.resize(keep);
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos; // the closing bracket
        return;
    }
    if (c == '"') {
        rawString();
        return;
    }
    while (m_pos < m_text.size() && m_text[m_pos] != ',' && m_text[m_pos] != '}' && m_text[m_pos] != ']'
           && m_text[m_pos] != ' ' && m_text[m_pos] != '\n' && m_text[m_pos] != '\r' && m_text[m_pos] != '\t')
        ++m_pos;
}

std::size_t JsonScanner::offsetOf(std::string_view pointer) const
{
    std::string key{pointer};
    while (true) {
        if (const auto it = m_offsets.find(key); it != m_offsets.end())
            return it->second;
        if (key.empty())
            return 0;
        key.resize(key.rfind('/'));
    }
}

TextPosition positionOf(std::string_view text, std::size_t offset)
{
    TextPosition pos;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((byte & 0xC0U) != 0x80U && !(i < 3 && pos.line == 1 && text.substr(0, 3) == "\xEF\xBB\xBF")) {
            ++pos.column; // count characters, not UTF-8 continuation bytes (nor a byte-order mark)
        }
    }
    return pos;
}

std::string pointerToken(std::string_view key)
{
    std::string out;
    out.reserve(key.size());
    for (const char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

} // namespace certdrill::core
