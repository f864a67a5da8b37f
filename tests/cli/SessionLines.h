#pragma once

// Helpers for conversations with `certdrill session run` (one JSON object per line each way).
#include "CliProcess.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace certdrill::test {

/// The next line `session run` prints, parsed.
inline nlohmann::json next(CliProcess& p)
{
    const auto line = p.readLine();
    REQUIRE(line);
    return nlohmann::json::parse(*line);
}

/// A well-formed answer to a question as `session run` shows it (numbers and texts right, the rest
/// the options in the order shown).
inline nlohmann::json wellFormed(const nlohmann::json& q)
{
    const std::string type = q["type"];
    if (type == "numeric")
        return 30;
    if (type == "text")
        return "255.255.255.0";
    if (type == "single")
        return q["choices"][0]["id"];
    if (type == "multiple")
        return nlohmann::json{q["choices"][0]["id"], q["choices"][1]["id"]};
    if (type == "order") {
        nlohmann::json ids = nlohmann::json::array();
        for (const auto& i : q["items"])
            ids.push_back(i["id"]);
        return ids;
    }
    nlohmann::json pairs = nlohmann::json::object();
    for (std::size_t i = 0; i < q["left"].size(); ++i)
        pairs[q["left"][i]["id"].get<std::string>()] = q["right"][i]["id"];
    return pairs;
}

} // namespace certdrill::test
