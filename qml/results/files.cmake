# Results: the score report of a finished exam and the history of past results.
qt_target_qml_sources(certdrill_ui QML_FILES
    results/ResultsPage.qml
    results/ResultHistoryPage.qml
    results/ScoreCard.qml
    results/DomainChart.qml
    results/ScoreHistoryChart.qml
    results/MissedQuestionDelegate.qml
    results/QuestionTimeList.qml
    results/AreaList.qml
    results/SampleExam.qml
)
