#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace certdrill::core {

/// A JSON pointer that is only spelled out when a diagnostic needs it: each level is a small
/// object on the caller's stack pointing at its parent, so walking a valid bank builds no strings.
/// A path must not outlive its parent or the key it names; bind a child to a named variable only
/// when its parent is itself a named variable.
class JsonPath {
public:
    JsonPath() = default; ///< the document root, ""

    JsonPath(const JsonPath& parent, std::string_view key)
        : m_parent(&parent)
        , m_key(key)
        , m_isIndex(false)
    {
    }
    JsonPath(const JsonPath& parent, std::size_t index)
        : m_parent(&parent)
        , m_index(index)
        , m_isIndex(true)
    {
    }

    [[nodiscard]] JsonPath operator/(std::string_view key) const { return {*this, key}; }
    [[nodiscard]] JsonPath operator/(std::size_t index) const { return {*this, index}; }

    /// The RFC 6901 pointer, e.g. `/questions/3/choices/0/id`.
    [[nodiscard]] std::string str() const;

private:
    void append(std::string& out) const;

    const JsonPath* m_parent = nullptr;
    std::string_view m_key;
    std::size_t m_index = 0;
    bool m_isIndex = false;
};

/// Escapes `~` and `/` as JSON pointer tokens require.
[[nodiscard]] std::string pointerToken(std::string_view key);
void appendPointerToken(std::string& pointer, std::string_view key);

} // namespace certdrill::core
