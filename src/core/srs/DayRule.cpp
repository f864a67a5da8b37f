#include "core/srs/DayRule.h"

namespace certdrill::core {

std::optional<DayRule> DayRule::rollover(std::chrono::hours rolloverHour, std::chrono::minutes utcOffset)
{
    using namespace std::chrono;
    if (rolloverHour < hours{0} || rolloverHour > hours{23} || utcOffset < -hours{12} || utcOffset > hours{14})
        return std::nullopt;
    return DayRule{rolloverHour, utcOffset};
}

} // namespace certdrill::core
