#include "storage/SqliteProfileRepository.h"

#include "core/common/Time.h"
#include "core/profile/GradingSettings.h"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

namespace certdrill::storage {
namespace {

std::int64_t toMs(core::Timestamp t) { return t.time_since_epoch().count(); }
core::Timestamp fromMs(std::int64_t ms) { return core::Timestamp{std::chrono::milliseconds{ms}}; }

/// The grading policy kept under `grading` in the settings column; the default when it is absent
/// (profiles saved before there was one) or unreadable (edited by hand: warned, not fatal).
core::GradingPolicy readGrading(const std::string& name, const std::string& settingsText)
{
    const auto settings = nlohmann::json::parse(settingsText, nullptr, false);
    if (!settings.is_object() || !settings.contains("grading"))
        return {};
    auto policy = core::gradingPolicyFromJson(settings["grading"]);
    if (!policy) {
        spdlog::warn("profile \"{}\": ignoring its stored grading policy ({}); using the default", name,
                     policy.error().message);
        return {};
    }
    return *policy;
}

core::Profile readProfile(Database& db, SQLite::Statement& row)
{
    core::Profile p;
    p.id = row.getColumn(0).getInt64();
    p.name = row.getColumn(1).getString();
    p.createdAt = fromMs(row.getColumn(2).getInt64());
    p.desiredRetention = row.getColumn(3).getDouble();
    p.dailyNewLimit = row.getColumn(4).getInt();
    if (!row.getColumn(5).isNull()) {
        const auto params = nlohmann::json::parse(row.getColumn(5).getString());
        p.fsrsParameters = params.get<std::vector<double>>();
    }
    p.grading = readGrading(p.name, row.getColumn(6).getString());
    auto& dates = db.statement("SELECT bank_id, exam_date FROM exam_dates WHERE profile_id = ?");
    dates.bind(1, p.id);
    while (dates.executeStep())
        p.examDates.emplace(dates.getColumn(0).getString(), dates.getColumn(1).getString());
    return p;
}

constexpr const char* kSelect =
    "SELECT id, name, created_at, desired_retention, daily_new_limit, fsrs_parameters, settings FROM profiles";

tl::unexpected<core::Error> noSuchProfile(std::string_view name)
{
    return core::fail("no-such-profile", "there is no profile named \"" + std::string{name} + "\"");
}

} // namespace

SqliteProfileRepository::SqliteProfileRepository(Database& db, const core::Clock& clock)
    : m_db(db)
    , m_clock(clock)
{
}

core::Result<std::vector<core::Profile>> SqliteProfileRepository::list() const
{
    std::vector<core::Profile> out;
    auto done = m_db.guard([&] {
        SQLite::Statement all{m_db.sqlite(), std::string{kSelect} + " ORDER BY name COLLATE NOCASE"};
        while (all.executeStep())
            out.push_back(readProfile(m_db, all));
    });
    if (!done)
        return tl::unexpected{done.error()};
    return out;
}

core::Result<core::Profile> SqliteProfileRepository::find(std::string_view name) const
{
    std::optional<core::Profile> found;
    auto done = m_db.guard([&] {
        SQLite::Statement q{m_db.sqlite(), std::string{kSelect} + " WHERE name = ?"};
        q.bind(1, std::string{name});
        if (q.executeStep())
            found = readProfile(m_db, q);
    });
    if (!done)
        return tl::unexpected{done.error()};
    if (!found)
        return noSuchProfile(name);
    return *found;
}

core::Result<core::Profile> SqliteProfileRepository::create(std::string_view name)
{
    if (!core::isValidProfileName(name))
        return core::fail("invalid-name", "a profile name has 1-64 characters, not only spaces, and no control "
                                          "characters");
    if (find(name))
        return core::fail("name-taken", "a profile named \"" + std::string{name} + "\" already exists");
    auto done = m_db.transaction([&] {
        auto& insert = m_db.statement("INSERT INTO profiles (name, created_at) VALUES (?, ?)");
        insert.bind(1, std::string{name});
        insert.bind(2, static_cast<std::int64_t>(toMs(m_clock.now())));
        insert.exec();
    });
    if (!done)
        return tl::unexpected{done.error()};
    return find(name);
}

core::Result<core::Profile> SqliteProfileRepository::findOrCreate(std::string_view name)
{
    if (auto existing = find(name))
        return existing;
    return create(name);
}

core::Result<void> SqliteProfileRepository::rename(std::string_view from, std::string_view to)
{
    if (!core::isValidProfileName(to))
        return core::fail("invalid-name", "a profile name has 1-64 characters, not only spaces, and no control "
                                          "characters");
    const auto profile = find(from);
    if (!profile)
        return tl::unexpected{profile.error()};
    if (const auto other = find(to); other && other->id != profile->id)
        return core::fail("name-taken", "a profile named \"" + std::string{to} + "\" already exists");
    return m_db.transaction([&] {
        auto& update = m_db.statement("UPDATE profiles SET name = ? WHERE id = ?");
        update.bind(1, std::string{to});
        update.bind(2, profile->id);
        update.exec();
    });
}

core::Result<void> SqliteProfileRepository::remove(std::string_view name)
{
    const auto profile = find(name);
    if (!profile)
        return tl::unexpected{profile.error()};
    return m_db.transaction([&] {
        auto& del = m_db.statement("DELETE FROM profiles WHERE id = ?");
        del.bind(1, profile->id);
        del.exec();
    });
}

core::Result<void> SqliteProfileRepository::update(const core::Profile& p)
{
    if (!(p.desiredRetention > 0.0 && p.desiredRetention < 1.0))
        return core::fail("invalid-setting", "desired retention must lie between 0 and 1 (e.g. 0.9)");
    if (p.dailyNewLimit < 0 || p.dailyNewLimit > 10000)
        return core::fail("invalid-setting", "the daily new-question limit must lie between 0 and 10000");
    for (const auto& [bank, date] : p.examDates)
        if (bank.empty() || !core::parseDate(date))
            return core::fail("invalid-setting", "an exam date is a calendar date YYYY-MM-DD, not \"" + date + "\"");
    if (const auto problems = core::validateGrading(p.grading); !problems.empty())
        return core::fail("invalid-setting", "grading." + problems.front().field + ": " + problems.front().message);
    return m_db.transaction([&] {
        auto& update = m_db.statement(
            "UPDATE profiles SET desired_retention = ?, daily_new_limit = ?, fsrs_parameters = ?, "
            "settings = json_set(settings, '$.grading', json(?)) WHERE id = ?");
        update.bind(1, p.desiredRetention);
        update.bind(2, p.dailyNewLimit);
        if (p.fsrsParameters)
            update.bind(3, nlohmann::json(*p.fsrsParameters).dump());
        else
            update.bind(3);
        update.bind(4, core::toJson(p.grading).dump());
        update.bind(5, p.id);
        if (update.exec() != 1)
            throw std::runtime_error("no profile with id " + std::to_string(p.id));
        auto& clear = m_db.statement("DELETE FROM exam_dates WHERE profile_id = ?");
        clear.bind(1, p.id);
        clear.exec();
        for (const auto& [bank, date] : p.examDates) {
            auto& insert = m_db.statement("INSERT INTO exam_dates (profile_id, bank_id, exam_date) VALUES (?, ?, ?)");
            insert.bind(1, p.id);
            insert.bind(2, bank);
            insert.bind(3, date);
            insert.exec();
        }
    });
}

} // namespace certdrill::storage
