#include "storage/BankImport.h"

#include "core/bank/Diagnostic.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iterator>

namespace certdrill::storage {
namespace fs = std::filesystem;
namespace {

bool sameFolder(const fs::path& a, const fs::path& b)
{
    std::error_code ec;
    return fs::equivalent(a, b, ec) || a.lexically_normal() == b.lexically_normal();
}

/// A relative path that stays inside its folder.
bool confined(const fs::path& relative)
{
    if (relative.empty() || relative.is_absolute() || relative.has_root_name())
        return false;
    return std::none_of(relative.begin(), relative.end(), [](const fs::path& part) { return part == ".."; });
}

std::string bytes(const fs::path& path)
{
    std::ifstream in{path, std::ios::binary};
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

/// The exhibit images a bank names, relative to its folder.
std::vector<fs::path> imagesOf(const core::Bank& bank)
{
    std::vector<fs::path> out;
    const auto add = [&out](const std::optional<core::Exhibit>& exhibit) {
        if (exhibit && !exhibit->image.empty())
            out.emplace_back(exhibit->image);
    };
    for (const auto& q : bank.questions)
        add(q.exhibit);
    for (const auto& s : bank.scenarios)
        add(s.exhibit);
    return out;
}

} // namespace

bool isSafeBankFileName(std::string_view id)
{
    if (id.empty() || id.size() > 128 || id.front() == '.')
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.';
    });
}

BankImport::BankImport(fs::path userBanksDir, std::vector<fs::path> bankDirs)
    : m_userDir(std::move(userBanksDir))
    , m_bankDirs(std::move(bankDirs))
{
}

ImportCheck BankImport::check(const fs::path& file) const
{
    ImportCheck out;
    out.file = loadBankFile(file);
    if (!out.file.bank)
        return out;
    const auto& id = out.file.bank->id;
    if (!isSafeBankFileName(id)) {
        out.file.diagnostics.push_back({core::Severity::Error, "unsafe-id",
                                        "the bank id cannot be used as a file name (letters, digits, - _ . only)",
                                        "/id", 0, 0});
        out.file.bank.reset();
        return out;
    }
    out.target = m_userDir / (id + ".json");
    const auto scan = scanBankDirs(m_bankDirs);
    for (const auto* group : {&scan.banks, &scan.shadowed})
        for (const auto& b : *group) {
            if (!b.bank || b.bank->id != id)
                continue;
            if (sameFolder(b.path.parent_path(), m_userDir))
                out.replacesUserBank = true;
            else if (out.shadows.empty())
                out.shadows = b.path;
        }
    return out;
}

core::Result<fs::path> BankImport::install(const ImportCheck& check, bool allowShadowing) const
{
    if (!check.file.bank || core::countErrors(check.file.diagnostics) > 0 || check.target.empty())
        return core::fail("invalid-bank", check.file.path.string() + " has errors");
    if (!check.shadows.empty() && !allowShadowing)
        return core::fail("shadows", "the bank id " + check.file.bank->id + " is already used by " +
                                         check.shadows.string());
    if (!sameFolder(check.target.parent_path(), m_userDir) || !isSafeBankFileName(check.target.filename().string()))
        return core::fail("io", "refusing to write outside " + m_userDir.string());
    std::error_code ec;
    fs::create_directories(m_userDir, ec);
    const auto source = check.file.path.parent_path();
    for (const auto& image : imagesOf(*check.file.bank)) {
        if (!confined(image))
            return core::fail("io", "exhibit image outside the bank's folder: " + image.string());
        const auto to = m_userDir / image;
        if (fs::exists(to, ec)) {
            if (bytes(to) != bytes(source / image))
                return core::fail("io", "a different file already exists at " + to.string());
            continue;
        }
        fs::create_directories(to.parent_path(), ec);
        if (!fs::copy_file(source / image, to, ec))
            return core::fail("io", "cannot copy " + image.string() + ": " + ec.message());
    }
    const auto partial = fs::path{check.target.string() + ".part"};
    if (!sameFolder(check.file.path, check.target)) {
        fs::copy_file(check.file.path, partial, fs::copy_options::overwrite_existing, ec);
        if (!ec)
            fs::rename(partial, check.target, ec);
        if (ec) {
            fs::remove(partial, ec);
            return core::fail("io", "cannot write " + check.target.string() + ": " + ec.message());
        }
    }
    return check.target;
}

} // namespace certdrill::storage
