#pragma once

#include "core/bank/BankParser.h"
#include "core/bank/JsonDocument.h"
#include "core/bank/JsonPath.h"

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace certdrill::core {

enum class Need : std::uint8_t { Required, Optional };

/// Typed access to the fields of a parsed bank that reports every problem as a diagnostic (with
/// its JSON pointer) and returns what it could read. Shared by the bank and question validators.
class FieldReader {
public:
    FieldReader(const JsonDocument& doc, const BankParseOptions& options, std::vector<Diagnostic>& out)
        : m_doc(doc)
        , m_options(options)
        , m_out(out)
    {
    }

    void error(const JsonPath& path, std::string_view code, std::string message);
    void warning(const JsonPath& path, std::string_view code, std::string message);
    /// Errors reported so far: checks that build on a list skip it when reading it found errors.
    [[nodiscard]] std::size_t errorCount() const { return m_errors; }

    [[nodiscard]] std::span<const JsonNode> children(const JsonNode& container) const
    {
        return m_doc.children(container);
    }
    [[nodiscard]] static std::string_view typeName(const JsonNode& value);

    /// The member `key` of `obj`; reports it missing when required. An optional `null` counts as absent.
    const JsonNode* field(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need);

    /// A non-blank string within the length limit and free of control characters.
    std::optional<std::string> stringValue(const JsonNode& value, const JsonPath& path, std::string_view key);
    std::optional<std::string> string(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need);
    std::optional<double> number(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need,
                                 double lo, double hi);
    std::optional<int> integer(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need, int lo,
                               int hi);
    std::optional<bool> boolean(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need);
    const JsonNode* array(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need);
    const JsonNode* object(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need);
    /// Whether an entry of a list is an object; reports it when not. `what` names it ("a domain").
    bool isObjectEntry(const JsonNode& entry, const JsonPath& path, std::string_view what);
    /// Calls `visit(entry, path)` for each entry of `list` that is an object; reports the others.
    template <typename Visit>
    void forEachObject(const JsonNode& list, const JsonPath& path, std::string_view what, Visit&& visit)
    {
        const auto entries = children(list);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const JsonPath entryPath = path / i;
            if (isObjectEntry(entries[i], entryPath, what))
                visit(entries[i], entryPath);
        }
    }
    /// An optional array of strings.
    std::vector<std::string> stringList(const JsonNode& obj, std::string_view key, const JsonPath& base);
    /// An optional or required `YYYY-MM-DD` date; empty when absent or wrong.
    std::string date(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need);
    /// The required `id` of an entry: 1-80 characters of letters, digits, '.', '-', '_'.
    std::optional<std::string> id(const JsonNode& obj, const JsonPath& base, std::string_view what);
    /// Warns about members not in `known` (typos); `owner` names what does not use them.
    void knownFields(const JsonNode& obj, const JsonPath& base, std::initializer_list<std::string_view> known,
                     std::string_view owner = {});
    /// An optional `exhibit`: text, or an image inside the bank's folder.
    std::optional<Exhibit> exhibit(const JsonNode& obj, const JsonPath& base);

private:
    void report(Severity severity, const JsonPath& path, std::string_view code, std::string message);
    const JsonNode* container(const JsonNode& obj, std::string_view key, const JsonPath& base, Need need,
                              JsonNode::Kind kind);
    void wrongType(const JsonPath& path, std::string_view key, std::string_view expected, const JsonNode& value);
    void outOfRange(const JsonPath& path, std::string_view key, std::string_view value, std::string_view lo,
                    std::string_view hi);
    bool imagePathAllowed(const std::string& path, const JsonPath& pointer);

    const JsonDocument& m_doc;
    const BankParseOptions& m_options;
    std::vector<Diagnostic>& m_out;
    std::size_t m_errors = 0;
};

} // namespace certdrill::core
