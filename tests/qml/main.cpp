// Qt Quick Test runner. Builds a QApplication (ChartView needs one) and an AppContext on test
// data before QML runs, so pages see the `App` singleton as in the real app.
#include "app/AppContext.h"
#include "app/BankCatalog.h"
#include "storage/DataLocations.h"

#include <QApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

namespace {

class Setup : public QObject {
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        if (!m_context) {
            certdrill::storage::DataLocations locations;
            locations.dataDir = m_data.path().toStdString();
            locations.stateDir = locations.dataDir / "state";
            locations.bankDirs = {std::filesystem::path{CERTDRILL_TEST_DATA_DIR} / "banks"};
            m_context = std::make_unique<certdrill::app::AppContext>(locations);
            certdrill::app::AppContext::setInstance(m_context.get());
            m_context->openData(QStringLiteral("Tester"));
            m_context->banks()->reload();
        }
    }

private:
    QTemporaryDir m_data;
    std::unique_ptr<certdrill::app::AppContext> m_context;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app{argc, argv};
    QQuickStyle::setStyle(QStringLiteral("Material"));
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "certdrill_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "main.moc"
