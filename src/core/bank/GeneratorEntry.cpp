#include "core/bank/GeneratorEntry.h"

#include "core/bank/TextRules.h"
#include "core/generator/Generator.h"

#include <algorithm>
#include <array>

namespace certdrill::core {
namespace {

constexpr std::array<std::string_view, 12> kGeneratedFields{
    "stem", "explanation", "exhibit", "choices", "items", "answer", "left", "right", "tolerance", "unit",
    "accepted", "case_sensitive"};

/// The JSON value of a node, for the engine (numbers as written: whole ones stay whole).
nlohmann::json toJson(const FieldReader& read, const JsonNode& node)
{
    switch (node.kind) {
    case JsonNode::Kind::Null: return nullptr;
    case JsonNode::Kind::Boolean: return node.boolean;
    case JsonNode::Kind::String: return std::string{node.text};
    case JsonNode::Kind::Number:
        if (node.integral)
            if (const auto whole = node.toInt64())
                return *whole;
        return node.toDouble();
    case JsonNode::Kind::Array: {
        auto out = nlohmann::json::array();
        for (const auto& child : read.children(node))
            out.push_back(toJson(read, child));
        return out;
    }
    case JsonNode::Kind::Object: {
        auto out = nlohmann::json::object();
        for (const auto& child : read.children(node))
            out[std::string{child.key}] = toJson(read, child);
        return out;
    }
    }
    return nullptr;
}

/// The parameter an engine message names (`parameter "min_prefix" ...`), if the entry has it.
std::string namedParameter(const std::string& message, const nlohmann::json& params)
{
    for (const auto& [key, value] : params.items())
        if (message.find("parameter \"" + key + "\"") != std::string::npos)
            return key;
    return {};
}

} // namespace

bool isGeneratedField(std::string_view key)
{
    return std::find(kGeneratedFields.begin(), kGeneratedFields.end(), key) != kGeneratedFields.end();
}

void readGeneratorEntry(FieldReader& read, const JsonNode& entry, const JsonPath& path, Question& out)
{
    for (const auto& member : read.children(entry))
        if (isGeneratedField(member.key))
            read.error(path / member.key, "generated-field",
                       "a generator entry has no " + quotedText(member.key) + ": its family writes one for each question");
    const JsonNode* spec = read.object(entry, "generator", path, Need::Required);
    if (!spec)
        return;
    const JsonPath gpath = path / "generator";
    read.knownFields(*spec, gpath, {"family", "params"});
    auto family = read.string(*spec, "family", gpath, Need::Required);
    const JsonNode* params = read.object(*spec, "params", gpath, Need::Optional);
    if (!family || (!params && read.field(*spec, "params", gpath, Need::Optional)))
        return;
    GeneratorSpec generator{std::move(*family), params ? toJson(read, *params) : nlohmann::json::object()};
    if (const auto checked = checkGenerator(generator); !checked) {
        const auto& e = checked.error();
        if (e.code == "unknown-generator") { // the engine's message lists every family: too long here
            read.error(gpath / "family", e.code,
                       "unknown generator family " + quotedText(generator.family)
                           + " (`certdrill generate --families` lists them)");
        } else {
            const JsonPath ppath = gpath / "params";
            const auto key = namedParameter(e.message, generator.params);
            read.error(key.empty() ? (params ? ppath : gpath) : JsonPath{ppath, key}, e.code, e.message);
        }
        return;
    }
    out.generator = std::move(generator);
}

} // namespace certdrill::core
