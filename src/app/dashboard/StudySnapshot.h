#pragma once

#include "core/bank/Bank.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/profile/Profile.h"
#include "storage/Database.h"

#include <QPointer>

#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

class QObject;

namespace certdrill::app {

class AppContext;

/// What a statistics query off the GUI thread needs, copied on the GUI thread: the profile, the
/// banks (immutable, shared), the time and the database file. The worker opens its own connection
/// (SQLite in WAL mode lets it read while the app writes).
struct StudySnapshot {
    core::Profile profile;
    std::vector<core::BankPtr> banks;
    core::Timestamp now{};
    std::filesystem::path databaseFile;

    /// From the app's current state; an error when no profile is open.
    [[nodiscard]] static core::Result<StudySnapshot> of(const AppContext& context);

    /// Opens the worker's connection.
    [[nodiscard]] core::Result<std::unique_ptr<storage::Database>> open() const;
    [[nodiscard]] core::BankPtr bank(const std::string& id) const;
};

/// Points `current` at `next`: `receiver` stops listening to the old context and calls `refresh`
/// whenever the new one's study, profile or banks change. False when `current` already was `next`.
bool followStudyChanges(QPointer<AppContext>& current, AppContext* next, QObject* receiver,
                        const std::function<void()>& refresh);

} // namespace certdrill::app
