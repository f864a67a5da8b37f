#include "core/bank/ContentHash.h"

#include <cstdio>

namespace certdrill::core {
namespace {

/// FNV-1a, 64 bit, with a unit separator after every field so that ("ab","c") != ("a","bc").
class Fnv1a {
public:
    void add(std::string_view text)
    {
        for (const char c : text)
            byte(static_cast<unsigned char>(c));
        byte(0x1F);
    }
    void add(bool value) { add(value ? std::string_view{"1"} : std::string_view{"0"}); }
    void add(double value)
    {
        char buf[32];
        const int n = std::snprintf(buf, sizeof buf, "%.17g", value);
        add(std::string_view{buf, static_cast<std::size_t>(n)});
    }
    [[nodiscard]] std::uint64_t value() const { return m_hash; }

private:
    void byte(unsigned char b)
    {
        m_hash ^= b;
        m_hash *= 0x100000001B3ULL;
    }
    std::uint64_t m_hash = 0xCBF29CE484222325ULL;
};

void addExhibit(Fnv1a& h, const Exhibit* exhibit)
{
    h.add(exhibit ? std::string_view{exhibit->text} : std::string_view{});
    h.add(exhibit ? std::string_view{exhibit->image} : std::string_view{});
}

} // namespace

std::uint64_t contentHash(const Question& q, const Exhibit* scenarioExhibit, std::string_view scenarioText)
{
    Fnv1a h;
    h.add(std::string_view{"certdrill-question/1"});
    h.add(toString(q.type));
    h.add(q.stem);
    addExhibit(h, q.exhibit ? &*q.exhibit : nullptr);
    h.add(scenarioText);
    addExhibit(h, scenarioExhibit);
    for (const auto& c : q.choices) {
        h.add(c.id);
        h.add(c.text);
        h.add(c.correct);
    }
    for (const auto& i : q.items) {
        h.add(i.id);
        h.add(i.text);
    }
    for (const auto& id : q.sequence)
        h.add(id);
    for (const auto& i : q.left) {
        h.add(i.id);
        h.add(i.text);
    }
    for (const auto& i : q.right) {
        h.add(i.id);
        h.add(i.text);
    }
    for (const auto& [l, r] : q.pairs) {
        h.add(l);
        h.add(r);
    }
    if (q.type == QuestionType::Numeric) {
        h.add(q.numericAnswer);
        h.add(q.tolerance);
        h.add(q.unit);
    }
    for (const auto& a : q.accepted)
        h.add(a);
    if (q.type == QuestionType::Text)
        h.add(q.caseSensitive);
    if (q.type == QuestionType::Generator && q.generator) { // params dump with sorted keys: one text per value
        h.add(q.generator->family);
        h.add(q.generator->params.dump());
    }
    return h.value();
}

std::string hashToHex(std::uint64_t hash)
{
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash));
    return buf;
}

} // namespace certdrill::core
