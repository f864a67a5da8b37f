#pragma once

#include "app/BackgroundQuery.h"
#include "app/dashboard/StudySnapshot.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace certdrill::app {

class AppContext;

/// The current profile's dashboard: one row per bank with what is due, what is new today, the
/// streak, the last exam and the days to the exam. Read off the GUI thread (the selector counts
/// every memory state of a bank), again whenever App says the study changed.
class DashboardModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(certdrill::app::AppContext* context READ context WRITE setContext NOTIFY contextChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// The profile has not answered anything yet in any bank (the welcome page offers a start).
    Q_PROPERTY(bool firstRun READ firstRun NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    enum Role {
        BankIdRole = Qt::UserRole + 1,
        TitleRole,
        VendorRole,
        ExamCodeRole,
        QuestionCountRole,
        DueCountRole,
        NewLeftRole,
        StudiedRole,
        AnswerCountRole,
        StreakRole,
        HasLastExamRole,
        LastExamScoreRole,
        LastExamPassedRole,
        PassingScoreRole,
        ScaleMaxRole,
        ExamDateRole,
        DaysToExamRole,
    };
    Q_ENUM(Role)

    explicit DashboardModel(QObject* parent = nullptr);
    ~DashboardModel() override;

    [[nodiscard]] AppContext* context() const { return m_context; }
    void setContext(AppContext* context);
    [[nodiscard]] bool busy() const { return m_query.busy(); }
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] bool firstRun() const { return m_firstRun; }
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Reads the figures again (in the background; a request while busy runs once it is done).
    Q_INVOKABLE void refresh();

signals:
    void contextChanged();
    void busyChanged();
    void countChanged();
    void loaded();

private:
    struct Row {
        core::BankPtr bank;
        int due = 0;
        int newLeft = 0;
        int studied = 0;
        int answers = 0;
        int streak = 0;
        bool hasLastExam = false;
        int lastExamScore = 0;
        bool lastExamPassed = false;
        QString examDate;
        int daysToExam = 0;
    };
    struct Result {
        std::vector<Row> rows;
        QString error;
    };
    static Result load(const StudySnapshot& snapshot);
    void show(Result result);

    QPointer<AppContext> m_context;
    std::vector<Row> m_rows;
    bool m_firstRun = false;
    QString m_error;
    BackgroundQuery<Result> m_query;
};

} // namespace certdrill::app
