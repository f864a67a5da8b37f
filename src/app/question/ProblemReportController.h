#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace certdrill::app {

class AppContext;

/// Stores a candidate's note that something is wrong with a question (qml/question/
/// ReportProblemDialog.qml), named by bank, question id and content hash, for the bank's authors
/// (`certdrill feedback export`). Set `app` (the App singleton).
class ProblemReportController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(certdrill::app::AppContext* app READ app WRITE setApp NOTIFY appChanged)

public:
    explicit ProblemReportController(QObject* parent = nullptr);

    [[nodiscard]] AppContext* app() const { return m_app; }
    void setApp(AppContext* app);

    /// Stores the note; `contentHash` is the question map's 16 hex digits. Returns an error
    /// message to show, or an empty string when it was stored.
    Q_INVOKABLE QString report(const QString& bankId, const QString& questionId, const QString& contentHash,
                               const QString& note);

signals:
    void appChanged();
    /// A report was stored (the bank browser's list refreshes).
    void reported(const QString& bankId, const QString& questionId);

private:
    AppContext* m_app = nullptr;
};

} // namespace certdrill::app
