#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace certdrill::app {

/// The questions of a finished session that were not fully right, each with what the candidate
/// needs to learn from it: the question as shown (for QuestionView), the answer given, the
/// feedback map (every option's explanation), and the same as ready-made rich text.
class MissedQuestionModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use ResultsController.missed")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    struct Row {
        int number = 0;           ///< position in the session, from 1
        QString questionId;
        QString domain;           ///< the domain's name
        qint64 timeMs = 0;
        bool answered = false;
        double credit = 0.0;
        QVariantMap question;     ///< QuestionPresenter's map; empty when the bank no longer has it
        QVariant response;        ///< the answer given, as QuestionView takes it
        QVariantMap feedback;     ///< feedbackToVariant's map (empty with no question)
        QString stemHtml;
        QVariantList choices;     ///< single, multiple: {html, correct, chosen, whyHtml}, as shown
        QStringList yourAnswer;   ///< rich text, one entry per part
        QStringList correctAnswer;
        QString explanationHtml;
        QStringList references;
    };

    enum Role {
        NumberRole = Qt::UserRole + 1,
        QuestionIdRole,
        DomainRole,
        TimeMsRole,
        AnsweredRole,
        CreditRole,
        QuestionRole,
        ResponseRole,
        FeedbackRole,
        StemHtmlRole,
        ChoicesRole,
        YourAnswerRole,
        CorrectAnswerRole,
        ExplanationHtmlRole,
        ReferencesRole,
    };
    Q_ENUM(Role)

    explicit MissedQuestionModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void show(std::vector<Row> rows);

signals:
    void countChanged();

private:
    std::vector<Row> m_rows;
};

} // namespace certdrill::app
