#pragma once

#include "core/common/Clock.h"

#include <chrono>
#include <cstdint>
#include <optional>

namespace certdrill::core {

/// How a scheduler counts "days since the last review". A day starts at `rolloverHour` o'clock in
/// a fixed UTC offset; the elapsed days between two instants are the difference of their day
/// numbers (so 23:59 -> 00:01 across the rollover is one day, and 9:00 -> 20:00 is zero).
///
/// - `utcCalendar()` is the reference-parity rule: the difference of UTC calendar dates, exactly
///   what ts-fsrs computes (`dateDiffInDays`). `certdrill srs replay` uses it.
/// - `rollover(4h, offset)` is the app's rule: days begin at 4 am in the user's UTC offset, as
///   Anki counts them, so a late-evening session and the next early morning are the same day.
class DayRule {
public:
    /// Differences of UTC calendar dates (midnight UTC rollover).
    [[nodiscard]] static DayRule utcCalendar() { return DayRule{std::chrono::hours{0}, std::chrono::minutes{0}}; }

    /// Days that begin at `rolloverHour` (0-23) in the given UTC offset (-12:00 to +14:00). None when
    /// either is out of range.
    [[nodiscard]] static std::optional<DayRule> rollover(std::chrono::hours rolloverHour = std::chrono::hours{4},
                                                         std::chrono::minutes utcOffset = std::chrono::minutes{0});

    /// The day number of an instant (days since 1970-01-01 under this rule).
    [[nodiscard]] std::int64_t dayNumber(Timestamp t) const
    {
        return std::chrono::floor<std::chrono::days>(t + m_shift).time_since_epoch().count();
    }

    /// Whole days from `from` to `to` under this rule (negative when `to` is on an earlier day).
    [[nodiscard]] std::int32_t elapsedDays(Timestamp from, Timestamp to) const
    {
        return static_cast<std::int32_t>(dayNumber(to) - dayNumber(from));
    }

    [[nodiscard]] std::chrono::hours rolloverHour() const { return m_rolloverHour; }
    [[nodiscard]] std::chrono::minutes utcOffset() const { return m_utcOffset; }

private:
    DayRule(std::chrono::hours rolloverHour, std::chrono::minutes utcOffset)
        : m_rolloverHour(rolloverHour), m_utcOffset(utcOffset), m_shift(utcOffset - rolloverHour)
    {
    }

    std::chrono::hours m_rolloverHour;
    std::chrono::minutes m_utcOffset;
    std::chrono::milliseconds m_shift; ///< added to UTC before flooring to days
};

} // namespace certdrill::core
