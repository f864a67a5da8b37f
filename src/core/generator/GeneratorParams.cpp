#include "core/generator/GeneratorParams.h"

#include <algorithm>

namespace certdrill::core::generator {
namespace {

const ParamRule kDifficulty{"difficulty", 1, 3, {}};

std::string allowedWords(const ParamRule& rule)
{
    std::string out;
    for (std::size_t i = 0; i < rule.words.size(); ++i) {
        if (i > 0)
            out += i + 1 == rule.words.size() ? " or " : ", ";
        out += "\"" + std::string{rule.words[i]} + "\"";
    }
    return out;
}

std::string knownNames(std::span<const ParamRule> rules)
{
    std::string out = "difficulty";
    for (const auto& rule : rules)
        out += ", " + std::string{rule.name};
    return out;
}

tl::unexpected<Error> bad(std::string_view family, const std::string& what)
{
    return fail("bad-generator-params", "generator \"" + std::string{family} + "\": " + what);
}

Result<void> checkValue(std::string_view family, const ParamRule& rule, const nlohmann::json& value)
{
    const std::string name = "\"" + std::string{rule.name} + "\"";
    if (!rule.words.empty()) {
        if (!value.is_string()
            || std::find(rule.words.begin(), rule.words.end(), value.get<std::string>()) == rule.words.end())
            return bad(family, "parameter " + name + " must be one of " + allowedWords(rule));
        return {};
    }
    const std::string range = std::to_string(rule.min) + " to " + std::to_string(rule.max);
    if (!value.is_number_integer())
        return bad(family, "parameter " + name + " must be a whole number from " + range);
    const auto number = value.get<long long>();
    if (number < rule.min || number > rule.max)
        return bad(family, "parameter " + name + " is " + std::to_string(number) + "; allowed: " + range);
    return {};
}

} // namespace

Result<void> checkParams(std::string_view family, const nlohmann::json& params, std::span<const ParamRule> rules)
{
    if (!params.is_object())
        return bad(family, "the parameters must be an object");
    for (const auto& [key, value] : params.items()) {
        const ParamRule* rule = key == kDifficulty.name ? &kDifficulty : nullptr;
        for (const auto& r : rules)
            if (r.name == key)
                rule = &r;
        if (!rule)
            return bad(family, "unknown parameter \"" + key + "\" (allowed: " + knownNames(rules) + ")");
        if (auto ok = checkValue(family, *rule, value); !ok)
            return ok;
    }
    for (const auto& rule : rules) {
        if (!rule.name.starts_with("min_"))
            continue;
        const std::string maxName = "max_" + std::string{rule.name.substr(4)};
        const auto low = params.find(rule.name);
        const auto high = params.find(maxName);
        if (low != params.end() && high != params.end() && low->get<long long>() > high->get<long long>())
            return bad(family, "parameter \"" + std::string{rule.name} + "\" (" + std::to_string(low->get<long long>())
                                   + ") is greater than \"" + maxName + "\" ("
                                   + std::to_string(high->get<long long>()) + ")");
    }
    return {};
}

bool Params::has(std::string_view name) const { return m_json.contains(name); }

int Params::integer(std::string_view name, int fallback) const
{
    const auto it = m_json.find(name);
    return it == m_json.end() ? fallback : it->get<int>();
}

std::string Params::word(std::string_view name, std::string_view fallback) const
{
    const auto it = m_json.find(name);
    return it == m_json.end() ? std::string{fallback} : it->get<std::string>();
}

std::pair<int, int> Params::range(std::string_view minName, std::string_view maxName, std::pair<int, int> full,
                                  std::pair<int, int> byDifficulty) const
{
    if (!has(minName) && !has(maxName))
        return byDifficulty;
    return {integer(minName, full.first), integer(maxName, full.second)};
}

int Params::difficulty() const
{
    if (has(kDifficulty.name))
        return integer(kDifficulty.name, 2);
    return m_entryDifficulty >= 1 && m_entryDifficulty <= 3 ? m_entryDifficulty : 2;
}

} // namespace certdrill::core::generator
