#pragma once

#include "core/scoring/SessionReport.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace certdrill::app {

/// The results per domain (or per objective) of a session report, for lists and the bar chart.
class AreaResultModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use ResultsController.domains or .objectives")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        AreaIdRole = Qt::UserRole + 1,
        NameRole,
        WeightRole,
        QuestionsRole,
        AnsweredRole,
        CreditRole,
        PercentRole,
    };
    Q_ENUM(Role)

    explicit AreaResultModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void show(std::vector<core::AreaResult> areas);

signals:
    void countChanged();

private:
    std::vector<core::AreaResult> m_areas;
};

} // namespace certdrill::app
