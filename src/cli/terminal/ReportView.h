#pragma once

#include "cli/terminal/Terminal.h"
#include "core/scoring/SessionReport.h"

#include <string>

namespace certdrill::cli {

struct ReportDetail {
    bool summary = true;    ///< the verdict, scores, time and results per domain
    bool objectives = true; ///< results per objective
    bool timing = true;     ///< the slowest questions
    bool missed = true;     ///< every missed question with its explanation
};

/// A score report for the terminal: the verdict, raw and scaled score (labelled an estimate), the
/// time used, results per domain and objective, the slowest questions and every question missed
/// with the answer and its explanation.
[[nodiscard]] std::string renderReport(const Terminal& terminal, const core::SessionReport& report,
                                       const ReportDetail& detail = {});

/// `780 / 900 (estimate; pass 750)`.
[[nodiscard]] std::string scaledScoreText(const core::SessionReport& report);

} // namespace certdrill::cli
