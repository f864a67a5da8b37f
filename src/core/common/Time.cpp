#include "core/common/Time.h"

#include <charconv>
#include <cstdio>

namespace certdrill::core {
namespace {

bool readInt(std::string_view text, std::size_t pos, std::size_t len, int& out)
{
    if (pos + len > text.size())
        return false;
    for (std::size_t i = pos; i < pos + len; ++i)
        if (text[i] < '0' || text[i] > '9')
            return false;
    auto [ptr, ec] = std::from_chars(text.data() + pos, text.data() + pos + len, out);
    return ec == std::errc{} && ptr == text.data() + pos + len;
}

} // namespace

std::optional<std::chrono::sys_days> parseDate(std::string_view text)
{
    using namespace std::chrono;
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !readInt(text, 0, 4, y)
        || !readInt(text, 5, 2, m) || !readInt(text, 8, 2, d))
        return std::nullopt;
    const year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok())
        return std::nullopt;
    return sys_days{ymd};
}

std::optional<Timestamp> parseIso8601(std::string_view text)
{
    using namespace std::chrono;
    const auto date = parseDate(text.substr(0, 10));
    if (!date)
        return std::nullopt;
    if (text.size() == 10)
        return Timestamp{*date};
    if (text.size() < 19 || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') || text[13] != ':'
        || text[16] != ':')
        return std::nullopt;
    int hh = 0, mm = 0, ss = 0;
    if (!readInt(text, 11, 2, hh) || !readInt(text, 14, 2, mm) || !readInt(text, 17, 2, ss) || hh > 23
        || mm > 59 || ss > 60)
        return std::nullopt;
    std::size_t pos = 19;
    milliseconds frac{0};
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        int digits = 0;
        long long value = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (digits < 3) {
                value = value * 10 + (text[pos] - '0');
                ++digits;
            }
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        while (digits++ < 3)
            value *= 10;
        frac = milliseconds{value};
    }
    minutes offset{0};
    if (pos == text.size())
        return std::nullopt; // a time without a zone is ambiguous
    if (text[pos] == 'Z' || text[pos] == 'z') {
        ++pos;
    } else if (text[pos] == '+' || text[pos] == '-') {
        int oh = 0, om = 0;
        if (!readInt(text, pos + 1, 2, oh) || pos + 3 >= text.size() || text[pos + 3] != ':'
            || !readInt(text, pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offset = hours{oh} + minutes{om};
        if (text[pos] == '-')
            offset = -offset;
        pos += 6;
    } else {
        return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    return Timestamp{*date} + hours{hh} + minutes{mm} + seconds{ss} + frac - offset;
}

std::string formatIso8601(Timestamp t)
{
    using namespace std::chrono;
    const auto day = floor<days>(t);
    const year_month_day ymd{day};
    const hh_mm_ss<milliseconds> tod{t - day};
    char buf[40];
    const auto ms = tod.subseconds().count();
    if (ms == 0)
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02lldZ", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                      static_cast<long>(tod.hours().count()), static_cast<long>(tod.minutes().count()),
                      static_cast<long long>(tod.seconds().count()));
    else
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02lld.%03lldZ", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                      static_cast<long>(tod.hours().count()), static_cast<long>(tod.minutes().count()),
                      static_cast<long long>(tod.seconds().count()), static_cast<long long>(ms));
    return buf;
}

} // namespace certdrill::core
