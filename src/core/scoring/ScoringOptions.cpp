#include "core/scoring/ScoringOptions.h"

#include <nlohmann/json.hpp>

#include <array>
#include <string_view>

namespace certdrill::core {
namespace {

constexpr std::array<std::string_view, 2> kMultiple{"all-or-nothing", "per-choice"};
constexpr std::array<std::string_view, 2> kOrder{"exact", "per-position"};
constexpr std::array<std::string_view, 2> kMatch{"per-pair", "exact"};

template <typename Enum, std::size_t N>
Result<void> readRule(const nlohmann::json& json, const char* key, const std::array<std::string_view, N>& names,
                      Enum& out)
{
    if (!json.contains(key))
        return {};
    const auto& value = json.at(key);
    if (value.is_string())
        for (std::size_t i = 0; i < N; ++i)
            if (names[i] == value.get_ref<const std::string&>()) {
                out = static_cast<Enum>(i);
                return {};
            }
    std::string allowed;
    for (const auto name : names)
        allowed += (allowed.empty() ? "\"" : ", \"") + std::string{name} + "\"";
    return fail("bad-scoring", "scoring rule \"" + std::string{key} + "\" must be one of " + allowed);
}

} // namespace

nlohmann::json toJson(const ScoringOptions& o)
{
    return {{"multiple", kMultiple.at(static_cast<std::size_t>(o.multiple))},
            {"order", kOrder.at(static_cast<std::size_t>(o.order))},
            {"match", kMatch.at(static_cast<std::size_t>(o.match))}};
}

Result<ScoringOptions> scoringOptionsFromJson(const nlohmann::json& json)
{
    ScoringOptions o;
    if (json.is_null())
        return o;
    if (!json.is_object())
        return fail("bad-scoring", "scoring rules must be an object");
    for (const auto& read : {readRule(json, "multiple", kMultiple, o.multiple), readRule(json, "order", kOrder, o.order),
                             readRule(json, "match", kMatch, o.match)})
        if (!read)
            return tl::unexpected{read.error()};
    return o;
}

} // namespace certdrill::core
