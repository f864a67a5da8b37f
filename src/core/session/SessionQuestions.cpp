#include "core/session/SessionQuestions.h"

#include "core/common/Random.h"
#include "core/generator/Generator.h"

#include <unordered_set>

namespace certdrill::core {
namespace {

constexpr std::uint64_t kInstanceStream = 0x67656e6572617465ULL; // "generate"
constexpr std::uint64_t kBelow2To53 = (std::uint64_t{1} << 53U) - 1U;

} // namespace

std::uint64_t instanceSeed(std::uint64_t sessionSeed, std::string_view questionId)
{
    std::uint64_t hash = 0xCBF29CE484222325ULL; // FNV-1a of the id
    for (const char c : questionId) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001B3ULL;
    }
    Random random{sessionSeed ^ kInstanceStream ^ hash};
    return random.next() & kBelow2To53;
}

Result<Question> generatedQuestion(const Question& entry, std::uint64_t seed)
{
    if (entry.type != QuestionType::Generator || !entry.generator)
        return fail("not-generated", "question " + entry.id + " is not a generator entry");
    auto question = generateQuestion(*entry.generator, entry, seed);
    if (!question)
        return question;
    question->contentHash = entry.contentHash;
    question->generator = entry.generator;
    return question;
}

SessionQuestions::SessionQuestions(const Bank& bank, const SessionRecord& record)
    : m_order(record.questionOrder)
{
    // One pass over the bank finds every question (Bank::findQuestion is a linear search).
    m_byId.reserve(m_order.size());
    for (const auto& id : m_order)
        m_byId.emplace(id, nullptr);
    for (const auto& q : bank.questions)
        if (const auto it = m_byId.find(q.id); it != m_byId.end())
            it->second = &q;
    std::unordered_map<std::string_view, std::uint64_t> saved;
    for (const auto& a : record.answers)
        if (a.instanceSeed)
            saved.emplace(a.questionId, *a.instanceSeed);
    for (auto& [id, q] : m_byId) {
        if (!q || q->type != QuestionType::Generator)
            continue;
        const auto it = saved.find(id);
        const auto seed = it != saved.end() ? it->second : instanceSeed(record.seed, id);
        auto generated = generatedQuestion(*q, seed);
        if (!generated) { // a family this engine cannot run: as if the bank no longer had it
            q = nullptr;
            continue;
        }
        m_generated.push_back(std::make_unique<const Question>(std::move(*generated)));
        q = m_generated.back().get();
        m_seeds.emplace(id, seed);
    }
}

const Question* SessionQuestions::find(std::string_view questionId) const
{
    const auto it = m_byId.find(std::string{questionId});
    return it == m_byId.end() ? nullptr : it->second;
}

std::optional<std::uint64_t> SessionQuestions::seedOf(std::string_view questionId) const
{
    const auto it = m_seeds.find(std::string{questionId});
    return it == m_seeds.end() ? std::nullopt : std::optional<std::uint64_t>{it->second};
}

Bank SessionQuestions::shownBank(const Bank& bank) const
{
    Bank shown;
    shown.format = bank.format;
    shown.id = bank.id;
    shown.title = bank.title;
    shown.vendor = bank.vendor;
    shown.examCode = bank.examCode;
    shown.version = bank.version;
    shown.language = bank.language;
    shown.license = bank.license;
    shown.launched = bank.launched;
    shown.retires = bank.retires;
    shown.description = bank.description;
    shown.exam = bank.exam;
    shown.domains = bank.domains;
    shown.scenarios = bank.scenarios;
    std::unordered_set<std::string_view> added;
    for (const auto& id : m_order)
        if (const Question* q = find(id); q && added.insert(id).second)
            shown.questions.push_back(*q);
    return shown;
}

} // namespace certdrill::core
