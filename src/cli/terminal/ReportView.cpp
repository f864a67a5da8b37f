#include "cli/terminal/ReportView.h"

#include "cli/terminal/QuestionView.h"
#include "core/common/Time.h"

#include <algorithm>
#include <cstdio>

namespace certdrill::cli {
namespace {

std::string percent(double value)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f%%", value);
    return buffer;
}

std::string points(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, value == static_cast<double>(static_cast<long long>(value)) ? "%.0f" : "%.2f",
                  value);
    return buffer;
}

std::string bar(double percentValue, std::size_t width = 20)
{
    const auto filled = static_cast<std::size_t>(std::clamp(percentValue, 0.0, 100.0) / 100.0 * static_cast<double>(width) + 0.5);
    return std::string(filled, '#') + std::string(width - filled, '.');
}

std::string padded(std::string text, std::size_t width)
{
    if (text.size() > width)
        return text.substr(0, width - 1) + "~";
    return text + std::string(width - text.size(), ' ');
}

std::string areaLine(const Terminal& t, const core::AreaResult& a, double passFraction, std::size_t nameWidth)
{
    const auto p = a.percent();
    const std::string score = points(a.credit) + "/" + std::to_string(a.questions);
    std::string line = "  " + padded(a.id + " " + a.name, nameWidth) + " " + padded(score, 8) + " " +
                       padded(percent(p), 7) + " " + bar(p);
    return (p / 100.0 + 1e-9 >= passFraction ? line : t.yellow(line)) + "\n";
}

std::string modeName(const core::SessionReport& r)
{
    switch (r.facts.mode) {
    case core::StudyMode::Exam: return r.facts.practice ? "practice exam" : "exam simulation";
    case core::StudyMode::Quiz: return "quick quiz";
    case core::StudyMode::Study: return "study session";
    case core::StudyMode::Review: return "review session";
    case core::StudyMode::Drill: return "drill";
    }
    return "session";
}

std::string summaryText(const Terminal& t, const core::SessionReport& r)
{
    const auto& f = r.facts;
    const double pass = r.scaled.passingFraction;
    std::string out = t.bold(r.bankTitle + " (" + r.examCode + ")") + " - " + modeName(r) + ", seed " +
                      std::to_string(f.seed) + "\n";
    out += t.dim(core::formatIso8601(f.startedAt) + " to " + core::formatIso8601(f.finishedAt)) + "\n\n";
    const bool scored = f.mode == core::StudyMode::Exam || f.mode == core::StudyMode::Quiz;
    if (scored)
        out += "Result:        " + (r.passed() ? t.green(t.bold("PASS")) : t.red(t.bold("FAIL"))) + "\n" +
               "Scaled score:  " + scaledScoreText(r) + "\n";
    out += "Raw score:     " + points(r.raw) + " / " + std::to_string(r.questionCount) + "  (" + percent(r.percent()) +
           ")\n";
    out += "Answered:      " + std::to_string(r.answered) + " of " + std::to_string(r.questionCount) + ", " +
           std::to_string(r.correct) + " right" + (r.partial > 0 ? ", " + std::to_string(r.partial) + " partly" : "") +
           (r.flagged > 0 ? ", " + std::to_string(r.flagged) + " flagged" : "") + "\n";
    out += "Time:          " + formatDuration(f.elapsedMs) +
           (f.timeLimitMs ? " of " + formatDuration(*f.timeLimitMs) : std::string{}) +
           (f.timedOut ? t.yellow("  (time ran out)") : std::string{}) + "\n";
    if (f.pauses > 0)
        out += "Paused:        " + std::to_string(f.pauses) + " time(s), " + formatDuration(f.pausedMs) +
               t.dim("  (not a strict simulation)") + "\n";
    if (f.resumes > 0)
        out += "Interrupted:   closed and resumed " + std::to_string(f.resumes) + " time(s)\n";
    if (scored)
        out += t.dim(core::kScaledScoreNote) + "\n";
    for (const auto& note : r.notes)
        out += t.yellow("Note: " + note) + "\n";

    if (!r.domains.empty()) {
        out += "\n" + t.bold("By domain") + t.dim("  (below the passing share in yellow)") + "\n";
        for (const auto& d : r.domains)
            out += areaLine(t, d, pass, 44);
    }
    return out;
}

} // namespace

std::string scaledScoreText(const core::SessionReport& r)
{
    return std::to_string(r.scaled.value) + " / " + std::to_string(r.scaled.highest) + " (estimate; pass " +
           std::to_string(r.scaled.passingScore) + ")";
}

std::string renderReport(const Terminal& t, const core::SessionReport& r, const ReportDetail& detail)
{
    const auto& f = r.facts;
    const double pass = r.scaled.passingFraction;
    std::string out = detail.summary ? summaryText(t, r) : std::string{};
    if (detail.objectives && !r.objectives.empty()) {
        out += "\n" + t.bold("By objective") + "\n";
        for (const auto& o : r.objectives)
            out += areaLine(t, o, pass, 44);
    }
    if (detail.timing && !r.questions.empty()) {
        auto slowest = r.questions;
        std::stable_sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.timeMs > b.timeMs; });
        slowest.resize(std::min<std::size_t>(5, slowest.size()));
        const auto average = f.elapsedMs / static_cast<std::int64_t>(std::max<std::size_t>(1, r.questions.size()));
        out += "\n" + t.bold("Time per question") + t.dim("  (average " + formatDuration(average) + ")") + "\n";
        for (const auto& q : slowest)
            out += "  Q" + padded(std::to_string(q.index + 1), 4) + padded(q.questionId, 18) + formatDuration(q.timeMs) +
                   (q.credit >= 1.0 ? "" : t.dim("  missed")) + "\n";
    }
    if (detail.missed && !r.missed.empty()) {
        out += "\n" + t.bold("Missed questions (" + std::to_string(r.missed.size()) + ")") + "\n";
        for (const auto& m : r.missed) {
            out += "\n" + t.bold("Q" + std::to_string(m.index + 1) + "  " + m.questionId) + "\n";
            out += renderMarkdown(t, m.stem, 2);
            out += renderFeedback(t, m.feedback);
        }
    }
    return out;
}

} // namespace certdrill::cli
