#include "core/session/SessionTimer.h"

#include <algorithm>

namespace certdrill::core {
namespace {

constexpr std::int64_t kTenMinutes = 10 * 60 * 1000;
constexpr std::int64_t kFiveMinutes = 5 * 60 * 1000;

std::int64_t millis(MonotonicTime::duration d)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(d).count();
}

/// A warning applies when the limit is longer than its threshold and the time left has reached it.
bool applies(std::optional<std::int64_t> limit, std::int64_t remaining, std::int64_t threshold)
{
    return limit && *limit > threshold && remaining <= threshold;
}

} // namespace

std::string_view toString(TimerEvent event)
{
    switch (event) {
    case TimerEvent::TenMinutesLeft: return "10-minutes-left";
    case TimerEvent::FiveMinutesLeft: return "5-minutes-left";
    case TimerEvent::TimeUp: return "time-up";
    }
    return "time-up";
}

SessionTimer::SessionTimer(std::optional<std::int64_t> limitMs, std::int64_t elapsedMs, MonotonicTime now)
    : m_limitMs(limitMs)
    , m_bookedMs(std::max<std::int64_t>(0, elapsedMs))
    , m_mark(now)
{
    if (m_limitMs) { // warnings already past are not repeated on resuming
        const auto remaining = *m_limitMs - m_bookedMs;
        m_warnedTen = applies(m_limitMs, remaining, kTenMinutes);
        m_warnedFive = applies(m_limitMs, remaining, kFiveMinutes);
    } // time-up is reported even then: the session still has to be submitted
}

std::int64_t SessionTimer::sinceMark(MonotonicTime now) const
{
    return m_pausedAt ? 0 : std::max<std::int64_t>(0, millis(now - m_mark));
}

std::int64_t SessionTimer::elapsedMs(MonotonicTime now) const { return m_bookedMs + sinceMark(now); }

bool SessionTimer::expired(MonotonicTime now) const { return m_limitMs && elapsedMs(now) >= *m_limitMs; }

TimerStatus SessionTimer::status(MonotonicTime now) const
{
    TimerStatus s;
    s.limitMs = m_limitMs;
    s.elapsedMs = elapsedMs(now);
    s.paused = paused();
    if (m_limitMs) {
        const auto remaining = std::max<std::int64_t>(0, *m_limitMs - s.elapsedMs);
        s.remainingMs = remaining;
        s.expired = remaining == 0;
        s.warningMinutes = applies(m_limitMs, remaining, kFiveMinutes) ? 5 : applies(m_limitMs, remaining, kTenMinutes) ? 10 : 0;
    }
    return s;
}

std::int64_t SessionTimer::book(MonotonicTime now, std::optional<std::int64_t> stated)
{
    if (m_pausedAt)
        return 0;
    const std::int64_t spent = std::max<std::int64_t>(0, stated.value_or(sinceMark(now)));
    m_bookedMs += spent;
    m_mark = now;
    return spent;
}

bool SessionTimer::pause(MonotonicTime now)
{
    if (m_pausedAt)
        return false;
    book(now);
    m_pausedAt = now;
    return true;
}

std::int64_t SessionTimer::resume(MonotonicTime now)
{
    if (!m_pausedAt)
        return 0;
    const auto pausedFor = std::max<std::int64_t>(0, millis(now - *m_pausedAt));
    m_pausedAt.reset();
    m_mark = now;
    return pausedFor;
}

std::vector<TimerEvent> SessionTimer::poll(MonotonicTime now)
{
    std::vector<TimerEvent> events;
    if (!m_limitMs)
        return events;
    const auto remaining = *m_limitMs - elapsedMs(now);
    if (!m_warnedTen && applies(m_limitMs, remaining, kTenMinutes)) {
        m_warnedTen = true;
        if (remaining > 0)
            events.push_back(TimerEvent::TenMinutesLeft);
    }
    if (!m_warnedFive && applies(m_limitMs, remaining, kFiveMinutes)) {
        m_warnedFive = true;
        if (remaining > 0)
            events.push_back(TimerEvent::FiveMinutesLeft);
    }
    if (!m_reportedTimeUp && remaining <= 0) {
        m_reportedTimeUp = true;
        events.push_back(TimerEvent::TimeUp);
    }
    return events;
}

} // namespace certdrill::core
