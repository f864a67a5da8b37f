#include "core/profile/Profile.h"

#include <algorithm>

namespace certdrill::core {

bool isValidProfileName(std::string_view name)
{
    if (name.empty() || name.size() > 64)
        return false;
    if (std::all_of(name.begin(), name.end(), [](char c) { return c == ' '; }))
        return false;
    return std::none_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

} // namespace certdrill::core
