#pragma once

#include "core/feedback/ProblemReport.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace certdrill::app {

class AppContext;

/// The problem reports stored for one bank, newest first (SqliteProblemReportStore). Refreshes
/// when App says the study changed (a report was added).
class ProblemReportModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(certdrill::app::AppContext* context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(QString bankId READ bankId WRITE setBankId NOTIFY bankIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { QuestionIdRole = Qt::UserRole + 1, NoteRole, CreatedAtRole, ContentHashRole };
    Q_ENUM(Role)

    explicit ProblemReportModel(QObject* parent = nullptr);

    [[nodiscard]] AppContext* context() const { return m_context; }
    void setContext(AppContext* context);
    [[nodiscard]] QString bankId() const { return m_bankId; }
    void setBankId(const QString& bankId);
    [[nodiscard]] int count() const { return static_cast<int>(m_reports.size()); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();

signals:
    void contextChanged();
    void bankIdChanged();
    void countChanged();

private:
    QPointer<AppContext> m_context;
    QString m_bankId;
    std::vector<core::ProblemReport> m_reports;
};

} // namespace certdrill::app
