#pragma once

#include "core/common/Clock.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace certdrill::core {

/// Something the timer tells the candidate. Persisted by number in nothing; shown by the UI.
enum class TimerEvent : std::uint8_t {
    TenMinutesLeft = 0,
    FiveMinutesLeft = 1,
    TimeUp = 2,
};

[[nodiscard]] std::string_view toString(TimerEvent event); ///< "10-minutes-left", "5-minutes-left", "time-up"

/// What a timer shows right now.
struct TimerStatus {
    std::optional<std::int64_t> limitMs;     ///< none: an untimed session
    std::int64_t elapsedMs = 0;
    std::optional<std::int64_t> remainingMs; ///< never below 0
    bool paused = false;
    bool expired = false;
    int warningMinutes = 0;                  ///< 10 or 5 once that warning applies, else 0
};

/// A session's clock on the monotonic clock. It continues from the time already used (persisted
/// with the session), so a resumed exam keeps the time it had left; time while the program was
/// closed does not count. Pausing stops it and is counted.
///
/// Warnings come at 10 and 5 minutes left (each only when the limit is longer than that), and
/// once when time is up. A warning whose moment had already passed when the timer was created
/// (a resumed session) is not repeated, though `status()` shows it; time-up always is reported.
class SessionTimer {
public:
    SessionTimer(std::optional<std::int64_t> limitMs, std::int64_t elapsedMs, MonotonicTime now);

    [[nodiscard]] TimerStatus status(MonotonicTime now) const;
    [[nodiscard]] std::int64_t elapsedMs(MonotonicTime now) const;
    [[nodiscard]] bool expired(MonotonicTime now) const;
    [[nodiscard]] bool paused() const { return m_pausedAt.has_value(); }
    [[nodiscard]] std::optional<std::int64_t> limitMs() const { return m_limitMs; }

    /// Books the time since the last booking (or `stated`, when the caller says how long the step
    /// took, e.g. an answer's measured time from the UI) and returns it. Nothing while paused.
    std::int64_t book(MonotonicTime now, std::optional<std::int64_t> stated = std::nullopt);

    /// Stops the clock (booking the time so far); returns false when already paused.
    bool pause(MonotonicTime now);
    /// Restarts it; returns how long the pause lasted (0 when it was not paused).
    std::int64_t resume(MonotonicTime now);

    /// The events that became due since the last call, in order (each is reported once).
    [[nodiscard]] std::vector<TimerEvent> poll(MonotonicTime now);

private:
    [[nodiscard]] std::int64_t sinceMark(MonotonicTime now) const;

    std::optional<std::int64_t> m_limitMs;
    std::int64_t m_bookedMs;
    MonotonicTime m_mark;
    std::optional<MonotonicTime> m_pausedAt;
    bool m_warnedTen = false;
    bool m_warnedFive = false;
    bool m_reportedTimeUp = false;
};

} // namespace certdrill::core
