#pragma once

#include "app/BackgroundQuery.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace certdrill::app {

class AppContext;

/// Backups from the app: make one now (off the GUI thread), list them, and restore one. A restore
/// cannot replace the database the app has open, so it is staged (storage::PendingRestore) and
/// done when the app restarts: `restartNow()` quits with kRestartExitCode and main() puts the
/// backup in place, keeping the replaced database aside, then starts the app again.
class BackupController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(certdrill::app::AppContext* context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QStringList backups READ backups NOTIFY backupsChanged)
    Q_PROPERTY(QString backupsFolder READ backupsFolder NOTIFY contextChanged)
    Q_PROPERTY(bool restoreStaged READ restoreStaged NOTIFY restoreStagedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    static constexpr int kRestartExitCode = 75;

    explicit BackupController(QObject* parent = nullptr);
    ~BackupController() override;

    [[nodiscard]] AppContext* context() const { return m_context; }
    void setContext(AppContext* context);
    [[nodiscard]] bool busy() const { return m_query.busy(); }
    [[nodiscard]] QStringList backups() const { return m_backups; }
    [[nodiscard]] QString backupsFolder() const;
    [[nodiscard]] bool restoreStaged() const;
    [[nodiscard]] QString message() const { return m_message; }

    /// Makes a backup now, in the background; `message` says where it went.
    Q_INVOKABLE void backupNow();
    /// Reads the list of backups again.
    Q_INVOKABLE void refresh();
    /// Stages `file` (a path or file: URL) to replace the database at the next start.
    Q_INVOKABLE bool stageRestore(const QString& file);
    Q_INVOKABLE void cancelRestore();
    /// Quits so that main() restores the staged backup and starts the app again.
    Q_INVOKABLE void restartNow();

signals:
    void contextChanged();
    void busyChanged();
    void backupsChanged();
    void restoreStagedChanged();
    void messageChanged();

private:
    void setMessage(const QString& message);
    void finished(const QString& result);

    QPointer<AppContext> m_context;
    QStringList m_backups;
    QString m_message;
    BackgroundQuery<QString> m_query;
};

} // namespace certdrill::app
