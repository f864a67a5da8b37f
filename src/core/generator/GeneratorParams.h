#pragma once

#include "core/common/Error.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace certdrill::core::generator {

/// One parameter a family accepts: a whole number in [min, max], or one of `words`.
/// A pair `min_X` / `max_X` is also checked for min <= max.
struct ParamRule {
    std::string_view name;
    int min = 0;
    int max = 0;
    std::vector<std::string_view> words; ///< empty: the parameter is a whole number
};

/// Every family also accepts `difficulty` (1-3).
[[nodiscard]] Result<void> checkParams(std::string_view family, const nlohmann::json& params,
                                       std::span<const ParamRule> rules);

/// The checked parameters of one request, with the entry's difficulty as a fallback.
class Params {
public:
    Params(const nlohmann::json& params, int entryDifficulty)
        : m_json(params)
        , m_entryDifficulty(entryDifficulty)
    {
    }

    [[nodiscard]] bool has(std::string_view name) const;
    [[nodiscard]] int integer(std::string_view name, int fallback) const;
    [[nodiscard]] std::string word(std::string_view name, std::string_view fallback) const;
    /// The range a `min_X` / `max_X` pair asks for. Without either, the difficulty's default
    /// range; with one, that bound and the family's full limit on the other side.
    [[nodiscard]] std::pair<int, int> range(std::string_view minName, std::string_view maxName, std::pair<int, int> full,
                                            std::pair<int, int> byDifficulty) const;
    /// `difficulty` from the params, else the entry's, else 2.
    [[nodiscard]] int difficulty() const;

private:
    const nlohmann::json& m_json;
    int m_entryDifficulty;
};

} // namespace certdrill::core::generator
