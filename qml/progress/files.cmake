# The progress page: charts of accuracy, answers per day, the due forecast and domain mastery.
qt_target_qml_sources(certdrill_ui QML_FILES
    progress/ProgressPage.qml
    progress/ProgressChart.qml
)
