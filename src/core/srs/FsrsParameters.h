#pragma once

#include "core/srs/SrsError.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace certdrill::core {

/// Everything that configures the FSRS-6 scheduler, with the reference's defaults (ts-fsrs 5.4.2).
struct FsrsParameters {
    static constexpr std::size_t kWeightCount = 21;
    using Weights = std::array<double, kWeightCount>;

    /// The published FSRS-6 defaults, w0..w20.
    static constexpr Weights kDefaultWeights{0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                             0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                             1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    Weights weights = kDefaultWeights; ///< clipped to the reference's ranges when the scheduler is built
    double desiredRetention = 0.9;     ///< in (0, 1]
    std::int32_t maximumInterval = 36500; ///< days, >= 1
    bool enableShortTerm = true;       ///< learning steps and same-day stability updates
    std::vector<std::int32_t> learningSteps{1, 10};  ///< minutes ("1m", "10m")
    std::vector<std::int32_t> relearningSteps{10};   ///< minutes ("10m")
    bool enableFuzz = false;           ///< spread intervals by the reference's fuzz ranges
    std::uint64_t fuzzSeed = 0;        ///< seeds the fuzz (core has no randomness of its own)
};

/// Every problem with the parameters (empty when they are usable): weights that are not finite, a
/// retention outside (0, 1], a maximum interval below 1 day, a negative step. Weights outside the
/// reference's ranges are not errors: they are clipped as ts-fsrs clips them (`clipWeights`).
[[nodiscard]] std::vector<SrsError> validate(const FsrsParameters& parameters);

/// Checks a list of numbers meant as the 21 FSRS-6 weights (count and finiteness) and returns them,
/// or none with the problems appended to `errors` (fields `params`, `params[i]`).
[[nodiscard]] std::optional<FsrsParameters::Weights> makeWeights(std::span<const double> values,
                                                                 std::vector<SrsError>& errors);

/// The weights as the reference uses them (`clipParameters`): each clamped to its range; w19's
/// floor is 0.01 with short-term on, 0 without; with more than one relearning step, w17 and w18 are
/// capped so that relearning cannot raise stability above what a lapse allows.
[[nodiscard]] FsrsParameters::Weights clipWeights(const FsrsParameters::Weights& weights,
                                                  std::size_t relearningStepCount, bool enableShortTerm);

/// A learning step as ts-fsrs writes it: a whole number and a unit, `m`, `h` or `d` ("10m",
/// "1h", "2d"). Returns minutes, or none when malformed.
[[nodiscard]] std::optional<std::int32_t> parseStep(std::string_view text);

/// The shortest form of a step: "90m" -> "90m", 60 -> "1h", 1440 -> "1d".
[[nodiscard]] std::string formatStep(std::int32_t minutes);

} // namespace certdrill::core
