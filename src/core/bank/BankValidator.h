#pragma once

#include "core/bank/Bank.h"
#include "core/bank/FieldReader.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace certdrill::core {

/// Turns a parsed JSON document into a `Bank`, checking every rule of docs/bank-format.md that a
/// single question does not own: the header, the exam blueprint, domains, scenarios, and the
/// checks across them (weights, coverage, scenario sizes). Diagnostics carry pointers only; the
/// caller locates them.
class BankValidator {
public:
    BankValidator(const JsonDocument& doc, const BankParseOptions& options, std::vector<Diagnostic>& out)
        : m_doc(doc)
        , m_options(options)
        , m_read(doc, options, out)
    {
    }

    [[nodiscard]] Bank bank();

private:
    void header(const JsonNode& root, Bank& out);
    ExamSpec examSpec(const JsonNode& exam, const JsonPath& path);
    void scoreScale(const JsonNode& exam, const JsonPath& path, std::optional<int> passing, ExamSpec& spec);
    std::vector<Domain> domains(const JsonNode& list, const JsonPath& path);
    std::vector<Objective> objectives(const JsonNode& domain, const JsonPath& path, const std::string& domainId);
    std::vector<Scenario> scenarios(const JsonNode& list, const JsonPath& path);
    /// The entry's id, reported when it repeats one in `seen` (which it joins).
    std::string uniqueId(const JsonNode& entry, const JsonPath& path, std::string_view what,
                         std::unordered_set<std::string>& seen);
    void crossChecks(Bank& bank);

    const JsonDocument& m_doc;
    const BankParseOptions& m_options;
    FieldReader m_read;
    std::unordered_map<std::string, std::string> m_objectiveDomains;
    std::unordered_set<std::string> m_scenarioIds;
};

} // namespace certdrill::core
