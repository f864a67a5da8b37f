// Qt Quick Test runner. Builds a QApplication (ChartView needs one) and an AppContext on test
// data before QML runs, so pages see the `App` singleton as in the real app.
#include "app/AppContext.h"
#include "app/BankCatalog.h"
#include "app/Translations.h"
#include "core/profile/ProfileScheduler.h"
#include "storage/DataLocations.h"
#include "storage/SqliteMemoryStateStore.h"
#include "storage/SqliteProblemReportStore.h"
#include "storage/SqliteReviewLog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QQmlEngine>
#include <QtQml/qqml.h>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

namespace {

/// A clock QML tests can stop and move (TestClock singleton, standing at yesterday noon): install() makes it the App's clock
/// for sessions started afterwards, uninstall() restores the system clock.
class TestClock : public QObject {
    Q_OBJECT

public:
    explicit TestClock(certdrill::app::AppContext& context) : m_context(context) {}
    Q_INVOKABLE void install() { m_context.setClock(&m_clock); }
    Q_INVOKABLE void uninstall() { m_context.setClock(nullptr); }
    Q_INVOKABLE void advanceSeconds(double seconds)
    {
        m_clock.advance(std::chrono::milliseconds{static_cast<std::int64_t>(seconds * 1000)});
    }

private:
    certdrill::app::AppContext& m_context;
    // Yesterday at noon: what tests write on this clock stays older than what others write on the
    // real one, and answers a few minutes back stay on the same study day (it begins at 4 am).
    certdrill::core::FixedClock m_clock{certdrill::core::Timestamp{std::chrono::milliseconds{
        QDateTime{QDate::currentDate().addDays(-1), QTime{12, 0}}.toMSecsSinceEpoch()}}};
};

/// Logs answers for the current profile straight through storage (TestStudy singleton), as a
/// finished session would, and says the study changed.
class TestStudy : public QObject {
    Q_OBJECT

public:
    explicit TestStudy(certdrill::app::AppContext& context) : m_context(context) {}
    /// An answer `minutesAgo` minutes before the App's clock; memory states are rebuilt.
    Q_INVOKABLE bool answer(const QString& bankId, const QString& questionId, bool correct, int minutesAgo)
    {
        using namespace certdrill;
        const auto profile = m_context.currentProfile();
        if (!profile || !m_context.database())
            return false;
        core::Review review;
        review.profileId = profile->id;
        review.bankId = bankId.toStdString();
        review.questionId = questionId.toStdString();
        review.at = m_context.clock().now() - std::chrono::minutes{minutesAgo};
        review.response = "\"a\"";
        review.correct = correct;
        review.rating = correct ? 3 : 1;
        storage::SqliteReviewLog log{*m_context.database()};
        if (!log.append(review))
            return false;
        storage::SqliteMemoryStateStore memories{*m_context.database()};
        const auto scheduler = core::schedulerFor(*profile);
        if (!scheduler || !memories.rebuild(profile->id, *scheduler))
            return false;
        m_context.notifyStudyChanged();
        return true;
    }

    /// Stores a problem report on a question of a loaded bank, as the report dialog does.
    Q_INVOKABLE bool report(const QString& bankId, const QString& questionId, const QString& note)
    {
        using namespace certdrill;
        const auto profile = m_context.currentProfile();
        if (!profile || !m_context.database())
            return false;
        core::ProblemReport r;
        r.bankId = bankId.toStdString();
        r.questionId = questionId.toStdString();
        r.contentHash = 0x0123456789abcdefULL;
        r.note = note.toStdString();
        storage::SqliteProblemReportStore store{*m_context.database(), m_context.clock()};
        if (!store.add(profile->id, r))
            return false;
        m_context.notifyStudyChanged();
        return true;
    }

    /// Attaches a QAbstractItemModelTester to a list model for the rest of the run: it checks the
    /// model now and after every change it signals, failing the running test on a broken contract.
    Q_INVOKABLE bool watchModel(QObject* model)
    {
        auto* itemModel = qobject_cast<QAbstractItemModel*>(model);
        if (!itemModel)
            return false;
        new QAbstractItemModelTester(itemModel, QAbstractItemModelTester::FailureReportingMode::QtTest, itemModel);
        return true;
    }

private:
    certdrill::app::AppContext& m_context;
};

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
            locations.configDir = locations.dataDir / "config";
            locations.bankDirs = {std::filesystem::path{CERTDRILL_TEST_DATA_DIR} / "banks"};
            m_context = std::make_unique<certdrill::app::AppContext>(locations);
            certdrill::app::AppContext::setInstance(m_context.get());
            m_context->openData(QStringLiteral("Tester"));
            m_context->banks()->reload();
            m_clock = std::make_unique<TestClock>(*m_context);
            // A test-only hook, so registered by hand: the runner has no QML module of its own.
            qmlRegisterSingletonInstance("CertDrill.Test", 1, 0, "TestClock", m_clock.get());
            m_study = std::make_unique<TestStudy>(*m_context);
            qmlRegisterSingletonInstance("CertDrill.Test", 1, 0, "TestStudy", m_study.get());
        }
    }

private:
    QTemporaryDir m_data;
    std::unique_ptr<certdrill::app::AppContext> m_context;
    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<TestStudy> m_study;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app{argc, argv};
    certdrill::app::installTranslations(app); // the English plural forms, as in the app
    QQuickStyle::setStyle(QStringLiteral("Material"));
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "certdrill_qml", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "main.moc"
