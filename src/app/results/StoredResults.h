#pragma once

#include "core/common/Error.h"
#include "core/scoring/SessionReport.h"
#include "core/session/SessionRecord.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace certdrill::app {

/// A finished session with its stored report.
struct StoredResult {
    core::SessionRecord record;
    core::SessionReport report;
};

/// The report stored with a finished session. Error `bad-report`.
[[nodiscard]] core::Result<core::SessionReport> storedReport(const core::SessionRecord& session);

/// The current profile's finished exams (exam mode), oldest first; of one bank unless `bankId` is
/// empty. Sessions whose report cannot be read are left out.
[[nodiscard]] core::Result<std::vector<StoredResult>> finishedExams(const QString& bankId);

/// One of the current profile's finished sessions. Errors `no-such-session` (also for another
/// profile's), `bad-report`.
[[nodiscard]] core::Result<StoredResult> finishedSession(qint64 sessionId);

/// A timestamp in local time.
[[nodiscard]] QDateTime localTime(core::Timestamp at);
/// A timestamp as the user's locale writes a date and time.
[[nodiscard]] QString localDateTime(core::Timestamp at);

} // namespace certdrill::app
