#include "core/session/SessionTimer.h"

#include <catch2/catch.hpp>

using namespace certdrill::core;
using namespace std::chrono_literals;

namespace {
constexpr std::int64_t kMinute = 60'000;
const MonotonicTime t0{};
} // namespace

TEST_CASE("the timer warns at 10 and 5 minutes left and once when time is up", "[session][timer]")
{
    SessionTimer timer{90 * kMinute, 0, t0};
    CHECK(timer.poll(t0).empty());
    CHECK(timer.poll(t0 + 79min + 59s).empty());
    CHECK(timer.status(t0 + 79min + 59s).warningMinutes == 0);
    CHECK(timer.poll(t0 + 80min) == std::vector<TimerEvent>{TimerEvent::TenMinutesLeft});
    CHECK(timer.poll(t0 + 81min).empty()); // once only
    CHECK(timer.status(t0 + 81min).warningMinutes == 10);
    CHECK(timer.poll(t0 + 85min) == std::vector<TimerEvent>{TimerEvent::FiveMinutesLeft});
    CHECK(timer.status(t0 + 86min).remainingMs == 4 * kMinute);
    CHECK_FALSE(timer.expired(t0 + 89min + 59s));
    CHECK(timer.poll(t0 + 90min) == std::vector<TimerEvent>{TimerEvent::TimeUp});
    CHECK(timer.expired(t0 + 90min));
    CHECK(timer.status(t0 + 95min).remainingMs == 0);
    CHECK(timer.poll(t0 + 95min).empty());
}

TEST_CASE("a jump past several moments reports each of them, in order", "[session][timer]")
{
    SessionTimer timer{20 * kMinute, 0, t0};
    CHECK(timer.poll(t0 + 21min) == std::vector<TimerEvent>{TimerEvent::TimeUp}); // warnings lapse with the time
    SessionTimer other{20 * kMinute, 0, t0};
    CHECK(other.poll(t0 + 16min) == std::vector<TimerEvent>{TimerEvent::TenMinutesLeft, TimerEvent::FiveMinutesLeft});
}

TEST_CASE("a short timer has no warning as long as itself", "[session][timer]")
{
    SessionTimer ten{10 * kMinute, 0, t0}; // a 10-question quiz: no 10-minute warning at the start
    CHECK(ten.poll(t0).empty());
    CHECK(ten.poll(t0 + 5min) == std::vector<TimerEvent>{TimerEvent::FiveMinutesLeft});
    SessionTimer untimed{std::nullopt, 0, t0};
    CHECK(untimed.poll(t0 + 1000min).empty());
    CHECK_FALSE(untimed.expired(t0 + 1000min));
    CHECK_FALSE(untimed.status(t0).remainingMs);
}

TEST_CASE("a resumed timer continues from the time used, without repeating warnings", "[session][timer]")
{
    SessionTimer resumed{90 * kMinute, 83 * kMinute, t0 + 500min}; // 7 minutes left when the program stopped
    CHECK(resumed.status(t0 + 500min).remainingMs == 7 * kMinute);
    CHECK(resumed.status(t0 + 500min).warningMinutes == 10);
    CHECK(resumed.poll(t0 + 500min).empty());
    CHECK(resumed.poll(t0 + 502min) == std::vector<TimerEvent>{TimerEvent::FiveMinutesLeft});
    CHECK(resumed.poll(t0 + 507min) == std::vector<TimerEvent>{TimerEvent::TimeUp});

    SessionTimer late{90 * kMinute, 95 * kMinute, t0}; // resumed after the time was used up
    CHECK(late.expired(t0));
    CHECK(late.poll(t0) == std::vector<TimerEvent>{TimerEvent::TimeUp});
}

TEST_CASE("pausing stops the clock and booking counts each step once", "[session][timer]")
{
    SessionTimer timer{30 * kMinute, 0, t0};
    CHECK(timer.book(t0 + 2min) == 2 * kMinute);
    CHECK(timer.book(t0 + 3min) == kMinute);
    CHECK(timer.pause(t0 + 4min));
    CHECK_FALSE(timer.pause(t0 + 5min));
    CHECK(timer.elapsedMs(t0 + 14min) == 4 * kMinute);
    CHECK(timer.book(t0 + 14min) == 0); // nothing passes while paused
    CHECK(timer.resume(t0 + 14min) == 10 * kMinute);
    CHECK(timer.resume(t0 + 15min) == 0);
    CHECK(timer.elapsedMs(t0 + 16min) == 6 * kMinute);
    // A stated time replaces the measured one.
    CHECK(timer.book(t0 + 16min, 30'000) == 30'000);
    CHECK(timer.elapsedMs(t0 + 16min) == 4 * kMinute + 30'000); // the 2 measured minutes were replaced
}
