#pragma once

#include "core/bank/Bank.h"
#include "core/common/Error.h"
#include "storage/SessionEnvironment.h"

#include <QString>

#include <filesystem>
#include <memory>

namespace certdrill::app {

class AppContext;

/// The installed bank with this id, from the App's catalog. Error `no-such-bank`.
[[nodiscard]] core::Result<core::BankPtr> installedBank(const AppContext& app, const QString& bankId);
/// The same from the App singleton's catalog.
[[nodiscard]] core::Result<core::BankPtr> installedBank(const QString& bankId);

/// The folder the App's catalog read the bank from (exhibit images are relative to it), by
/// BankFolder's rules; empty when the bank has no images or they were not found.
[[nodiscard]] std::filesystem::path installedBankFolder(const core::Bank& bank);

/// The current profile's session environment in an installed bank (the app's database and clock).
/// Errors `no-data` (the data folder could not be opened), `no-such-bank`, the profile's.
[[nodiscard]] core::Result<std::unique_ptr<storage::SessionEnvironment>> openEnvironment(AppContext& app,
                                                                                         const QString& bankId);
/// The same in the App singleton.
[[nodiscard]] core::Result<std::unique_ptr<storage::SessionEnvironment>> openEnvironment(const QString& bankId);

} // namespace certdrill::app
