#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace certdrill::core {

/// How a question was practised. Stored as these numbers: only ever add at the end.
enum class StudyMode : std::uint8_t { Study = 0, Exam = 1, Review = 2, Quiz = 3, Drill = 4 };

[[nodiscard]] std::string_view toString(StudyMode mode);
[[nodiscard]] std::optional<StudyMode> studyModeFromString(std::string_view text);

} // namespace certdrill::core
