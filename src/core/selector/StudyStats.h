#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace certdrill::core {

/// Figures from the answer log that the selector needs.
class StudyStats {
public:
    virtual ~StudyStats() = default;

    /// How many questions of a bank the profile answered for the first time at or after `since`
    /// (the start of today, for the daily new limit). Every mode counts: an answer in an exam also
    /// introduces a question.
    [[nodiscard]] virtual Result<std::size_t> newQuestionsSince(std::int64_t profileId, std::string_view bankId,
                                                                Timestamp since) const = 0;
};

} // namespace certdrill::core
