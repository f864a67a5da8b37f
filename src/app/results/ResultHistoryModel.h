#pragma once

#include "app/results/StoredResults.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace certdrill::app {

/// The current profile's finished exams in a bank, newest first, each with its change against the
/// one before. Reloads when the bank, the profile or the study record changes.
class ResultHistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString bankId READ bankId WRITE setBankId NOTIFY bankIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(qint64 latestSessionId READ latestSessionId NOTIFY countChanged)
    Q_PROPERTY(QString error READ error NOTIFY countChanged)
    /// For the chart: one {at (date and time), score (scaled), passed} per exam, oldest first.
    Q_PROPERTY(QVariantList scores READ scores NOTIFY countChanged)
    /// The passing score of the newest exam (the bank's, unless it changed since); 0 with none.
    Q_PROPERTY(int passingScore READ passingScore NOTIFY countChanged)
    /// The reporting scale that holds every exam's score; 0 to 0 with none.
    Q_PROPERTY(int scaleLowest READ scaleLowest NOTIFY countChanged)
    Q_PROPERTY(int scaleHighest READ scaleHighest NOTIFY countChanged)

public:
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        FinishedAtRole,
        ExamCodeRole,
        ScaledScoreRole,
        PassingScoreRole,
        ScaleHighestRole,
        PassedRole,
        PercentRole,
        ChangeRole,
        QuestionCountRole,
        CorrectRole,
        PracticeRole,
        TimedOutRole,
        ElapsedMsRole,
    };
    Q_ENUM(Role)

    explicit ResultHistoryModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString bankId() const { return m_bankId; }
    void setBankId(const QString& bankId);
    [[nodiscard]] qint64 latestSessionId() const;
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QVariantList scores() const;
    [[nodiscard]] int passingScore() const;
    [[nodiscard]] int scaleLowest() const;
    [[nodiscard]] int scaleHighest() const;

    Q_INVOKABLE void reload();

signals:
    void bankIdChanged();
    void countChanged();

private:
    QString m_bankId;
    std::vector<StoredResult> m_results; ///< newest first
    std::vector<const StoredResult*> m_byTime; ///< m_results by finish time, oldest first
    QString m_error;
};

} // namespace certdrill::app
