#pragma once

#include "core/common/Clock.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace certdrill::core {

/// Why the selector chose a question.
enum class PickReason : std::uint8_t {
    Learning = 0,   ///< in a (re)learning step that has come due
    Overdue = 1,    ///< a review due on an earlier day
    Due = 2,        ///< a review due today
    BeforeExam = 3, ///< scheduled after the exam; its review was pulled forward to the exam eve
    New = 4,        ///< never studied; chosen for the domain furthest below its blueprint weight
    Ahead = 5,      ///< not due yet, reviewed early because the exam is near and nothing else is due
};

[[nodiscard]] constexpr std::string_view pickReasonName(PickReason reason)
{
    switch (reason) {
    case PickReason::Learning:
        return "learning";
    case PickReason::Overdue:
        return "overdue";
    case PickReason::Due:
        return "due";
    case PickReason::BeforeExam:
        return "before-exam";
    case PickReason::New:
        return "new";
    case PickReason::Ahead:
        return "ahead";
    }
    return "new";
}

/// One question the selector chose, and why.
struct Pick {
    std::uint32_t question = 0; ///< index into the bank's questions
    PickReason reason = PickReason::New;
    /// Recall probability now (studied questions only).
    std::optional<double> retrievability;
    /// When the question became due for the selector (studied questions only): its scheduled due
    /// time, or the exam eve when that comes first (see docs/scheduler.md, "Selector").
    std::optional<Timestamp> due;
    std::int32_t daysOverdue = 0; ///< whole days past its due day (Overdue only)
    /// With an exam date: how much answering it now raises the expected exam score, per minute.
    std::optional<double> gainPerMinute;
    /// With an exam date: its predicted recall on the exam day if it were not studied now.
    std::optional<double> examRecall;
};

} // namespace certdrill::core
