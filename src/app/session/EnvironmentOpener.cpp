#include "app/session/EnvironmentOpener.h"

#include "app/AppContext.h"
#include "app/question/BankFolder.h"

namespace certdrill::app {

core::Result<core::BankPtr> installedBank(const AppContext& app, const QString& bankId)
{
    const auto id = bankId.toStdString();
    if (auto bank = findBank(app.banks()->banks(), id))
        return bank;
    return core::fail("no-such-bank", "no installed bank has the id " + id);
}

core::Result<core::BankPtr> installedBank(const QString& bankId)
{
    return installedBank(*AppContext::create(nullptr, nullptr), bankId);
}

std::filesystem::path installedBankFolder(const core::Bank& bank)
{
    return bankFolder(bank, AppContext::create(nullptr, nullptr)->locations().bankDirs);
}

core::Result<std::unique_ptr<storage::SessionEnvironment>> openEnvironment(AppContext& app, const QString& bankId)
{
    if (!app.database())
        return core::fail("no-data", app.startupError().toStdString());
    auto bank = installedBank(app, bankId);
    if (!bank)
        return tl::unexpected{bank.error()};
    auto profile = app.currentProfile();
    if (!profile)
        return tl::unexpected{profile.error()};
    return storage::SessionEnvironment::open(*app.database(), std::move(*profile), std::move(*bank), app.clock());
}

core::Result<std::unique_ptr<storage::SessionEnvironment>> openEnvironment(const QString& bankId)
{
    return openEnvironment(*AppContext::create(nullptr, nullptr), bankId);
}

} // namespace certdrill::app
