# The question view shared by the practice and exam pages (see QuestionView.qml for its contract).
qt_target_qml_sources(certdrill_ui QML_FILES
    question/QuestionView.qml
    question/AnswerColors.qml
    question/ChoiceList.qml
    question/ChoiceRow.qml
    question/OrderList.qml
    question/MatchPairs.qml
    question/NumericAnswer.qml
    question/TextAnswer.qml
    question/Exhibit.qml
    question/ReportProblemDialog.qml
)
