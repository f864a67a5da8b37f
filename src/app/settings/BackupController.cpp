#include "app/settings/BackupController.h"

#include "app/AppContext.h"
#include "storage/Backups.h"
#include "storage/PendingRestore.h"
#include "storage/SystemClock.h"

#include <QCoreApplication>

namespace certdrill::app {
namespace {
QString localPath(const QString& file)
{
    const QUrl url{file};
    return url.isLocalFile() ? url.toLocalFile() : file;
}
} // namespace

BackupController::BackupController(QObject* parent)
    : QObject(parent)
    , m_query(this, {.deliver = [this](const QString& r) { finished(r); }, .busyChanged = [this] { emit busyChanged(); }})
{
}

BackupController::~BackupController() = default;

void BackupController::setContext(AppContext* context)
{
    if (m_context == context)
        return;
    m_context = context;
    emit contextChanged();
    emit restoreStagedChanged();
    refresh();
}

QString BackupController::backupsFolder() const
{
    return m_context ? QString::fromStdString((m_context->locations().dataDir / "backups").string()) : QString{};
}

bool BackupController::restoreStaged() const
{
    return m_context && storage::PendingRestore{m_context->locations().dataDir}.staged();
}

void BackupController::refresh()
{
    QStringList list;
    if (m_context) {
        const storage::Backups backups{m_context->locations().dataDir, m_context->clock()};
        for (const auto& file : backups.list())
            list.append(QString::fromStdString(file.string()));
    }
    if (list != m_backups) {
        m_backups = list;
        emit backupsChanged();
    }
}

void BackupController::backupNow()
{
    if (!m_context || m_query.busy())
        return;
    // Through a connection of its own, on a worker thread: the copy can take a while.
    m_query.start([locations = m_context->locations()]() -> QString {
        auto db = storage::Database::open(locations.databaseFile());
        if (!db)
            return tr("The backup failed: %1").arg(QString::fromStdString(db.error().message));
        storage::SystemClock clock;
        storage::Backups backups{locations.dataDir, clock};
        const auto made = backups.backup(**db);
        if (!made)
            return tr("The backup failed: %1").arg(QString::fromStdString(made.error().message));
        return tr("Backed up to %1").arg(QString::fromStdString(made->string()));
    });
}

void BackupController::finished(const QString& result)
{
    setMessage(result);
    refresh();
}

bool BackupController::stageRestore(const QString& file)
{
    if (!m_context)
        return false;
    storage::PendingRestore pending{m_context->locations().dataDir};
    const auto staged = pending.stage(localPath(file).toStdString());
    if (!staged) {
        setMessage(tr("Cannot restore: %1").arg(QString::fromStdString(staged.error().message)));
        return false;
    }
    setMessage(tr("The backup will replace your data when CertDrill restarts. Your current data is kept aside "
                  "(certdrill.db.before-restore-…) in %1.")
                   .arg(m_context->dataDir()));
    emit restoreStagedChanged();
    return true;
}

void BackupController::cancelRestore()
{
    if (!m_context)
        return;
    storage::PendingRestore{m_context->locations().dataDir}.cancel();
    setMessage(tr("The restore was cancelled; nothing changed."));
    emit restoreStagedChanged();
}

void BackupController::restartNow() { QCoreApplication::exit(kRestartExitCode); }

void BackupController::setMessage(const QString& message)
{
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}

} // namespace certdrill::app
