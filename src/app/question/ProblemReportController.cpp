#include "app/question/ProblemReportController.h"

#include "app/AppContext.h"
#include "storage/SqliteProblemReportStore.h"

namespace certdrill::app {

ProblemReportController::ProblemReportController(QObject* parent)
    : QObject(parent)
{
}

void ProblemReportController::setApp(AppContext* app)
{
    if (m_app == app)
        return;
    m_app = app;
    emit appChanged();
}

QString ProblemReportController::report(const QString& bankId, const QString& questionId, const QString& contentHash,
                                        const QString& note)
{
    if (!m_app || !m_app->database())
        return tr("Your data is not open, so the report cannot be saved.");
    if (note.trimmed().isEmpty())
        return tr("Say what is wrong with the question.");
    bool ok = false;
    const auto hash = contentHash.toULongLong(&ok, 16);
    const auto profile = m_app->currentProfile();
    if (!profile)
        return tr("No profile is selected.");
    core::ProblemReport r;
    r.bankId = bankId.toStdString();
    r.questionId = questionId.toStdString();
    r.contentHash = ok ? hash : 0;
    r.note = note.toStdString();
    storage::SqliteProblemReportStore store{*m_app->database(), m_app->clock()};
    const auto added = store.add(profile->id, std::move(r));
    if (!added) {
        if (added.error().code == "bad-note")
            return tr("The note must be 1 to 4000 characters.");
        return tr("The report could not be saved: %1").arg(QString::fromStdString(added.error().message));
    }
    emit reported(bankId, questionId);
    return {};
}

} // namespace certdrill::app
