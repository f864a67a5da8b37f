#pragma once

#include "core/common/Clock.h"
#include "core/srs/GradingPolicy.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace certdrill::core {

/// A person studying on this machine, with their own history and settings.
struct Profile {
    std::int64_t id = 0;
    std::string name;
    Timestamp createdAt{};
    double desiredRetention = 0.9;
    int dailyNewLimit = 20;
    std::optional<std::vector<double>> fsrsParameters; ///< unset: the published defaults
    std::map<std::string, std::string> examDates;      ///< bank id → YYYY-MM-DD
    GradingPolicy grading;                             ///< how this person's answers become ratings
};

/// Names are 1-64 characters, not only spaces, without control characters.
[[nodiscard]] bool isValidProfileName(std::string_view name);

} // namespace certdrill::core
