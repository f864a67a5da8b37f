#pragma once

#include "core/bank/Bank.h"
#include "core/common/Error.h"
#include "core/session/SessionRecord.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace certdrill::core {

/// The seed of the question a generator entry shows in a session: derived from the session's
/// seed and the entry's id, so that one exam seed gives the same generated questions on every
/// machine. Below 2^53, so that JSON readers and JavaScript keep it exactly.
[[nodiscard]] std::uint64_t instanceSeed(std::uint64_t sessionSeed, std::string_view questionId);

/// The question a generator entry gives for a seed, as sessions show it: the family's question
/// with the entry's id, content hash (memory follows the entry) and generator spec. Error
/// `not-generated` for an entry that is not a generator, else the engine's errors.
[[nodiscard]] Result<Question> generatedQuestion(const Question& entry, std::uint64_t seed);

/// The questions of one session as it shows them: the bank's own questions, and for each
/// generator entry the question its seed gives (the seed saved with its answer, else the one
/// derived from the session's seed), generated once when the session is built.
class SessionQuestions {
public:
    SessionQuestions(const Bank& bank, const SessionRecord& record);

    /// The question shown for an id; null when the bank no longer has it.
    [[nodiscard]] const Question* find(std::string_view questionId) const;
    /// The seed of the generated question shown for an id; none for a question of the bank.
    [[nodiscard]] std::optional<std::uint64_t> seedOf(std::string_view questionId) const;
    [[nodiscard]] bool hasGenerated() const { return !m_generated.empty(); }
    /// The bank's blueprint with the session's questions as shown, for scoring the session.
    [[nodiscard]] Bank shownBank(const Bank& bank) const;

private:
    std::vector<std::string> m_order;
    std::unordered_map<std::string, const Question*> m_byId;
    std::unordered_map<std::string, std::uint64_t> m_seeds;
    std::vector<std::unique_ptr<const Question>> m_generated; ///< stable addresses for m_byId
};

} // namespace certdrill::core
