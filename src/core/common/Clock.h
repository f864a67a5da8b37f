#pragma once

#include <chrono>

namespace certdrill::core {

/// Wall-clock time in UTC with millisecond precision: what the answer log stores.
using Timestamp = std::chrono::sys_time<std::chrono::milliseconds>;
/// A monotonic instant for timers; only differences between two readings mean anything.
using MonotonicTime = std::chrono::steady_clock::time_point;

/// Where core asks for the time. Core never reads a clock by itself, so every result that depends
/// on time is reproducible: tests and `--now` inject a fixed clock.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual Timestamp now() const = 0;
    [[nodiscard]] virtual MonotonicTime monotonic() const = 0;
};

/// A clock that stands still until told to move. Both readings advance together.
class FixedClock final : public Clock {
public:
    explicit FixedClock(Timestamp start) : m_now(start) {}

    [[nodiscard]] Timestamp now() const override { return m_now; }
    [[nodiscard]] MonotonicTime monotonic() const override { return MonotonicTime{} + m_elapsed; }

    void advance(std::chrono::milliseconds by)
    {
        m_now += by;
        m_elapsed += by;
    }
    void set(Timestamp to)
    {
        m_elapsed += to - m_now;
        m_now = to;
    }

private:
    Timestamp m_now;
    std::chrono::milliseconds m_elapsed{0};
};

} // namespace certdrill::core
