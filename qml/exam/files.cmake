# The exam mode: the exam page, its bar, the review screen and its dialogs.
qt_target_qml_sources(certdrill_ui QML_FILES
    exam/ExamPage.qml
    exam/ExamBar.qml
    exam/ReviewScreen.qml
    exam/ExamStart.qml
    exam/WarningBanner.qml
    exam/ConfirmDialog.qml
)
