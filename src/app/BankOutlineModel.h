#pragma once

#include "app/BankCatalog.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace certdrill::app {

/// One bank's blueprint as a list: each domain followed by its objectives, with question counts,
/// for the bank browser. Set `catalog` and `bankId`.
class BankOutlineModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(certdrill::app::BankCatalog* catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(QString bankId READ bankId WRITE setBankId NOTIFY bankIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY bankChanged)
    Q_PROPERTY(QString title READ title NOTIFY bankChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY bankChanged)
    Q_PROPERTY(QString license READ license NOTIFY bankChanged)
    Q_PROPERTY(bool forwardOnly READ forwardOnly NOTIFY bankChanged)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY bankChanged)

public:
    enum Role {
        IsDomainRole = Qt::UserRole + 1,
        ItemIdRole,
        TitleRole,
        WeightRole,
        QuestionCountRole,
        ExamQuestionsRole,
    };
    Q_ENUM(Role)

    explicit BankOutlineModel(QObject* parent = nullptr);

    [[nodiscard]] BankCatalog* catalog() const { return m_catalog; }
    void setCatalog(BankCatalog* catalog);
    [[nodiscard]] QString bankId() const { return m_bankId; }
    void setBankId(const QString& id);

    [[nodiscard]] bool found() const { return m_bank != nullptr; }
    [[nodiscard]] QString title() const;
    /// "SY0-701 · 90 questions in 90 minutes · pass at 750 on 100-900".
    [[nodiscard]] QString summary() const;
    [[nodiscard]] QString license() const;
    [[nodiscard]] bool forwardOnly() const;
    [[nodiscard]] int questionCount() const { return m_bank ? static_cast<int>(m_bank->questions.size()) : 0; }

    /// Question `n` of the bank (in file order) as QuestionView shows it, choices in the bank's
    /// order; an empty map when out of range.
    Q_INVOKABLE QVariantMap previewQuestion(int n) const;
    /// The position of a question in the bank, or -1.
    Q_INVOKABLE int indexOfQuestion(const QString& questionId) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

signals:
    void catalogChanged();
    void bankIdChanged();
    void bankChanged();

private:
    struct Row {
        bool isDomain = false;
        QString id;
        QString title;
        double weight = 0.0;
        int questions = 0;
        int examQuestions = 0;
    };
    void rebuild();

    QPointer<BankCatalog> m_catalog;
    QString m_bankId;
    core::BankPtr m_bank;
    std::vector<Row> m_rows;
};

} // namespace certdrill::app
