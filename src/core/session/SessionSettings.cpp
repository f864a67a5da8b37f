#include "core/session/SessionSettings.h"

#include <nlohmann/json.hpp>

namespace certdrill::core {

nlohmann::json toJson(const SessionSettings& s)
{
    return {{"count", s.count},
            {"time_limit_ms", s.timeLimitMs ? nlohmann::json(*s.timeLimitMs) : nlohmann::json()},
            {"practice", s.practice},
            {"navigation", s.navigation == Navigation::Free ? "free" : "forward_only"},
            {"scoring", toJson(s.scoring)},
            {"prefer_unseen", s.preferUnseen},
            {"filter", toJson(s.filter)},
            {"warnings", s.warnings}};
}

Result<SessionSettings> sessionSettingsFromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        return fail("bad-settings", "session settings must be an object");
    SessionSettings s;
    try {
        s.count = j.value("count", std::size_t{0});
        if (j.contains("time_limit_ms") && !j["time_limit_ms"].is_null())
            s.timeLimitMs = j["time_limit_ms"].get<std::int64_t>();
        s.practice = j.value("practice", false);
        s.navigation = j.value("navigation", std::string{"free"}) == "forward_only" ? Navigation::ForwardOnly
                                                                                    : Navigation::Free;
        s.preferUnseen = j.value("prefer_unseen", false);
        s.warnings = j.value("warnings", std::vector<std::string>{});
    } catch (const nlohmann::json::exception& e) {
        return fail("bad-settings", std::string{"session settings are malformed: "} + e.what());
    }
    auto scoring = scoringOptionsFromJson(j.value("scoring", nlohmann::json()));
    if (!scoring)
        return tl::unexpected{scoring.error()};
    s.scoring = *scoring;
    auto filter = drillFilterFromJson(j.value("filter", nlohmann::json()));
    if (!filter)
        return tl::unexpected{filter.error()};
    s.filter = *filter;
    return s;
}

} // namespace certdrill::core
