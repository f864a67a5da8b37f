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
# qmltyperegistrar (Qt 6.4) includes every QML_ELEMENT header by its file name alone, so each
# area's folder must be on the include path (here for all areas, until src/app/CMakeLists.txt does it).
foreach(_area IN ITEMS question practice exam results dashboard progress settings)
    target_include_directories(certdrill_backend PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/${_area})
endforeach()
