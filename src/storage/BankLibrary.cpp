#include "storage/BankLibrary.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <system_error>

namespace certdrill::storage {
namespace fs = std::filesystem;
namespace {

core::Diagnostic fileError(std::string code, std::string message)
{
    return {core::Severity::Error, std::move(code), std::move(message), "", 1, 1};
}

core::AssetStatus probeAsset(const fs::path& folder, std::string_view relative)
{
    std::error_code ec;
    const fs::path candidate = folder / fs::path{std::string{relative}};
    if (!fs::exists(candidate, ec))
        return core::AssetStatus::Missing;
    const auto real = fs::canonical(candidate, ec);
    const auto root = fs::canonical(folder, ec);
    if (ec)
        return core::AssetStatus::Missing;
    const auto rel = real.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..")
        return core::AssetStatus::OutsideFolder;
    return fs::is_regular_file(real, ec) ? core::AssetStatus::Present : core::AssetStatus::Missing;
}

} // namespace

BankFile loadBankFile(const fs::path& path, const core::BankLimits& limits)
{
    BankFile out{path, nullptr, {}};
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        out.diagnostics.push_back(fileError("io", fs::exists(path, ec) ? "not a regular file" : "no such file"));
        return out;
    }
    const auto size = fs::file_size(path, ec);
    if (ec) {
        out.diagnostics.push_back(fileError("io", "cannot read the file: " + ec.message()));
        return out;
    }
    if (size > limits.maxBytes) {
        out.diagnostics.push_back(fileError("file-too-large", "the file is " + std::to_string(size)
                                                                  + " bytes; the limit is "
                                                                  + std::to_string(limits.maxBytes)));
        return out;
    }
    std::ifstream in{path, std::ios::binary};
    std::string text;
    text.resize(static_cast<std::size_t>(size));
    if (!in || !in.read(text.data(), static_cast<std::streamsize>(size))) {
        out.diagnostics.push_back(fileError("io", "cannot read the file"));
        return out;
    }
    const fs::path folder = path.parent_path().empty() ? fs::path{"."} : path.parent_path();
    core::BankParseOptions options;
    options.limits = limits;
    options.assets = [folder](std::string_view relative) { return probeAsset(folder, relative); };
    auto result = core::parseBank(text, options);
    out.bank = std::move(result.bank);
    out.diagnostics = std::move(result.diagnostics);
    return out;
}

BankScan scanBankDirs(const std::vector<fs::path>& dirs)
{
    BankScan scan;
    std::set<std::string> ids;
    for (const auto& dir : dirs) {
        std::error_code ec;
        if (!fs::is_directory(dir, ec))
            continue;
        std::vector<fs::path> files;
        for (fs::directory_iterator it{dir, ec}, end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".json" && it->is_regular_file(ec))
                files.push_back(it->path());
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            auto loaded = loadBankFile(file);
            if (!loaded.bank)
                scan.rejected.push_back(std::move(loaded));
            else if (!ids.insert(loaded.bank->id).second)
                scan.shadowed.push_back(std::move(loaded));
            else
                scan.banks.push_back(std::move(loaded));
        }
    }
    return scan;
}

} // namespace certdrill::storage
