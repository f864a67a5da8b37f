#pragma once

#include "core/bank/Bank.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace certdrill::core {

/// What the selector needs to know about a bank, computed once per bank and seed and shared by
/// every selection: questions by id, the blueprint's domains with their weights normalised to sum
/// to 1, and each objective's questions in a seeded order (the order new questions are introduced).
class BankIndex {
public:
    struct DomainEntry {
        std::string_view id;
        std::string_view name;
        double weight = 0.0;                   ///< normalised: the weights sum to 1
        std::vector<std::uint32_t> objectives; ///< indexes into objectives()
        std::uint32_t questionCount = 0;
    };
    struct ObjectiveEntry {
        std::string_view id;
        std::uint32_t domain = 0;
        std::vector<std::uint32_t> questions; ///< indexes into the bank's questions, seeded order
    };

    BankIndex(BankPtr bank, std::uint64_t seed);

    [[nodiscard]] const Bank& bank() const { return *m_bank; }
    [[nodiscard]] std::size_t questionCount() const { return m_questionDomain.size(); }
    [[nodiscard]] std::optional<std::uint32_t> find(std::string_view questionId) const;
    [[nodiscard]] const Question& question(std::uint32_t index) const { return m_bank->questions[index]; }

    [[nodiscard]] const std::vector<DomainEntry>& domains() const { return m_domains; }
    [[nodiscard]] const std::vector<ObjectiveEntry>& objectives() const { return m_objectives; }
    [[nodiscard]] std::uint32_t domainOf(std::uint32_t question) const { return m_questionDomain[question]; }
    [[nodiscard]] std::uint32_t objectiveOf(std::uint32_t question) const { return m_questionObjective[question]; }
    /// A question's share of the expected exam score: its domain's weight over the domain's
    /// question count (the exam draws each domain's share uniformly from its questions).
    [[nodiscard]] double questionValue(std::uint32_t question) const { return m_questionValue[question]; }

private:
    std::uint32_t domainSlot(std::string_view domainId);
    std::uint32_t objectiveSlot(std::uint32_t domain, std::string_view objectiveId);

    BankPtr m_bank;
    std::vector<DomainEntry> m_domains;
    std::vector<ObjectiveEntry> m_objectives;
    std::vector<std::uint32_t> m_questionDomain;
    std::vector<std::uint32_t> m_questionObjective;
    std::vector<double> m_questionValue;
    // Questions by id: an open-addressing table (linear probing, at most half full) of question
    // indexes + 1, with every id stored back to back so that a lookup touches little memory.
    std::string m_ids;
    std::vector<std::uint32_t> m_idEnd; ///< per question: where its id ends in m_ids
    std::vector<std::uint32_t> m_slots; ///< 0: empty
    [[nodiscard]] std::string_view idOf(std::uint32_t question) const;
};

} // namespace certdrill::core
