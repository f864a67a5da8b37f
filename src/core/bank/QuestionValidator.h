#pragma once

#include "core/bank/FieldReader.h"
#include "core/bank/Question.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace certdrill::core {

/// Reads and checks the `questions` of a bank: common fields and each type's answer key.
class QuestionValidator {
public:
    /// `objectiveDomains` maps each objective id to its domain id; `scenarioIds` are the bank's scenarios.
    QuestionValidator(FieldReader& read, const std::unordered_map<std::string, std::string>& objectiveDomains,
                      const std::unordered_set<std::string>& scenarioIds)
        : m_read(read)
        , m_objectiveDomains(objectiveDomains)
        , m_scenarioIds(scenarioIds)
    {
    }

    std::vector<Question> questions(const JsonNode& list, const JsonPath& path, std::size_t maxQuestions);

private:
    Question question(const JsonNode& q, const JsonPath& path);
    void typeSpecific(const JsonNode& q, const JsonPath& path, Question& out);
    void choices(const JsonNode& q, const JsonPath& path, Question& out);
    void correctCount(const JsonPath& path, Question& out);
    void orderAnswer(const JsonNode& q, const JsonPath& path, Question& out);
    void matchAnswer(const JsonNode& q, const JsonPath& path, Question& out);
    void textAnswer(const JsonNode& q, const JsonPath& path, Question& out);
    std::vector<Item> items(const JsonNode& q, std::string_view key, const JsonPath& path);

    FieldReader& m_read;
    const std::unordered_map<std::string, std::string>& m_objectiveDomains;
    const std::unordered_set<std::string>& m_scenarioIds;
};

} // namespace certdrill::core
