#pragma once

#include "core/bank/Bank.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/profile/Profile.h"
#include "core/progress/DailyAnswers.h"
#include "core/progress/DomainMastery.h"
#include "storage/Database.h"

#include <optional>
#include <vector>

namespace certdrill::storage {

/// The last finished exam simulation of a bank.
struct ExamOutcome {
    int scaledScore = 0;
    int passingScore = 0;
    int scaleMax = 0;
    bool passed = false;
    core::Timestamp finishedAt{};
};

/// A profile's figures for one bank, as the dashboard shows them.
struct BankOverview {
    std::size_t dueNow = 0;          ///< learning steps, overdue and due today (the selector's count)
    std::size_t newLeftToday = 0;    ///< new questions the daily limit still allows
    std::size_t studied = 0;
    std::size_t unseen = 0;
    std::size_t answers = 0;         ///< answers ever logged in the bank
    std::size_t streak = 0;          ///< days in a row with an answer in the bank
    std::optional<ExamOutcome> lastExam;
    std::optional<std::int64_t> daysToExam; ///< with an exam date set
};

/// A profile's progress in one bank over the last `days` days, as the progress charts show it.
struct ProgressReport {
    std::vector<core::DailyAnswers> days;       ///< every day, oldest first, today last
    std::vector<std::size_t> forecast;           ///< due reviews per day, today first
    std::vector<core::DomainMastery> domains;    ///< in the bank's order
};

/// Reads what the dashboard and the progress page show from the database. It uses its own
/// statements, so it can run on a worker thread with a connection of its own.
[[nodiscard]] core::Result<BankOverview> bankOverview(Database& db, const core::Profile& profile,
                                                      const core::BankPtr& bank, core::Timestamp now);

[[nodiscard]] core::Result<ProgressReport> progressReport(Database& db, const core::Profile& profile,
                                                          const core::Bank& bank, core::Timestamp now,
                                                          std::size_t days = 30);

} // namespace certdrill::storage
