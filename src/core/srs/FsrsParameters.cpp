#include "core/srs/FsrsParameters.h"

#include "core/srs/JsMath.h"

#include <charconv>
#include <cmath>

namespace certdrill::core {
namespace {

struct Range {
    double lo;
    double hi;
};

constexpr double kStabilityMin = 0.001;
constexpr double kInitialStabilityMax = 100.0;
constexpr double kW17W18Ceiling = 2.0;
constexpr std::int32_t kMaxStepMinutes = 36500 * 1440;

/// The reference's CLAMP_PARAMETERS.
std::array<Range, FsrsParameters::kWeightCount> clampRanges(double w17w18Ceiling, bool enableShortTerm)
{
    return {{{kStabilityMin, kInitialStabilityMax},
             {kStabilityMin, kInitialStabilityMax},
             {kStabilityMin, kInitialStabilityMax},
             {kStabilityMin, kInitialStabilityMax},
             {1.0, 10.0},
             {0.001, 4.0},
             {0.001, 4.0},
             {0.001, 0.75},
             {0.0, 4.5},
             {0.0, 0.8},
             {0.001, 3.5},
             {0.001, 5.0},
             {0.001, 0.25},
             {0.001, 0.9},
             {0.0, 4.0},
             {0.0, 1.0},
             {1.0, 6.0},
             {0.0, w17w18Ceiling},
             {0.0, w17w18Ceiling},
             {enableShortTerm ? 0.01 : 0.0, 0.8},
             {0.1, 0.8}}};
}

void checkSteps(const std::vector<std::int32_t>& steps, const char* name, std::vector<SrsError>& errors)
{
    for (std::size_t i = 0; i < steps.size(); ++i)
        if (steps[i] < 0 || steps[i] > kMaxStepMinutes)
            errors.push_back({"srs.step.range", std::string{name} + "[" + std::to_string(i) + "]",
                              "a step must be between 0 minutes and 36500 days"});
}

} // namespace

std::vector<SrsError> validate(const FsrsParameters& parameters)
{
    std::vector<SrsError> errors;
    for (std::size_t i = 0; i < parameters.weights.size(); ++i)
        if (!std::isfinite(parameters.weights[i]))
            errors.push_back({"srs.params.not-finite", "params[" + std::to_string(i) + "]",
                              "a weight must be a finite number"});
    if (!(parameters.desiredRetention > 0.0 && parameters.desiredRetention <= 1.0))
        errors.push_back({"srs.retention.range", "desired_retention", "the desired retention must be in (0, 1]"});
    if (parameters.maximumInterval < 1)
        errors.push_back({"srs.maximum-interval.range", "maximum_interval",
                          "the maximum interval must be at least 1 day"});
    checkSteps(parameters.learningSteps, "learning_steps", errors);
    checkSteps(parameters.relearningSteps, "relearning_steps", errors);
    return errors;
}

std::optional<FsrsParameters::Weights> makeWeights(std::span<const double> values, std::vector<SrsError>& errors)
{
    if (values.size() != FsrsParameters::kWeightCount) {
        errors.push_back({"srs.params.count", "params",
                          "expected 21 numbers (FSRS-6 weights w0-w20), got " + std::to_string(values.size())});
        return std::nullopt;
    }
    FsrsParameters::Weights weights{};
    bool ok = true;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!std::isfinite(values[i])) {
            errors.push_back({"srs.params.not-finite", "params[" + std::to_string(i) + "]",
                              "a weight must be a finite number"});
            ok = false;
        }
        weights[i] = values[i];
    }
    return ok ? std::optional{weights} : std::nullopt;
}

FsrsParameters::Weights clipWeights(const FsrsParameters::Weights& weights, std::size_t relearningStepCount,
                                    bool enableShortTerm)
{
    auto ranges = clampRanges(kW17W18Ceiling, enableShortTerm);
    if (relearningStepCount > 1) {
        const double w11 = jsmath::clamp(weights[11], ranges[11].lo, ranges[11].hi);
        const double w13 = jsmath::clamp(weights[13], ranges[13].lo, ranges[13].hi);
        const double w14 = jsmath::clamp(weights[14], ranges[14].lo, ranges[14].hi);
        const double value = -(std::log(w11) + std::log(std::pow(2.0, w13) - 1.0) + w14 * 0.3)
                             / static_cast<double>(relearningStepCount);
        const double ceiling = jsmath::clamp(jsmath::round8(std::sqrt(std::max(value, 0.0))), 0.01, kW17W18Ceiling);
        ranges[17].hi = ceiling;
        ranges[18].hi = ceiling;
    }
    FsrsParameters::Weights clipped{};
    for (std::size_t i = 0; i < weights.size(); ++i)
        clipped[i] = jsmath::clamp(weights[i], ranges[i].lo, ranges[i].hi);
    return clipped;
}

std::optional<std::int32_t> parseStep(std::string_view text)
{
    if (text.size() < 2)
        return std::nullopt;
    const char unit = text.back();
    const std::string_view digits = text.substr(0, text.size() - 1);
    for (const char c : digits)
        if (c < '0' || c > '9')
            return std::nullopt;
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc{} || end != digits.data() + digits.size())
        return std::nullopt;
    std::int64_t perUnit = 0;
    switch (unit) {
    case 'm':
        perUnit = 1;
        break;
    case 'h':
        perUnit = 60;
        break;
    case 'd':
        perUnit = 1440;
        break;
    default:
        return std::nullopt;
    }
    if (value > kMaxStepMinutes / perUnit)
        return std::nullopt;
    return static_cast<std::int32_t>(value * perUnit);
}

std::string formatStep(std::int32_t minutes)
{
    if (minutes > 0 && minutes % 1440 == 0)
        return std::to_string(minutes / 1440) + "d";
    if (minutes > 0 && minutes % 60 == 0)
        return std::to_string(minutes / 60) + "h";
    return std::to_string(minutes) + "m";
}

} // namespace certdrill::core
