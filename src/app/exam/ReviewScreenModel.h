#pragma once

#include "core/session/ReviewScreen.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace certdrill::app {

/// An exam's review screen as a list: every question with whether it is answered, flagged or on
/// screen. Filled by ExamController (core::ExamSession::reviewScreen()).
class ReviewScreenModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use ExamController.reviewScreen")
    Q_PROPERTY(int count READ rowCount NOTIFY countsChanged)
    Q_PROPERTY(int answered READ answered NOTIFY countsChanged)
    Q_PROPERTY(int unanswered READ unanswered NOTIFY countsChanged)
    Q_PROPERTY(int flagged READ flagged NOTIFY countsChanged)

public:
    enum Role {
        IndexRole = Qt::UserRole + 1,
        NumberRole,
        QuestionIdRole,
        ScenarioRole,
        AnsweredRole,
        FlaggedRole,
        CurrentRole,
    };
    Q_ENUM(Role)

    explicit ReviewScreenModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int answered() const { return static_cast<int>(m_screen.answered); }
    [[nodiscard]] int unanswered() const { return static_cast<int>(m_screen.unanswered); }
    [[nodiscard]] int flagged() const { return static_cast<int>(m_screen.flagged); }

    /// Shows `screen`: rows change in place when the questions are the same, else a reset.
    void show(core::ReviewScreen screen);
    void clear();

signals:
    void countsChanged();

private:
    core::ReviewScreen m_screen;
};

} // namespace certdrill::app
