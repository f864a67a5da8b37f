#pragma once

#include "core/common/Clock.h"
#include "core/session/SessionStore.h"
#include "storage/Database.h"

namespace certdrill::storage {

class SqliteSessionStore final : public core::SessionStore {
public:
    SqliteSessionStore(Database& db, const core::Clock& clock);

    [[nodiscard]] core::Result<core::SessionRecord> create(core::SessionRecord session) override;
    [[nodiscard]] core::Result<core::SessionRecord> load(std::int64_t sessionId) const override;
    [[nodiscard]] core::Result<std::optional<core::SessionRecord>> findOpen(std::int64_t profileId,
                                                                            std::string_view bankId,
                                                                            core::StudyMode mode) const override;
    [[nodiscard]] core::Result<std::vector<core::SessionRecord>> abandonOpen(std::int64_t profileId,
                                                                             std::string_view bankId,
                                                                             core::StudyMode mode) override;
    [[nodiscard]] core::Result<void> saveAnswer(std::int64_t sessionId, const core::SessionAnswer& answer,
                                                std::size_t position, std::int64_t elapsedMs) override;
    [[nodiscard]] core::Result<std::string> commitAnswer(std::int64_t sessionId, const core::SessionAnswer& answer,
                                                         core::LoggedAnswer logged, std::size_t position,
                                                         std::int64_t elapsedMs) override;
    [[nodiscard]] core::Result<void> move(std::int64_t sessionId, std::size_t position, std::int64_t elapsedMs) override;
    [[nodiscard]] core::Result<void> saveTimer(std::int64_t sessionId, std::int64_t elapsedMs,
                                               const core::TimerCounts& timer) override;
    [[nodiscard]] core::Result<std::vector<std::string>> finish(std::int64_t sessionId, core::SessionStatus status,
                                                                std::string resultJson,
                                                                std::vector<core::LoggedAnswer> answers,
                                                                std::int64_t elapsedMs) override;
    [[nodiscard]] core::Result<std::vector<core::SessionRecord>> listFinished(std::int64_t profileId,
                                                                              std::string_view bankId = {}) const override;
    [[nodiscard]] core::Result<std::vector<std::string>> flaggedQuestions(std::int64_t profileId,
                                                                          std::string_view bankId) const override;

private:
    void writeAnswer(std::int64_t sessionId, const core::SessionAnswer& answer);
    void writePosition(std::int64_t sessionId, std::size_t position, std::int64_t elapsedMs);
    /// Marks the unfinished sessions of a profile in a bank and mode abandoned at `now`.
    void abandonRows(std::int64_t profileId, std::string_view bankId, core::StudyMode mode, core::Timestamp now);

    Database& m_db;
    const core::Clock& m_clock;
};

} // namespace certdrill::storage
