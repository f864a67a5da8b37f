#include "app/results/StoredResults.h"

#include "app/AppContext.h"
#include "storage/SqliteSessionStore.h"

#include <nlohmann/json.hpp>

#include <QDateTime>
#include <QLocale>

namespace certdrill::app {

core::Result<core::SessionReport> storedReport(const core::SessionRecord& session)
{
    const auto parsed = nlohmann::json::parse(session.result, nullptr, false);
    if (parsed.is_discarded() || session.status != core::SessionStatus::Finished)
        return core::fail("bad-report", "session " + std::to_string(session.id) + " has no report");
    return core::reportFromJson(parsed);
}

namespace {

struct ProfileStore {
    core::Profile profile;
    std::unique_ptr<storage::SqliteSessionStore> sessions;
};

core::Result<ProfileStore> profileStore()
{
    auto* app = AppContext::create(nullptr, nullptr);
    if (!app->database())
        return core::fail("no-data", app->startupError().toStdString());
    auto profile = app->currentProfile();
    if (!profile)
        return tl::unexpected{profile.error()};
    return ProfileStore{std::move(*profile), std::make_unique<storage::SqliteSessionStore>(*app->database(), app->clock())};
}

} // namespace

core::Result<std::vector<StoredResult>> finishedExams(const QString& bankId)
{
    auto store = profileStore();
    if (!store)
        return tl::unexpected{store.error()};
    auto finished = store->sessions->listFinished(store->profile.id, bankId.toStdString());
    if (!finished)
        return tl::unexpected{finished.error()};
    std::vector<StoredResult> results;
    for (auto& s : *finished) {
        if (s.mode != core::StudyMode::Exam)
            continue;
        if (auto report = storedReport(s))
            results.push_back({std::move(s), std::move(*report)});
    }
    return results;
}

core::Result<StoredResult> finishedSession(qint64 sessionId)
{
    auto store = profileStore();
    if (!store)
        return tl::unexpected{store.error()};
    auto record = store->sessions->load(sessionId);
    if (!record || record->profileId != store->profile.id)
        return core::fail("no-such-session", "there is no finished session " + std::to_string(sessionId));
    auto report = storedReport(*record);
    if (!report)
        return tl::unexpected{report.error()};
    return StoredResult{std::move(*record), std::move(*report)};
}

QDateTime localTime(core::Timestamp at)
{
    return QDateTime::fromMSecsSinceEpoch(at.time_since_epoch().count(), Qt::UTC).toLocalTime();
}

QString localDateTime(core::Timestamp at)
{
    return QLocale{}.toString(localTime(at), QLocale::ShortFormat);
}

} // namespace certdrill::app
