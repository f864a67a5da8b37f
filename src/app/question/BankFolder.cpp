#include "app/question/BankFolder.h"

#include <algorithm>
#include <system_error>

namespace certdrill::app {
namespace {

std::vector<std::string> imagesOf(const core::Bank& bank)
{
    std::vector<std::string> images;
    const auto add = [&](const std::optional<core::Exhibit>& e) {
        if (e && !e->image.empty())
            images.push_back(e->image);
    };
    for (const auto& q : bank.questions)
        add(q.exhibit);
    for (const auto& s : bank.scenarios)
        add(s.exhibit);
    return images;
}

} // namespace

std::filesystem::path bankFolder(const core::Bank& bank, const std::vector<std::filesystem::path>& bankDirs)
{
    const auto images = imagesOf(bank);
    if (images.empty())
        return {};
    for (const auto& dir : bankDirs) {
        const bool all = std::all_of(images.begin(), images.end(), [&](const std::string& image) {
            std::error_code ec;
            return std::filesystem::is_regular_file(dir / image, ec);
        });
        if (all)
            return dir;
    }
    return {};
}

core::BankPtr findBank(const std::vector<core::BankPtr>& banks, std::string_view bankId)
{
    const auto it = std::find_if(banks.begin(), banks.end(), [&](const core::BankPtr& b) { return b->id == bankId; });
    return it == banks.end() ? nullptr : *it;
}

} // namespace certdrill::app
