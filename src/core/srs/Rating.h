#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace certdrill::core {

/// How well a review went, in FSRS's (and Anki's) four grades. Persisted: the numbers never change.
enum class Rating : std::uint8_t { Again = 1, Hard = 2, Good = 3, Easy = 4 };

/// The rating with that number (1-4), or none.
[[nodiscard]] constexpr std::optional<Rating> ratingFromNumber(long long number)
{
    if (number < 1 || number > 4)
        return std::nullopt;
    return static_cast<Rating>(number);
}

[[nodiscard]] constexpr int ratingNumber(Rating rating)
{
    return static_cast<int>(rating);
}

[[nodiscard]] constexpr std::string_view ratingName(Rating rating)
{
    switch (rating) {
    case Rating::Again:
        return "Again";
    case Rating::Hard:
        return "Hard";
    case Rating::Good:
        return "Good";
    case Rating::Easy:
        return "Easy";
    }
    return "Again";
}

} // namespace certdrill::core
