#include "app/BankCatalog.h"

#include "storage/BankLibrary.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBanks, "certdrill.banks")

namespace certdrill::app {

BankCatalog::BankCatalog(std::vector<std::filesystem::path> dirs, QObject* parent)
    : QObject(parent)
    , m_dirs(std::move(dirs))
    , m_scan(this, {.deliver = [this](ScanResult r) { loaded(std::move(r)); },
                    .busyChanged = [this] { emit busyChanged(); },
                    .again = [this] { reload(); }})
{
}

void BankCatalog::reload()
{
    if (m_scan.defer())
        return;
    m_scan.start([dirs = m_dirs] {
        ScanResult result;
        auto scan = storage::scanBankDirs(dirs);
        for (auto& file : scan.banks)
            result.banks.push_back(std::move(file.bank));
        for (const auto& file : scan.rejected)
            result.problems.append(QStringLiteral("%1: %2 error(s)")
                                       .arg(QString::fromStdString(file.path.string()))
                                       .arg(core::countErrors(file.diagnostics)));
        return result;
    });
}

void BankCatalog::loaded(ScanResult result)
{
    m_banks = std::move(result.banks);
    m_problems = std::move(result.problems);
    for (const auto& problem : std::as_const(m_problems))
        qCWarning(lcBanks) << "skipped bank" << problem;
    qCInfo(lcBanks) << "loaded" << m_banks.size() << "bank(s)";
    emit banksChanged();
}

} // namespace certdrill::app
