#include "app/AppContext.h"

#include "app/BankCatalog.h"

#include "storage/Backups.h"
#include "storage/SqliteProfileRepository.h"
#include "storage/SqliteReviewLog.h"

#include <QJSEngine>
#include <QtConcurrent/QtConcurrentRun>
#include <QLoggingCategory>
#include <QQmlEngine>

Q_LOGGING_CATEGORY(lcStorage, "certdrill.storage")

namespace certdrill::app {
namespace {
AppContext* s_instance = nullptr;
}

AppContext::AppContext(storage::DataLocations locations, QObject* parent)
    : QObject(parent)
    , m_locations(std::move(locations))
    , m_banks(new BankCatalog(m_locations.bankDirs, this))
    , m_settings(new AppSettings(m_locations, this))
    , m_profiles(new ProfileListModel(this))
{
}

AppContext::~AppContext()
{
    m_backup.waitForFinished(); // it reads the database this object is about to close
    if (s_instance == this)
        s_instance = nullptr;
}

QString AppContext::version() const { return QStringLiteral(CERTDRILL_APP_VERSION); }

QString AppContext::dataDir() const { return QString::fromStdString(m_locations.dataDir.string()); }

void AppContext::fail(const QString& message)
{
    qCCritical(lcStorage) << message;
    m_startupError = message;
    emit startupErrorChanged();
}

bool AppContext::openData(const QString& defaultProfile)
{
    auto lock = storage::DataDirLock::acquire(m_locations.dataDir);
    if (!lock) {
        fail(lock.error().code == "in-use"
                 ? tr("CertDrill is already open with this data folder (%1). Use that window, or close it first.")
                       .arg(dataDir())
                 : QString::fromStdString(lock.error().message));
        return false;
    }
    m_lock.emplace(std::move(*lock));
    auto db = storage::Database::open(m_locations.databaseFile());
    if (!db) {
        fail(QString::fromStdString(db.error().message));
        return false;
    }
    m_database = std::move(*db);
    // The daily backup copies the whole database: on a worker thread, through its own connection,
    // so the window does not wait for it.
    m_backup = QtConcurrent::run([dataDir = m_locations.dataDir, file = m_locations.databaseFile()] {
        storage::SystemClock clock;
        storage::Backups backups{dataDir, clock};
        if (auto made = backups.backupIfDue(file); !made)
            qCWarning(lcStorage) << "automatic backup failed:" << QString::fromStdString(made.error().message);
    });
    storage::SqliteProfileRepository profiles{*m_database, clock()};
    auto profile = profiles.findOrCreate(defaultProfile.toStdString());
    if (!profile) {
        fail(QString::fromStdString(profile.error().message));
        return false;
    }
    m_profileName = QString::fromStdString(profile->name);
    emit profileChanged();
    refreshProfiles();
    qCInfo(lcStorage) << "opened" << QString::fromStdString(m_locations.databaseFile().string()) << "as profile"
                      << m_profileName;
    return true;
}

void AppContext::refreshProfiles()
{
    if (!m_database)
        return;
    storage::SqliteProfileRepository repository{*m_database, clock()};
    storage::SqliteReviewLog log{*m_database};
    std::vector<ProfileListModel::Entry> entries;
    if (const auto all = repository.list())
        for (const auto& p : *all)
            entries.push_back({QString::fromStdString(p.name), log.count(p.id).value_or(0)});
    m_profiles->setEntries(std::move(entries));
}

QString AppContext::selectProfile(const QString& name)
{
    if (!m_database)
        return m_startupError;
    storage::SqliteProfileRepository repository{*m_database, clock()};
    const auto profile = repository.find(name.toStdString());
    if (!profile)
        return QString::fromStdString(profile.error().message);
    if (m_profileName != QString::fromStdString(profile->name)) {
        m_profileName = QString::fromStdString(profile->name);
        emit profileChanged();
    }
    return {};
}

QString AppContext::createProfile(const QString& name)
{
    if (!m_database)
        return m_startupError;
    storage::SqliteProfileRepository repository{*m_database, clock()};
    const auto made = repository.create(name.trimmed().toStdString());
    if (!made)
        return QString::fromStdString(made.error().message);
    refreshProfiles();
    return selectProfile(QString::fromStdString(made->name));
}

core::Result<core::Profile> AppContext::currentProfile() const
{
    if (!m_database)
        return core::fail("no-data", m_startupError.toStdString());
    storage::SqliteProfileRepository repository{*m_database, clock()};
    return repository.find(m_profileName.toStdString());
}

void AppContext::setInstance(AppContext* context) { s_instance = context; }

AppContext* AppContext::create(QQmlEngine* qmlEngine, QJSEngine* jsEngine)
{
    Q_UNUSED(qmlEngine)
    Q_ASSERT(s_instance);
    // The engine must not delete an object main() owns.
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    Q_UNUSED(jsEngine)
    return s_instance;
}

} // namespace certdrill::app
