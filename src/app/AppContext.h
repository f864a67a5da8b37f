#pragma once

#include "app/AppSettings.h"
#include "app/BankCatalog.h"
#include "app/ProfileListModel.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/profile/Profile.h"
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

    /// The open database (null until openData() succeeded). For the app's controllers.
    [[nodiscard]] storage::Database* database() const { return m_database.get(); }
    /// The clock sessions and statistics read: the system's, or a test's (setClock).
    [[nodiscard]] const core::Clock& clock() const { return m_testClock ? *m_testClock : m_clock; }
    /// Replaces the clock (tests; null restores the system clock). Not owned.
    void setClock(const core::Clock* clock) { m_testClock = clock; }
    /// The selected profile, read fresh from the database (its settings may have changed).
    [[nodiscard]] core::Result<core::Profile> currentProfile() const;
    /// Says that answers were logged or settings changed, so views of the profile's progress
    /// refresh (emits studyChanged).
    Q_INVOKABLE void notifyStudyChanged() { emit studyChanged(); }

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
    /// Answers were logged or the profile's settings changed.
    void studyChanged();
    void startupErrorChanged();

private:
    void fail(const QString& message);
    void refreshProfiles();

    storage::DataLocations m_locations;
    BankCatalog* m_banks;
    AppSettings* m_settings;
    ProfileListModel* m_profiles;
    storage::SystemClock m_clock;
    const core::Clock* m_testClock = nullptr;
    std::optional<storage::DataDirLock> m_lock;
    std::unique_ptr<storage::Database> m_database;
    QFuture<void> m_backup;
    QString m_profileName;
    QString m_startupError;
};

} // namespace certdrill::app
