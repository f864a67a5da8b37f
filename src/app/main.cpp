// certdrill-app: the desktop app. Parses options, wires storage to the QML adapters, loads Main.qml.
#include "app/AppContext.h"
#include "app/BankCatalog.h"
#include "app/QtLogBridge.h"
#include "app/StartupProbe.h"
#include "app/Translations.h"
#include "app/WindowCapture.h"
#include "app/settings/BackupController.h"
#include "storage/DataLocations.h"
#include "storage/Logging.h"
#include "storage/PendingRestore.h"
#include "storage/SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSize>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

struct Options {
    std::optional<std::filesystem::path> dataDir;
    QString screenshot;
    QString page;  ///< open this page first (see openPage in Main.qml)
    QString theme; ///< system, light or dark, saved as the setting
    QSize size;    ///< the window's size when given (screenshots of small and large windows)
    bool measureStartup = false;
};

/// `--help` and `--version` must work without a display, so they are answered by a
/// QCoreApplication; everything else needs the GUI application.
bool asksForInformationOnly(int argc, char** argv)
{
    return std::any_of(argv + 1, argv + argc, [](const char* a) {
        const std::string_view arg{a};
        return arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version";
    });
}

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "CertDrill: practise for IT certification exams."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir{"data-dir", QCoreApplication::translate("main", "Keep the database and user data in <dir>."), "dir"};
    const QCommandLineOption screenshot{"screenshot", QCoreApplication::translate("main", "Save the window to <png> once loaded, then quit."), "png"};
    const QCommandLineOption page{"page", QCoreApplication::translate("main", "Open <page> first: dashboard, welcome, settings, profiles, progress[:ID], bank:ID or help (see openPage in Main.qml)."), "page"};
    const QCommandLineOption theme{"theme", QCoreApplication::translate("main", "Use the <theme>: system, light or dark."), "theme"};
    const QCommandLineOption size{"size", QCoreApplication::translate("main", "Open the window at <width>x<height> pixels."), "size"};
    parser.addOption(size);
    parser.addOption(dataDir);
    parser.addOption(screenshot);
    const QCommandLineOption measure{"measure-startup", QCoreApplication::translate("main", "Print the start-up time and memory as JSON once the banks show, then quit.")};
    parser.addOption(page);
    parser.addOption(theme);
    parser.addOption(measure);
    parser.process(app);
    Options options;
    if (parser.isSet(dataDir))
        options.dataDir = std::filesystem::path{parser.value(dataDir).toStdString()};
    options.screenshot = parser.value(screenshot);
    options.page = parser.value(page);
    options.theme = parser.value(theme);
    if (const auto wh = parser.value(size).split(QLatin1Char('x')); wh.size() == 2)
        options.size = QSize{wh[0].toInt(), wh[1].toInt()};
    options.measureStartup = parser.isSet(measure);
    return options;
}

/// Puts a backup staged from the settings page in place before the database is opened. Returns a
/// message for the window: what was restored, or why not (the data is then as it was).
QString applyStagedRestore(const certdrill::storage::DataLocations& locations)
{
    certdrill::storage::SystemClock clock;
    certdrill::storage::PendingRestore pending{locations.dataDir};
    const auto applied = pending.applyIfStaged(clock);
    if (!applied) {
        spdlog::error("the staged restore failed: {}", applied.error().message);
        return QCoreApplication::translate("main", "The backup could not be restored, your data is as it was: %1")
            .arg(QString::fromStdString(applied.error().message));
    }
    if (!applied->has_value())
        return {};
    const auto& aside = **applied;
    spdlog::info("restored a backup; the previous database is {}", aside.empty() ? "none" : aside.string());
    if (aside.empty())
        return QCoreApplication::translate("main", "The backup was restored.");
    return QCoreApplication::translate("main", "The backup was restored. Your previous data is kept as %1.")
        .arg(QString::fromStdString(aside.string()));
}

} // namespace

int main(int argc, char** argv)
{
    using namespace certdrill;
    QCoreApplication::setApplicationName(QStringLiteral("certdrill"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CERTDRILL_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CertDrill"));

    if (asksForInformationOnly(argc, argv)) {
        QCoreApplication info{argc, argv};
        parseOptions(info); // prints and exits
        return 0;
    }
    // ChartView needs a QApplication, not only a QGuiApplication.
    QApplication app{argc, argv};
    app::installTranslations(app);
    const Options options = parseOptions(app);

    const auto locations = storage::resolveDataLocations(options.dataDir, storage::currentExecutable());
    storage::setupLogging(locations.stateDir, storage::LogEcho::None);
    app::installQtLogBridge();
    spdlog::info("certdrill-app {} starting; data in {}", CERTDRILL_VERSION, locations.dataDir.string());
    const QString restored = applyStagedRestore(locations);

    int rc = 0;
    {
        app::AppContext context{locations};
        app::AppContext::setInstance(&context);
        context.openData(QStringLiteral("Default")); // on failure the window explains why
        if (!options.theme.isEmpty())
            context.settings()->setTheme(options.theme);
        context.banks()->reload();

        QQuickStyle::setStyle(QStringLiteral("Material"));
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl{QStringLiteral("qrc:/qt/qml/CertDrill/Main.qml")});
        if (engine.rootObjects().isEmpty()) {
            spdlog::critical("the user interface failed to load");
            return 1;
        }
        QObject* window = engine.rootObjects().constFirst();
        if (options.size.isValid()) {
            window->setProperty("width", options.size.width());
            window->setProperty("height", options.size.height());
        }
        if (!restored.isEmpty())
            window->setProperty("notice", restored);
        if (!options.page.isEmpty())
            QMetaObject::invokeMethod(window, "openPage", Q_ARG(QVariant, options.page));
        // Ask for keyboard focus: the shortcuts (Enter, F, Ctrl+R) work only in the active window,
        // and without a window manager (a kiosk, Xvfb) nothing else would activate it.
        if (auto* quickWindow = qobject_cast<QQuickWindow*>(window))
            quickWindow->requestActivate();
        std::unique_ptr<app::StartupProbe> probe;
        if (options.measureStartup) {
            const auto* banks = context.banks();
            probe = std::make_unique<app::StartupProbe>(
                qobject_cast<QQuickWindow*>(window), [banks] { return !banks->busy() && banks->count() > 0; },
                [banks] {
                    qint64 n = 0;
                    for (const auto& b : banks->banks())
                        n += static_cast<qint64>(b->questions.size());
                    return n;
                });
        }
        std::unique_ptr<app::WindowCapture> capture;
        if (!options.screenshot.isEmpty()) {
            capture = std::make_unique<app::WindowCapture>(qobject_cast<QQuickWindow*>(window), options.screenshot);
            capture->start([window] { return !window->property("loading").toBool(); });
        }
        rc = QApplication::exec();
    } // the window, the database and the data folder's lock are released here
    if (rc == app::BackupController::kRestartExitCode) {
        // A restore was staged: start again, which puts the backup in place before opening it.
        QStringList arguments = QCoreApplication::arguments().mid(1);
        QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
        return 0;
    }
    return rc;
}
