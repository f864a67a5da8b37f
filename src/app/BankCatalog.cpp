#include "app/BankCatalog.h"

#include "storage/BankLibrary.h"

#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcBanks, "certdrill.banks")

namespace certdrill::app {

BankCatalog::BankCatalog(std::vector<std::filesystem::path> dirs, QObject* parent)
    : QObject(parent)
    , m_dirs(std::move(dirs))
{
    connect(&m_watcher, &QFutureWatcher<ScanResult>::finished, this, &BankCatalog::finished);
}

void BankCatalog::reload()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run([dirs = m_dirs] {
        ScanResult result;
        auto scan = storage::scanBankDirs(dirs);
        for (auto& file : scan.banks)
            result.banks.push_back(std::move(file.bank));
        for (const auto& file : scan.rejected)
            result.problems.append(QStringLiteral("%1: %2 error(s)")
                                       .arg(QString::fromStdString(file.path.string()))
                                       .arg(core::countErrors(file.diagnostics)));
        return result;
    }));
}

void BankCatalog::finished()
{
    auto result = m_watcher.result();
    m_banks = std::move(result.banks);
    m_problems = std::move(result.problems);
    for (const auto& problem : std::as_const(m_problems))
        qCWarning(lcBanks) << "skipped bank" << problem;
    qCInfo(lcBanks) << "loaded" << m_banks.size() << "bank(s)";
    emit banksChanged();
    setBusy(false);
    if (m_again) {
        m_again = false;
        reload();
    }
}

void BankCatalog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

} // namespace certdrill::app
