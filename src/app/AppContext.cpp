#include "app/AppContext.h"

#include "app/BankCatalog.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace certdrill::app {
namespace {
AppContext* s_instance = nullptr;
}

AppContext::AppContext(storage::DataLocations locations, QObject* parent)
    : QObject(parent)
    , m_locations(std::move(locations))
    , m_banks(new BankCatalog(m_locations.bankDirs, this))
{
}

AppContext::~AppContext()
{
    if (s_instance == this)
        s_instance = nullptr;
}

QString AppContext::version() const { return QStringLiteral(CERTDRILL_APP_VERSION); }

QString AppContext::dataDir() const { return QString::fromStdString(m_locations.dataDir.string()); }

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
