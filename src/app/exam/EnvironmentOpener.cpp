#include "app/exam/EnvironmentOpener.h"

#include "app/AppContext.h"
#include "app/question/BankFolder.h"

namespace certdrill::app {

core::Result<core::BankPtr> installedBank(const QString& bankId)
{
    const auto id = bankId.toStdString();
    if (auto bank = findBank(AppContext::create(nullptr, nullptr)->banks()->banks(), id))
        return bank;
    return core::fail("no-such-bank", "no installed bank has the id " + id);
}

std::filesystem::path installedBankFolder(const core::Bank& bank)
{
    return bankFolder(bank, AppContext::create(nullptr, nullptr)->locations().bankDirs);
}

core::Result<std::unique_ptr<storage::SessionEnvironment>> openEnvironment(const QString& bankId)
{
    auto* app = AppContext::create(nullptr, nullptr);
    if (!app->database())
        return core::fail("no-data", app->startupError().toStdString());
    auto bank = installedBank(bankId);
    if (!bank)
        return tl::unexpected{bank.error()};
    auto profile = app->currentProfile();
    if (!profile)
        return tl::unexpected{profile.error()};
    return storage::SessionEnvironment::open(*app->database(), std::move(*profile), std::move(*bank), app->clock());
}

} // namespace certdrill::app
