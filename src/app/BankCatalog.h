#pragma once

#include "app/BackgroundQuery.h"
#include "core/bank/Bank.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <filesystem>
#include <vector>

namespace certdrill::app {

/// The installed banks, loaded off the GUI thread. Lists observe `banksChanged` (busy() is already
/// false when it is emitted for a finished scan).
class BankCatalog : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.banks")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int count READ count NOTIFY banksChanged)
    Q_PROPERTY(QStringList problems READ problems NOTIFY banksChanged)

public:
    explicit BankCatalog(std::vector<std::filesystem::path> dirs, QObject* parent = nullptr);

    [[nodiscard]] bool busy() const { return m_scan.busy(); }
    [[nodiscard]] int count() const { return static_cast<int>(m_banks.size()); }
    /// One line per bank file that could not be loaded: `FILE: N error(s)`.
    [[nodiscard]] QStringList problems() const { return m_problems; }
    [[nodiscard]] const std::vector<core::BankPtr>& banks() const { return m_banks; }
    /// The folders searched, in order.
    [[nodiscard]] const std::vector<std::filesystem::path>& dirs() const { return m_dirs; }

    /// Scans the bank folders again in the background (once more after a scan under way).
    Q_INVOKABLE void reload();

signals:
    void busyChanged();
    void banksChanged();

private:
    struct ScanResult {
        std::vector<core::BankPtr> banks;
        QStringList problems;
    };
    void loaded(ScanResult result);

    std::vector<std::filesystem::path> m_dirs;
    std::vector<core::BankPtr> m_banks;
    QStringList m_problems;
    BackgroundQuery<ScanResult> m_scan;
};

} // namespace certdrill::app
