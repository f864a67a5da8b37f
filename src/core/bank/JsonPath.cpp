#include "core/bank/JsonPath.h"

namespace certdrill::core {

std::string JsonPath::str() const
{
    std::string out;
    append(out);
    return out;
}

void JsonPath::append(std::string& out) const
{
    if (!m_parent)
        return;
    m_parent->append(out);
    out += '/';
    if (m_isIndex)
        out += std::to_string(m_index);
    else
        appendPointerToken(out, m_key);
}

std::string pointerToken(std::string_view key)
{
    std::string out;
    appendPointerToken(out, key);
    return out;
}

void appendPointerToken(std::string& pointer, std::string_view key)
{
    if (key.find_first_of("~/") == std::string_view::npos) {
        pointer += key;
        return;
    }
    for (const char c : key) {
        if (c == '~')
            pointer += "~0";
        else if (c == '/')
            pointer += "~1";
        else
            pointer += c;
    }
}

} // namespace certdrill::core
