# The practice page: study, review, quick quiz and drill sessions.
qt_target_qml_sources(certdrill_ui QML_FILES
    practice/PracticePage.qml
    practice/FeedbackPanel.qml
    practice/SessionSummary.qml
    practice/DrillFilterDialog.qml
    practice/TimerBadge.qml
)
