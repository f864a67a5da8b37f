#pragma once

#include "core/bank/Bank.h"

namespace certdrill::core {

/// A raw result placed on the exam's reporting scale. It is an estimate: vendors scale each exam
/// form differently (harder forms need fewer raw points) and do not publish the conversion.
///
/// The mapping is linear in two pieces through three points: a raw fraction of 0 gives the scale's
/// lowest score, the passing fraction `p` gives the passing score, and 1 gives the highest score.
/// `p` is the bank's `exam.passing_fraction` when set, otherwise the passing score's position on
/// the scale, `(passing − lowest) / (highest − lowest)`, which makes the mapping one straight line.
/// The result is rounded to a whole number; a raw fraction below `p` never rounds up to a pass.
struct ScaledScore {
    int value = 0;
    int lowest = 0;
    int highest = 0;
    int passingScore = 0;
    double passingFraction = 0.0;
    bool passed = false;

    bool operator==(const ScaledScore&) const = default;
};

/// The raw fraction that maps to the passing score (see ScaledScore).
[[nodiscard]] double passingFraction(const ExamSpec& exam);

/// `rawFraction` (clamped to [0, 1]) on the exam's scale.
[[nodiscard]] ScaledScore scaleScore(const ExamSpec& exam, double rawFraction);

} // namespace certdrill::core
