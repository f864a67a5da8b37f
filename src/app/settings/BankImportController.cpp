#include "app/settings/BankImportController.h"

#include "app/AppContext.h"
#include "core/bank/Diagnostic.h"

#include <QUrl>

namespace certdrill::app {

BankImportController::BankImportController(QObject* parent)
    : QObject(parent)
    , m_query(this, {.deliver = [this](storage::ImportCheck r) { finished(std::move(r)); }, .busyChanged = [this] { emit busyChanged(); }})
{
}

BankImportController::~BankImportController() = default;

void BankImportController::setContext(AppContext* context)
{
    if (m_context == context)
        return;
    m_context = context;
    emit contextChanged();
}

std::optional<storage::BankImport> BankImportController::importer() const
{
    if (!m_context)
        return std::nullopt;
    const auto& locations = m_context->locations();
    auto dirs = locations.bankDirs;
    return storage::BankImport{locations.userBanksDir(), std::move(dirs)};
}

bool BankImportController::valid() const
{
    return m_check && m_check->file.bank && core::countErrors(m_check->file.diagnostics) == 0;
}

QString BankImportController::fileName() const
{
    return m_check ? QString::fromStdString(m_check->file.path.string()) : QString{};
}

QString BankImportController::bankId() const
{
    return m_check && m_check->file.bank ? QString::fromStdString(m_check->file.bank->id) : QString{};
}

QString BankImportController::bankTitle() const
{
    return m_check && m_check->file.bank ? QString::fromStdString(m_check->file.bank->title) : QString{};
}

QString BankImportController::shadows() const
{
    return m_check ? QString::fromStdString(m_check->shadows.string()) : QString{};
}

void BankImportController::check(const QString& file)
{
    auto import = importer();
    if (!import || m_query.busy())
        return;
    const QUrl url{file};
    const auto path = (url.isLocalFile() ? url.toLocalFile() : file).toStdString();
    setMessage({});
    m_query.start([import = std::move(*import), path] { return import.check(path); });
}

void BankImportController::finished(storage::ImportCheck result)
{
    m_check = std::move(result);
    m_diagnostics.clear();
    const auto file = QString::fromStdString(m_check->file.path.filename().string());
    for (const auto& d : m_check->file.diagnostics)
        m_diagnostics.append(QVariantMap{
            {QStringLiteral("severity"),
             d.severity == core::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("location"), QStringLiteral("%1:%2:%3").arg(file).arg(d.line).arg(d.column)},
            {QStringLiteral("line"), static_cast<int>(d.line)},
            {QStringLiteral("column"), static_cast<int>(d.column)},
            {QStringLiteral("field"), QString::fromStdString(d.pointer)},
            {QStringLiteral("code"), QString::fromStdString(d.code)},
            {QStringLiteral("message"), QString::fromStdString(d.message)}});
    if (!valid())
        setMessage(tr("%n problem(s) found: the bank was not imported.", nullptr,
                      static_cast<int>(core::countErrors(m_check->file.diagnostics))));
    emit checkedChanged();
}

bool BankImportController::install(bool allowShadowing)
{
    const auto import = importer();
    if (!import || !m_check)
        return false;
    const auto written = import->install(*m_check, allowShadowing);
    if (!written) {
        setMessage(written.error().code == "shadows"
                       ? tr("A bundled bank already has the id %1. Import anyway to use this file instead of it.")
                             .arg(bankId())
                       : tr("Not imported: %1").arg(QString::fromStdString(written.error().message)));
        return false;
    }
    setMessage(tr("Imported %1 into %2.").arg(bankTitle(), QString::fromStdString(written->string())));
    const auto id = bankId();
    m_context->banks()->reload();
    emit installed(id);
    return true;
}

void BankImportController::clear()
{
    m_check.reset();
    m_diagnostics.clear();
    setMessage({});
    emit checkedChanged();
}

void BankImportController::setMessage(const QString& message)
{
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}

} // namespace certdrill::app
