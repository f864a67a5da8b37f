#pragma once

#include "app/BankCatalog.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace certdrill::app {


/// The banks of a catalog as a list for QML views.
class BankListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(certdrill::app::BankCatalog* catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)

public:
    enum Role {
        BankIdRole = Qt::UserRole + 1,
        TitleRole,
        VendorRole,
        ExamCodeRole,
        QuestionCountRole,
        DomainCountRole,
        DurationMinutesRole,
        ExamQuestionCountRole,
        PassingScoreRole,
        ScaleMaxRole,
    };
    Q_ENUM(Role)

    explicit BankListModel(QObject* parent = nullptr);

    [[nodiscard]] BankCatalog* catalog() const { return m_catalog; }
    void setCatalog(BankCatalog* catalog);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void catalogChanged();

private:
    QPointer<BankCatalog> m_catalog;
};

} // namespace certdrill::app
