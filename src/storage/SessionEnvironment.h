#pragma once

#include "core/bank/Bank.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/profile/Profile.h"
#include "core/session/HistorySummary.h"
#include "core/session/SessionPlanner.h"
#include "core/session/SessionServices.h"
#include "core/srs/Scheduler.h"
#include "storage/Database.h"
#include "storage/SqliteMemoryStateStore.h"
#include "storage/SqliteReviewLog.h"
#include "storage/SqliteSessionStore.h"

#include <memory>

namespace certdrill::storage {

/// What running a session of one profile in one bank needs: the profile, the bank, the stores on
/// the profile's database and the profile's scheduler. The CLI and the app both start, resume and
/// plan sessions through it.
class SessionEnvironment {
public:
    /// Error when the profile's scheduler settings are invalid.
    [[nodiscard]] static core::Result<std::unique_ptr<SessionEnvironment>> open(Database& database,
                                                                                core::Profile profile,
                                                                                core::BankPtr bank,
                                                                                const core::Clock& clock);

    SessionEnvironment(core::Profile profile, core::BankPtr bank, Database& database, core::Scheduler scheduler,
                       const core::Clock& clock);

    /// The services a session is built with; they refer to this environment, which must outlive it.
    [[nodiscard]] core::SessionServices services();
    /// The profile's history in the bank (answers and flags).
    [[nodiscard]] core::Result<core::HistorySummary> history() const;
    /// Plans a session with what the mode needs to know about the profile.
    [[nodiscard]] core::Result<core::SessionPlan> plan(const core::SessionRequest& request);

    core::Profile profile;
    core::BankPtr bank;
    Database& database;
    SqliteSessionStore sessions;
    SqliteMemoryStateStore memories;
    SqliteReviewLog log;
    core::Scheduler scheduler;
    const core::Clock& clock;
};

} // namespace certdrill::storage
