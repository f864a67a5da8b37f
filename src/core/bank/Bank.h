#pragma once

#include "core/bank/Question.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace certdrill::core {

/// How a candidate may move through an exam.
enum class Navigation : std::uint8_t {
    Free = 0,        ///< back, flag and a review screen (CompTIA)
    ForwardOnly = 1, ///< no back, no flag, no review screen; free inside a scenario (Cisco)
};

/// The official exam blueprint figures.
struct ExamSpec {
    int durationMinutes = 0;
    int questionCount = 0;
    int passingScore = 0;
    int scaleMin = 0;
    int scaleMax = 0;
    Navigation navigation = Navigation::Free;
    /// Raw fraction that maps to the passing score; unset means its position on the scale.
    std::optional<double> passingFraction;
    /// How the vendor states the passing score when it is not a single number (optional).
    std::string passingScoreNote;

    bool operator==(const ExamSpec&) const = default;
};

struct Objective {
    std::string id;
    std::string title;

    bool operator==(const Objective&) const = default;
};

struct Domain {
    std::string id;
    std::string name;
    double weight = 0.0;
    std::vector<Objective> objectives;

    bool operator==(const Domain&) const = default;
};

/// A testlet: one case shared by several questions that an exam keeps together.
struct Scenario {
    std::string id;
    std::string title; ///< optional short name
    std::string text;
    std::optional<Exhibit> exhibit;

    bool operator==(const Scenario&) const = default;
};

/// A validated, immutable question bank for one exam.
struct Bank {
    std::string format;
    std::string id;
    std::string title;
    std::string vendor;
    std::string examCode;
    std::string version;
    std::string language;
    std::string license;
    std::string launched;
    std::string retires; ///< empty when no retirement is announced
    std::string description; ///< optional, shown in the bank catalog
    ExamSpec exam;
    std::vector<Domain> domains;
    std::vector<Question> questions;
    std::vector<Scenario> scenarios;

    [[nodiscard]] const Question* findQuestion(std::string_view questionId) const;
    [[nodiscard]] const Domain* findDomain(std::string_view domainId) const;
    [[nodiscard]] const Scenario* findScenario(std::string_view scenarioId) const;
    [[nodiscard]] std::size_t objectiveCount() const;

    bool operator==(const Bank&) const = default;
};

using BankPtr = std::shared_ptr<const Bank>;

} // namespace certdrill::core
