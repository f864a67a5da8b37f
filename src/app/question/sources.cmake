# The question view's adapters (shared by the practice and exam pages): the question map QML
# shows, answers and feedback as QML values, the bank's image folder, and problem reports.
set(_question_sources
    question/BankFolder.h question/BankFolder.cpp
    question/QuestionPresenter.h question/QuestionPresenter.cpp
    question/ProblemReportController.h question/ProblemReportController.cpp
)
target_sources(certdrill_backend PRIVATE ${_question_sources})
set_source_files_properties(${_question_sources}
    PROPERTIES COMPILE_OPTIONS "$<TARGET_PROPERTY:certdrill_warnings,INTERFACE_COMPILE_OPTIONS>")
