#include "core/common/Time.h"

#include <catch2/catch.hpp>

using namespace certdrill::core;
using namespace std::chrono;

TEST_CASE("an ISO-8601 UTC timestamp round-trips", "[time]")
{
    const auto t = parseIso8601("2026-01-01T09:00:00Z");
    REQUIRE(t);
    CHECK(formatIso8601(*t) == "2026-01-01T09:00:00Z");
    CHECK(t->time_since_epoch() == milliseconds{1767258000000});
}

TEST_CASE("offsets and fractions are applied", "[time]")
{
    CHECK(parseIso8601("2026-01-01T10:30:00+01:30") == parseIso8601("2026-01-01T09:00:00Z"));
    CHECK(parseIso8601("2026-01-01T04:00:00-05:00") == parseIso8601("2026-01-01T09:00:00Z"));
    const auto t = parseIso8601("2026-01-01T09:00:00.25Z");
    REQUIRE(t);
    CHECK(formatIso8601(*t) == "2026-01-01T09:00:00.250Z");
}

TEST_CASE("a bare date is midnight UTC", "[time]")
{
    CHECK(parseIso8601("2026-03-01") == parseIso8601("2026-03-01T00:00:00Z"));
}

TEST_CASE("malformed timestamps are rejected", "[time]")
{
    for (const char* bad : {"", "yesterday", "2026-13-01", "2026-02-30", "2026-01-01T09:00:00",
                            "2026-01-01T25:00:00Z", "2026-01-01T09:00:00Zjunk", "2026-1-01"})
        CHECK_FALSE(parseIso8601(bad));
}

TEST_CASE("a fixed clock moves only when told", "[time]")
{
    FixedClock clock{*parseIso8601("2026-01-01T09:00:00Z")};
    const auto m0 = clock.monotonic();
    clock.advance(minutes{5});
    CHECK(formatIso8601(clock.now()) == "2026-01-01T09:05:00Z");
    CHECK(clock.monotonic() - m0 == minutes{5});
}
