#include "app/practice/PracticeOptions.h"

#include "core/session/QuestionSelection.h"

#include <nlohmann/json.hpp>

#include <QJSValue>
#include <QStringList>

namespace certdrill::app {
namespace {

QVariant plain(const QVariant& value)
{
    if (value.metaType() == QMetaType::fromType<QJSValue>())
        return value.value<QJSValue>().toVariant();
    return value;
}

nlohmann::json filterJson(const QVariantMap& filter)
{
    nlohmann::json out = nlohmann::json::object();
    for (const auto* key : {"domains", "objectives", "tags"}) {
        auto list = nlohmann::json::array();
        for (const auto& v : plain(filter.value(QLatin1String(key))).toList())
            list.push_back(v.toString().toStdString());
        out[key] = list;
    }
    auto difficulties = nlohmann::json::array();
    for (const auto& v : plain(filter.value(QStringLiteral("difficulties"))).toList())
        difficulties.push_back(v.toInt());
    out["difficulties"] = difficulties;
    out["missed_before"] = filter.value(QStringLiteral("missedBefore")).toBool();
    out["flagged"] = filter.value(QStringLiteral("flagged")).toBool();
    out["never_seen"] = filter.value(QStringLiteral("neverSeen")).toBool();
    out["lowest_retrievability"] = filter.value(QStringLiteral("lowestRetrievability")).toBool();
    return out;
}

} // namespace

core::Result<core::SessionRequest> practiceRequest(core::StudyMode mode, const QVariantMap& options, std::uint64_t seed)
{
    core::SessionRequest request;
    request.mode = mode;
    request.seed = seed;
    request.count = static_cast<std::size_t>(std::max(0, options.value(QStringLiteral("count")).toInt()));
    if (options.contains(QStringLiteral("minutes")))
        request.minutes = std::max(0, options.value(QStringLiteral("minutes")).toInt());
    const auto filter = plain(options.value(QStringLiteral("filter"))).toMap();
    if (!filter.isEmpty()) {
        auto parsed = core::drillFilterFromJson(filterJson(filter));
        if (!parsed)
            return tl::unexpected{parsed.error()};
        request.filter = std::move(*parsed);
    }
    return request;
}

} // namespace certdrill::app
