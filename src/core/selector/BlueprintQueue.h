#pragma once

#include "core/selector/BankIndex.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace certdrill::core {

/// Which new question goes next so that the studied set tracks the blueprint: the domain furthest
/// below its weight (Tijdeman's rule, see docs/scheduler.md), within it the objective with the
/// fewest studied questions in rotation, within that the index's seeded order. Every call is
/// O(domains + objectives of a domain), amortised.
class BlueprintQueue {
public:
    /// Every question starts unseen; `markStudied` the ones with a history.
    explicit BlueprintQueue(const BankIndex& index);

    /// Counts the question as studied (no effect when it already is).
    void markStudied(std::uint32_t question);
    /// Counts the question as studied and moves its domain's rotation past its objective.
    void take(std::uint32_t question);
    /// The new question that should go next, or none when every question is studied.
    [[nodiscard]] std::optional<std::uint32_t> peek();

    [[nodiscard]] bool studied(std::uint32_t question) const { return m_studied[question] != 0; }
    [[nodiscard]] std::uint32_t studiedTotal() const { return m_studiedTotal; }
    [[nodiscard]] std::size_t unseen() const { return m_studied.size() - m_studiedTotal; }
    /// Studied questions per domain, indexed like the index's domains.
    [[nodiscard]] const std::vector<std::uint32_t>& studiedPerDomain() const { return m_studiedInDomain; }

private:
    [[nodiscard]] std::optional<std::uint32_t> nextDomain() const;

    const BankIndex& m_index;
    std::vector<std::uint8_t> m_studied;
    std::vector<std::uint32_t> m_studiedInDomain;
    std::vector<std::uint32_t> m_unseenInDomain;
    std::vector<std::uint32_t> m_studiedInObjective;
    std::vector<std::uint32_t> m_unseenInObjective;
    std::vector<std::uint32_t> m_lastObjective; ///< per domain: position of the objective taken last
    std::vector<std::uint32_t> m_cursor;        ///< per objective: first position not yet studied
    std::uint32_t m_studiedTotal = 0;
};

} // namespace certdrill::core
