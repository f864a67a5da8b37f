#pragma once

#include "app/AppSettings.h"
#include "app/BankCatalog.h"
#include "app/ProfileListModel.h"
#include "storage/DataDirLock.h"
#include "storage/DataLocations.h"
#include "storage/Database.h"
#include "storage/SystemClock.h"

#include <memory>
#include <optional>

#include <QFuture>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace certdrill::app {

/// The application's root object, reachable from QML as the `App` singleton. main() (or a test)
/// builds it and sets it as the instance before QML asks for it.
class AppContext : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString dataDir READ dataDir CONSTANT)
    Q_PROPERTY(certdrill::app::BankCatalog* banks READ banks CONSTANT)
    Q_PROPERTY(certdrill::app::AppSettings* settings READ settings CONSTANT)
    Q_PROPERTY(certdrill::app::ProfileListModel* profiles READ profiles CONSTANT)
    Q_PROPERTY(QString profileName READ profileName NOTIFY profileChanged)
    Q_PROPERTY(QString startupError READ startupError NOTIFY startupErrorChanged)

public:
    explicit AppContext(storage::DataLocations locations, QObject* parent = nullptr);
    ~AppContext() override;

    [[nodiscard]] QString version() const;
    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] BankCatalog* banks() const { return m_banks; }
    [[nodiscard]] const storage::DataLocations& locations() const { return m_locations; }
    [[nodiscard]] AppSettings* settings() const { return m_settings; }
    [[nodiscard]] ProfileListModel* profiles() const { return m_profiles; }
    [[nodiscard]] QString profileName() const { return m_profileName; }
    /// Why the data could not be opened (another instance, a damaged or newer database), or empty.
    [[nodiscard]] QString startupError() const { return m_startupError; }

    /// Takes the data folder (one app per folder), opens the database, makes the daily backup and
    /// selects the default profile, creating it on first run. False with `startupError` set if not.
    bool openData(const QString& defaultProfile);

    /// Switches to an existing profile. Returns an error message, or an empty string.
    Q_INVOKABLE QString selectProfile(const QString& name);
    /// Creates a profile and switches to it. Returns an error message, or an empty string.
    Q_INVOKABLE QString createProfile(const QString& name);

    /// The instance QML gets; set once by main() or a test.
    static void setInstance(AppContext* context);
    static AppContext* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

signals:
    void profileChanged();
    void startupErrorChanged();

private:
    void fail(const QString& message);
    void refreshProfiles();

    storage::DataLocations m_locations;
    BankCatalog* m_banks;
    AppSettings* m_settings;
    ProfileListModel* m_profiles;
    storage::SystemClock m_clock;
    std::optional<storage::DataDirLock> m_lock;
    std::unique_ptr<storage::Database> m_database;
    QFuture<void> m_backup;
    QString m_profileName;
    QString m_startupError;
};

} // namespace certdrill::app
