#include "core/bank/FieldReader.h"

#include "core/bank/TextRules.h"
#include "core/common/Time.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace certdrill::core {
namespace {

bool isIdChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
           || c == '.';
}

std::string formatNumber(double value)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", value);
    return buf;
}

} // namespace

void FieldReader::error(const JsonPath& path, std::string_view code, std::string message)
{
    report(Severity::Error, path, code, std::move(message));
}

void FieldReader::warning(const JsonPath& path, std::string_view code, std::string message)
{
    report(Severity::Warning, path, code, std::move(message));
}

void FieldReader::report(Severity severity, const JsonPath& path, std::string_view code, std::string message)
{
    if (severity == Severity::Error)
        ++m_errors;
    if (m_out.size() > m_options.limits.maxDiagnostics)
        return;
    if (m_out.size() == m_options.limits.maxDiagnostics) {
        severity = Severity::Error;
        code = "too-many-diagnostics";
        message = "more than " + std::to_string(m_options.limits.maxDiagnostics) + " problems; the rest are not shown";
    }
    m_out.push_back({severity, std::string{code}, std::move(message), path.str(), 0, 0});
}

std::string_view FieldReader::typeName(const JsonNode& value)
{
    switch (value.kind) {
    case JsonNode::Kind::Null: return "null";
    case JsonNode::Kind::Object: return "an object";
    case JsonNode::Kind::Array: return "an array";
    case JsonNode::Kind::String: return "a string";
    case JsonNode::Kind::Boolean: return "a boolean";
    case JsonNode::Kind::Number: return "a number";
    }
    return "an unknown value";
}

const JsonNode* FieldReader::field(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need)
{
    const JsonNode* value = m_doc.member(obj, key);
    if (!value || (value->isNull() && need == Need::Optional)) {
        if (need == Need::Required)
            error(base, "missing-field", "missing required field \"" + std::string{key} + "\"");
        return nullptr;
    }
    return value;
}

void FieldReader::wrongType(const JsonPath& path, std::string_view key, std::string_view expected,
                            const JsonNode& value)
{
    error(path, "wrong-type",
          quotedText(key) + " must be " + std::string{expected} + ", not " + std::string{typeName(value)});
}

void FieldReader::outOfRange(const JsonPath& path, std::string_view key, std::string_view value, std::string_view lo,
                             std::string_view hi)
{
    error(path, "out-of-range",
          quotedText(key) + " is " + std::string{value} + "; it must lie in [" + std::string{lo} + ", " + std::string{hi}
              + "]");
}

std::optional<std::string> FieldReader::stringValue(const JsonNode& value, const JsonPath& path, std::string_view key)
{
    if (!value.isString()) {
        wrongType(path, key, "a string", value);
        return std::nullopt;
    }
    const std::string_view s = value.text;
    if (s.size() > m_options.limits.maxStringBytes) {
        error(path, "string-too-long",
              quotedText(key) + " is " + std::to_string(s.size()) + " bytes; the limit is "
                  + std::to_string(m_options.limits.maxStringBytes));
        return std::nullopt;
    }
    if (s.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        error(path, "empty-field", quotedText(key) + " must not be empty");
        return std::nullopt;
    }
    if (const auto at = value.plain ? std::string_view::npos : controlCharacterAt(s); at != std::string_view::npos) {
        const auto byte = static_cast<unsigned char>(s[at]) == 0xC2 ? static_cast<unsigned char>(s[at + 1])
                                                                     : static_cast<unsigned char>(s[at]);
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(byte));
        error(path, "control-character",
              quotedText(key) + " contains the control character " + code + "; only tab and line feed are allowed");
        return std::nullopt;
    }
    return std::string{s};
}

std::optional<std::string> FieldReader::string(const JsonNode& obj, std::string_view key, const JsonPath& base,
                                               Need need)
{
    const JsonNode* value = field(obj, key, base, need);
    return value ? stringValue(*value, base / key, key) : std::nullopt;
}

std::optional<double> FieldReader::number(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need,
                                          double lo, double hi)
{
    const JsonNode* value = field(obj, key, base, need);
    if (!value)
        return std::nullopt;
    const JsonPath path = base / key;
    if (!value->isNumber()) {
        wrongType(path, key, "a number", *value);
        return std::nullopt;
    }
    const double v = value->toDouble();
    if (!std::isfinite(v) || v < lo || v > hi) {
        outOfRange(path, key, value->text, formatNumber(lo), formatNumber(hi));
        return std::nullopt;
    }
    return v + 0.0; // -0 becomes 0: the content hash must not tell them apart
}

std::optional<int> FieldReader::integer(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need,
                                        int lo, int hi)
{
    const JsonNode* value = field(obj, key, base, need);
    if (!value)
        return std::nullopt;
    const JsonPath path = base / key;
    if (!value->isNumber() || !value->integral) {
        wrongType(path, key, "a whole number", *value);
        return std::nullopt;
    }
    const auto v = value->toInt64();
    if (!v || *v < lo || *v > hi) {
        outOfRange(path, key, value->text, std::to_string(lo), std::to_string(hi));
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

std::optional<bool> FieldReader::boolean(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need)
{
    const JsonNode* value = field(obj, key, base, need);
    if (!value)
        return std::nullopt;
    if (!value->isBoolean()) {
        wrongType(base / key, key, "true or false", *value);
        return std::nullopt;
    }
    return value->boolean;
}

const JsonNode* FieldReader::array(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need)
{
    return container(obj, key, base, need, JsonNode::Kind::Array);
}

const JsonNode* FieldReader::object(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need)
{
    return container(obj, key, base, need, JsonNode::Kind::Object);
}

const JsonNode* FieldReader::container(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need,
                                       JsonNode::Kind kind)
{
    const JsonNode* value = field(obj, key, base, need);
    if (value && value->kind != kind) {
        wrongType(base / key, key, kind == JsonNode::Kind::Array ? "an array" : "an object", *value);
        return nullptr;
    }
    return value;
}

bool FieldReader::isObjectEntry(const JsonNode& entry, const JsonPath& path, std::string_view what)
{
    if (entry.isObject())
        return true;
    error(path, "wrong-type", std::string{what} + " must be an object, not " + std::string{typeName(entry)});
    return false;
}

std::vector<std::string> FieldReader::stringList(const JsonNode& obj, std::string_view key, const JsonPath& base)
{
    std::vector<std::string> out;
    const JsonNode* list = array(obj, key, base, Need::Optional);
    if (!list)
        return out;
    const JsonPath path = base / key;
    const auto entries = children(*list);
    out.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (auto s = stringValue(entries[i], path / i, key))
            out.push_back(std::move(*s));
    return out;
}

std::string FieldReader::date(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need)
{
    const auto text = string(obj, key, base, need);
    if (!text)
        return {};
    if (!parseDate(*text)) {
        error(base / key, "bad-date", quotedText(key) + " must be a date YYYY-MM-DD, not " + quotedText(*text));
        return {};
    }
    return *text;
}

std::optional<std::string> FieldReader::id(const JsonNode& obj, const JsonPath& base, std::string_view what)
{
    auto value = string(obj, "id", base, Need::Required);
    if (value && (value->size() > 80 || !std::all_of(value->begin(), value->end(), isIdChar))) {
        error(base / "id", "bad-id",
              std::string{what} + " id " + quotedText(*value)
                  + " must be 1-80 characters of letters, digits, '.', '-' and '_'");
        return std::nullopt;
    }
    return value;
}

void FieldReader::knownFields(const JsonNode& obj, const JsonPath& base, std::initializer_list<std::string_view> known,
                              std::string_view owner)
{
    for (const auto& member : children(obj)) {
        if (std::find(known.begin(), known.end(), member.key) != known.end())
            continue;
        if (owner.empty())
            warning(base / member.key, "unknown-field",
                    "unknown field " + quotedText(member.key) + " is ignored (a typo?)");
        else
            warning(base / member.key, "unknown-field",
                    "field " + quotedText(member.key) + " is not used by " + std::string{owner} + " and is ignored");
    }
}

std::optional<Exhibit> FieldReader::exhibit(const JsonNode& obj, const JsonPath& base)
{
    const JsonNode* e = object(obj, "exhibit", base, Need::Optional);
    if (!e)
        return std::nullopt;
    const JsonPath path = base / "exhibit";
    knownFields(*e, path, {"text", "image", "alt"});
    const bool hasText = m_doc.member(*e, "text") != nullptr;
    const bool hasImage = m_doc.member(*e, "image") != nullptr;
    if (hasText == hasImage) {
        error(path, "bad-exhibit", "an exhibit has exactly one of \"text\" or \"image\"");
        return std::nullopt;
    }
    Exhibit out;
    if (hasText) {
        auto text = string(*e, "text", path, Need::Required);
        if (!text)
            return std::nullopt;
        out.text = std::move(*text);
        return out;
    }
    auto image = string(*e, "image", path, Need::Required);
    if (!image || !imagePathAllowed(*image, path / "image"))
        return std::nullopt;
    out.image = std::move(*image);
    out.alt = string(*e, "alt", path, Need::Optional).value_or("");
    if (out.alt.empty() && !m_doc.member(*e, "alt"))
        warning(path, "no-alt-text", "an image exhibit should have \"alt\" text for screen readers");
    return out;
}

bool FieldReader::imagePathAllowed(const std::string& path, const JsonPath& pointer)
{
    const std::string lower = lowerAscii(path);
    if (lower.find("://") != std::string::npos || lower.rfind("data:", 0) == 0 || lower.rfind("//", 0) == 0) {
        error(pointer, "remote-resource",
              "image " + quotedText(path) + " is not a file in the bank's folder: remote and data URLs are not allowed");
        return false;
    }
    if (path.front() == '/' || path.front() == '\\' || (path.size() > 1 && path[1] == ':')) {
        error(pointer, "absolute-path",
              "image path " + quotedText(path) + " is absolute; use a path relative to the bank's folder");
        return false;
    }
    if (path.find('\\') != std::string::npos) {
        error(pointer, "bad-path", "image path " + quotedText(path) + " uses '\\'; separate folders with '/'");
        return false;
    }
    for (std::size_t start = 0; start <= path.size();) {
        const auto end = std::min(path.find('/', start), path.size());
        if (std::string_view{path}.substr(start, end - start) == "..") {
            error(pointer, "path-escapes-folder", "image path " + quotedText(path) + " leaves the bank's folder");
            return false;
        }
        start = end + 1;
    }
    const auto dot = lower.rfind('.');
    const std::string_view ext = dot == std::string::npos ? std::string_view{} : std::string_view{lower}.substr(dot);
    if (ext != ".png" && ext != ".jpg" && ext != ".jpeg") {
        error(pointer, "bad-image-type", "image " + quotedText(path) + " must be a .png or .jpg file");
        return false;
    }
    if (m_options.assets) {
        switch (m_options.assets(path)) {
        case AssetStatus::Present: break;
        case AssetStatus::Missing:
            error(pointer, "missing-image", "image " + quotedText(path) + " does not exist in the bank's folder");
            return false;
        case AssetStatus::OutsideFolder:
            error(pointer, "path-escapes-folder",
                  "image " + quotedText(path) + " resolves outside the bank's folder (a symbolic link?)");
            return false;
        }
    }
    return true;
}

} // namespace certdrill::core
