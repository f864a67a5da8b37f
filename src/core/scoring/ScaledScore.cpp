#include "core/scoring/ScaledScore.h"

#include <algorithm>
#include <cmath>

namespace certdrill::core {

double passingFraction(const ExamSpec& exam)
{
    if (exam.passingFraction)
        return std::clamp(*exam.passingFraction, 0.0, 1.0);
    if (exam.scaleMax <= exam.scaleMin)
        return 1.0;
    return static_cast<double>(exam.passingScore - exam.scaleMin) / static_cast<double>(exam.scaleMax - exam.scaleMin);
}

ScaledScore scaleScore(const ExamSpec& exam, double rawFraction)
{
    ScaledScore s;
    s.lowest = exam.scaleMin;
    s.highest = exam.scaleMax;
    s.passingScore = exam.passingScore;
    s.passingFraction = passingFraction(exam);
    const double f = std::clamp(rawFraction, 0.0, 1.0);
    const double p = s.passingFraction;
    const auto lo = static_cast<double>(exam.scaleMin);
    const auto pass = static_cast<double>(exam.passingScore);
    const auto hi = static_cast<double>(exam.scaleMax);
    double value = 0.0;
    if (f <= p)
        value = p <= 0.0 ? pass : lo + (pass - lo) * (f / p);
    else
        value = p >= 1.0 ? hi : pass + (hi - pass) * ((f - p) / (1.0 - p));
    // A tiny allowance so that a raw score exactly on the line (e.g. 0.75 of 100) is not lost to
    // floating-point error.
    s.passed = f >= p - 1e-12;
    s.value = static_cast<int>(std::lround(value));
    if (!s.passed && s.value >= exam.passingScore)
        s.value = exam.passingScore - 1;
    if (s.passed && s.value < exam.passingScore)
        s.value = exam.passingScore;
    s.value = std::clamp(s.value, exam.scaleMin, exam.scaleMax);
    return s;
}

} // namespace certdrill::core
