#include "core/history/StudyMode.h"

#include <array>

namespace certdrill::core {
namespace {
constexpr std::array<std::string_view, 5> kNames{"study", "exam", "review", "quiz", "drill"};
}

std::string_view toString(StudyMode mode) { return kNames.at(static_cast<std::size_t>(mode)); }

std::optional<StudyMode> studyModeFromString(std::string_view text)
{
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == text)
            return static_cast<StudyMode>(i);
    return std::nullopt;
}

} // namespace certdrill::core
