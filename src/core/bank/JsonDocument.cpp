#include "core/bank/JsonDocument.h"

#include "core/bank/JsonPath.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>

namespace certdrill::core {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isWordChar(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_'; }

/// True when one of the eight bytes needs a closer look inside a string: '"', '\\', a byte below
/// 0x20, DEL, or 0xC2 (the lead byte of C1 control characters). Eight bytes per step keep long
/// texts cheap.
bool needsLook(std::uint64_t w)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t highs = 0x8080808080808080ULL;
    auto hasZero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    return (hasZero(w ^ (ones * '"')) | hasZero(w ^ (ones * '\\')) | ((w - ones * 0x20U) & ~w & highs)
            | hasZero(w ^ (ones * 0x7FU)) | hasZero(w ^ (ones * 0xC2U)))
           != 0;
}

/// The four hex digits at `at`, or -1.
long hex4(std::string_view text, std::size_t at)
{
    if (at + 4 > text.size())
        return -1;
    unsigned value = 0;
    const auto* begin = text.data() + at;
    const auto result = std::from_chars(begin, begin + 4, value, 16);
    return result.ptr == begin + 4 ? static_cast<long>(value) : -1;
}

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0U | (cp >> 6U));
        out += static_cast<char>(0x80U | (cp & 0x3FU));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0U | (cp >> 12U));
        out += static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU));
        out += static_cast<char>(0x80U | (cp & 0x3FU));
    } else {
        out += static_cast<char>(0xF0U | (cp >> 18U));
        out += static_cast<char>(0x80U | ((cp >> 12U) & 0x3FU));
        out += static_cast<char>(0x80U | ((cp >> 6U) & 0x3FU));
        out += static_cast<char>(0x80U | (cp & 0x3FU));
    }
}

} // namespace

/// The one-pass recursive-descent reader behind `JsonDocument::parse`.
class JsonReader {
public:
    JsonReader(std::string_view text, std::size_t maxDepth, JsonDocument& doc)
        : m_text(text)
        , m_maxDepth(maxDepth)
        , m_doc(doc)
    {
    }

    bool run()
    {
        if (m_text.substr(0, 3) == kByteOrderMark)
            m_pos = 3;
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(m_pos, "the file is empty");
        // A rough guess at the number of values avoids most regrowth of the node array.
        m_doc.m_nodes.reserve(m_text.size() / 40 + 1);
        const JsonPath root;
        if (!value(0, root))
            return false;
        skipSpace();
        if (m_pos < m_text.size())
            return fail(m_pos, "unexpected " + describe(m_pos) + " after the end of the document");
        m_doc.m_nodes.push_back(m_pending.back());
        return true;
    }

private:
    bool fail(std::size_t offset, std::string message, std::string code = "syntax")
    {
        if (code == "syntax")
            message = "invalid JSON: " + message;
        m_doc.m_error = JsonError{std::move(code), std::move(message), offset};
        return false;
    }

    /// What stands at `offset`, for a message: a word, one character or the end of the file.
    std::string describe(std::size_t offset) const
    {
        if (offset >= m_text.size())
            return "end of file";
        if (isWordChar(m_text[offset])) {
            std::size_t end = offset;
            while (end < m_text.size() && end - offset < 20 && isWordChar(m_text[end]))
                ++end;
            return inQuotes(m_text.substr(offset, end - offset));
        }
        const auto byte = static_cast<unsigned char>(m_text[offset]);
        if (byte < 0x20 || byte == 0x7F) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(byte));
            return buf;
        }
        std::size_t length = 1;
        auto continuation = [&](std::size_t at) { return (static_cast<unsigned char>(m_text[at]) & 0xC0U) == 0x80U; };
        while (offset + length < m_text.size() && continuation(offset + length))
            ++length;
        return inQuotes(m_text.substr(offset, length));
    }

    // Appending (not `"'" + std::string{...}`) avoids a false -Wrestrict of GCC 12 at -O3.
    static std::string inQuotes(std::string_view text)
    {
        std::string out;
        out.reserve(text.size() + 2);
        out += '\'';
        out += text;
        out += '\'';
        return out;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    bool value(std::size_t depth, const JsonPath& path)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(m_pos, "unexpected end of file: a value is missing");
        JsonNode node;
        node.offset = m_pos;
        const char c = m_text[m_pos];
        bool ok = true;
        switch (c) {
        case '{':
        case '[': return container(node, depth, path);
        case '"':
            node.kind = JsonNode::Kind::String;
            ok = string(node.text, node.plain);
            break;
        case 't':
            node.kind = JsonNode::Kind::Boolean;
            node.boolean = true;
            ok = literal("true");
            break;
        case 'f':
            node.kind = JsonNode::Kind::Boolean;
            ok = literal("false");
            break;
        case 'n': ok = literal("null"); break;
        default:
            if (c != '-' && !isDigit(c))
                return fail(m_pos, "expected a value, found " + describe(m_pos));
            node.kind = JsonNode::Kind::Number;
            ok = number(node);
            break;
        }
        if (ok)
            m_pending.push_back(node);
        return ok;
    }

    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word
            || (m_pos + word.size() < m_text.size() && isWordChar(m_text[m_pos + word.size()])))
            return fail(m_pos, "expected a value, found " + describe(m_pos));
        m_pos += word.size();
        return true;
    }

    bool number(JsonNode& node)
    {
        const std::size_t start = m_pos;
        auto digits = [&] {
            const std::size_t from = m_pos;
            while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
                ++m_pos;
            return m_pos > from;
        };
        if (m_text[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '0') {
            ++m_pos;
            if (m_pos < m_text.size() && isDigit(m_text[m_pos]))
                return fail(start, "a number must not start with a zero (" + describe(start) + ")");
        } else if (!digits()) {
            return fail(start, "invalid number " + describe(start));
        }
        node.integral = true;
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            node.integral = false;
            if (!digits())
                return fail(m_pos, "a digit must follow the decimal point");
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            node.integral = false;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (!digits())
                return fail(m_pos, "a digit must follow the exponent");
        }
        node.text = m_text.substr(start, m_pos - start);
        return true;
    }

    /// At '"': reads a string literal into `out` (a view of the text, or of a decoded copy).
    bool string(std::string_view& out, bool& plain)
    {
        const std::size_t open = m_pos++;
        bool escaped = false;
        while (true) {
            while (m_pos + 8 <= m_text.size()) {
                std::uint64_t word = 0;
                std::memcpy(&word, m_text.data() + m_pos, 8);
                if (needsLook(word))
                    break;
                m_pos += 8;
            }
            if (m_pos >= m_text.size())
                return fail(open, "a string is not closed (a '\"' is missing)");
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"')
                break;
            if (c == '\n')
                return fail(open, "a string is not closed on its line (a '\"' is missing; write a line break as \\n)");
            if (c < 0x20)
                return fail(m_pos, "a control character (" + describe(m_pos) + ") must be escaped inside a string");
            if (c != '\\') {
                if (c == 0x7F || c == 0xC2)
                    plain = false;
                ++m_pos;
                continue;
            }
            escaped = true;
            const char e = m_pos + 1 < m_text.size() ? m_text[m_pos + 1] : '\0';
            if (e == 'u') {
                if (hex4(m_text, m_pos + 2) < 0)
                    return fail(m_pos, "\\u must be followed by four hex digits");
                m_pos += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                m_pos += 2;
            } else {
                return fail(m_pos, "invalid escape in a string (use \\\\ for a backslash)");
            }
        }
        const auto raw = m_text.substr(open + 1, m_pos - open - 1);
        ++m_pos;
        if (!escaped) {
            out = raw;
            return true;
        }
        plain = false;
        auto& decoded = m_doc.m_decoded.emplace_back();
        if (!unescape(raw, open + 1, decoded))
            return false;
        out = decoded;
        return true;
    }

    bool unescape(std::string_view raw, std::size_t rawOffset, std::string& out)
    {
        out.reserve(raw.size());
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\') {
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
            case 'u': {
                auto cp = static_cast<std::uint32_t>(hex4(raw, i + 1));
                const std::size_t at = rawOffset + i - 1;
                i += 4;
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    return fail(at, "a lone low surrogate \\u" + std::string{raw.substr(i - 3, 4)}
                                        + " is not a character");
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    const bool pair = i + 2 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u';
                    const long low = pair ? hex4(raw, i + 3) : -1;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail(at, "a high surrogate \\u" + std::string{raw.substr(i - 3, 4)}
                                            + " must be followed by a low surrogate");
                    cp = 0x10000U + ((cp - 0xD800U) << 10U) + (static_cast<std::uint32_t>(low) - 0xDC00U);
                    i += 6;
                }
                appendUtf8(out, cp);
                break;
            }
            default: out += c; break; // '"', '\\', '/'
            }
        }
        return true;
    }

    bool container(JsonNode& node, std::size_t depth, const JsonPath& path)
    {
        if (depth + 1 > m_maxDepth)
            return fail(m_pos, "nesting is deeper than " + std::to_string(m_maxDepth) + " levels", "too-deep");
        const bool isObject = m_text[m_pos] == '{';
        const char close = isObject ? '}' : ']';
        node.kind = isObject ? JsonNode::Kind::Object : JsonNode::Kind::Array;
        ++m_pos;
        skipSpace();
        const std::size_t mark = m_pending.size();
        const std::size_t keyMark = m_keyOffsets.size();
        if (m_pos < m_text.size() && m_text[m_pos] == close) {
            ++m_pos;
        } else {
            for (std::size_t index = 0;; ++index) {
                if (isObject) {
                    skipSpace();
                    if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                        return fail(m_pos, "expected a member name in double quotes, found " + describe(m_pos));
                    m_keyOffsets.push_back(m_pos);
                    std::string_view key;
                    bool plain = true;
                    if (!string(key, plain))
                        return false;
                    skipSpace();
                    if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                        return fail(m_pos, "expected ':' after a member name, found " + describe(m_pos));
                    ++m_pos;
                    const JsonPath child{path, key};
                    if (!value(depth + 1, child))
                        return false;
                    m_pending.back().key = key;
                } else {
                    const JsonPath child{path, index};
                    if (!value(depth + 1, child))
                        return false;
                }
                skipSpace();
                if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                    ++m_pos;
                    skipSpace();
                    if (m_pos < m_text.size() && m_text[m_pos] == close)
                        return fail(m_pos, std::string{"a comma before '"} + close + "' is not allowed");
                    continue;
                }
                if (m_pos < m_text.size() && m_text[m_pos] == close) {
                    ++m_pos;
                    break;
                }
                return fail(m_pos, std::string{"expected ',' or '"} + close + "', found " + describe(m_pos));
            }
        }
        const std::size_t count = m_pending.size() - mark;
        if (isObject)
            findDuplicates(mark, keyMark, path);
        if (m_doc.m_nodes.size() + count >= std::numeric_limits<std::uint32_t>::max())
            return fail(node.offset, "too many values");
        node.first = static_cast<std::uint32_t>(m_doc.m_nodes.size());
        node.count = static_cast<std::uint32_t>(count);
        const auto from = m_pending.begin() + static_cast<std::ptrdiff_t>(mark);
        m_doc.m_nodes.insert(m_doc.m_nodes.end(), from, m_pending.end());
        m_pending.erase(from, m_pending.end());
        m_keyOffsets.resize(keyMark);
        m_pending.push_back(node);
        return true;
    }

    void findDuplicates(std::size_t mark, std::size_t keyMark, const JsonPath& path)
    {
        const std::size_t count = m_pending.size() - mark;
        if (count < 2)
            return;
        std::vector<std::size_t> repeated;
        if (count <= 16) {
            for (std::size_t i = 1; i < count; ++i)
                for (std::size_t j = 0; j < i; ++j)
                    if (m_pending[mark + i].key == m_pending[mark + j].key) {
                        repeated.push_back(i);
                        break;
                    }
        } else {
            std::vector<std::size_t> order(count);
            std::iota(order.begin(), order.end(), std::size_t{0});
            std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
                return m_pending[mark + a].key < m_pending[mark + b].key;
            });
            for (std::size_t i = 1; i < count; ++i)
                if (m_pending[mark + order[i]].key == m_pending[mark + order[i - 1]].key)
                    repeated.push_back(order[i]);
            std::sort(repeated.begin(), repeated.end());
        }
        for (const auto i : repeated)
            m_doc.m_duplicates.push_back({JsonPath{path, m_pending[mark + i].key}.str(), m_keyOffsets[keyMark + i]});
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_maxDepth;
    JsonDocument& m_doc;
    std::vector<JsonNode> m_pending;       ///< values whose container is still open
    std::vector<std::size_t> m_keyOffsets; ///< where the keys of open objects' members start
};

JsonDocument JsonDocument::parse(std::string_view text, std::size_t maxDepth)
{
    JsonDocument doc;
    JsonReader reader{text, maxDepth, doc};
    if (!reader.run()) {
        doc.m_nodes.clear();
        doc.m_nodes.shrink_to_fit();
        doc.m_decoded.clear();
        doc.m_duplicates.clear();
    }
    std::sort(doc.m_duplicates.begin(), doc.m_duplicates.end(),
              [](const DuplicateKey& a, const DuplicateKey& b) { return a.offset < b.offset; });
    return doc;
}

const JsonNode* JsonDocument::member(const JsonNode& object, std::string_view key) const
{
    const auto members = children(object);
    for (auto it = members.rbegin(); it != members.rend(); ++it)
        if (it->key == key)
            return &*it;
    return nullptr;
}

std::size_t JsonDocument::offsetOf(std::string_view pointer) const
{
    if (!ok())
        return 0;
    const JsonNode* node = &root();
    std::string token;
    while (!pointer.empty() && pointer.front() == '/') {
        pointer.remove_prefix(1);
        const auto end = std::min(pointer.find('/'), pointer.size());
        token.clear();
        for (std::size_t i = 0; i < end; ++i) {
            if (pointer[i] == '~' && i + 1 < end && (pointer[i + 1] == '0' || pointer[i + 1] == '1'))
                token += pointer[++i] == '0' ? '~' : '/';
            else
                token += pointer[i];
        }
        pointer.remove_prefix(end);
        const JsonNode* next = nullptr;
        if (node->isObject()) {
            next = member(*node, token);
        } else if (node->isArray()) {
            std::size_t index = 0;
            const auto result = std::from_chars(token.data(), token.data() + token.size(), index);
            if (!token.empty() && result.ptr == token.data() + token.size() && index < node->count)
                next = &children(*node)[index];
        }
        if (!next)
            break;
        node = next;
    }
    return node->offset;
}

double JsonNode::toDouble() const
{
    double value = 0.0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec == std::errc::result_out_of_range) {
        const auto e = text.find_first_of("eE");
        const bool tiny = e != std::string_view::npos && e + 1 < text.size() && text[e + 1] == '-';
        const double magnitude = tiny ? 0.0 : std::numeric_limits<double>::infinity();
        return !text.empty() && text.front() == '-' ? -magnitude : magnitude;
    }
    return value;
}

std::optional<std::int64_t> JsonNode::toInt64() const
{
    std::int64_t value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (!integral || result.ec != std::errc{} || result.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

TextPosition positionOf(std::string_view text, std::size_t offset)
{
    TextPosition pos;
    offset = std::min(offset, text.size());
    const std::size_t start = text.substr(0, 3) == kByteOrderMark ? std::min<std::size_t>(3, offset) : 0;
    for (std::size_t i = start; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((byte & 0xC0U) != 0x80U) {
            ++pos.column; // count characters, not UTF-8 continuation bytes
        }
    }
    return pos;
}

} // namespace certdrill::core
