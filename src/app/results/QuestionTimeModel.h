#pragma once

#include "core/scoring/SessionReport.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace certdrill::app {

/// Every question of a finished session in the order shown: its domain, whether it was answered,
/// flagged and right, and the time spent on it.
class QuestionTimeModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use ResultsController.questions")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        QuestionIdRole,
        DomainRole,
        ObjectiveRole,
        AnsweredRole,
        FlaggedRole,
        CreditRole,
        CorrectRole,
        TimeMsRole,
    };
    Q_ENUM(Role)

    explicit QuestionTimeModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// `domains`: the report's domains, whose names are shown instead of ids.
    void show(std::vector<core::QuestionResult> questions, std::vector<core::AreaResult> domains);

signals:
    void countChanged();

private:
    std::vector<core::QuestionResult> m_questions;
    std::vector<core::AreaResult> m_domains;
};

} // namespace certdrill::app
