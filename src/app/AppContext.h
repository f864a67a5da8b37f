#pragma once

#include "app/BankCatalog.h"
#include "storage/DataLocations.h"

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

public:
    explicit AppContext(storage::DataLocations locations, QObject* parent = nullptr);
    ~AppContext() override;

    [[nodiscard]] QString version() const;
    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] BankCatalog* banks() const { return m_banks; }
    [[nodiscard]] const storage::DataLocations& locations() const { return m_locations; }

    /// The instance QML gets; set once by main() or a test.
    static void setInstance(AppContext* context);
    static AppContext* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

private:
    storage::DataLocations m_locations;
    BankCatalog* m_banks;
};

} // namespace certdrill::app
