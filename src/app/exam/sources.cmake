# The exam mode: ExamController (a timed exam simulation) and its review screen.
set(_exam_sources
    exam/ReviewScreenModel.h exam/ReviewScreenModel.cpp
    exam/ExamController.h exam/ExamController.cpp
)
target_sources(certdrill_backend PRIVATE ${_exam_sources})
list(FILTER _exam_sources INCLUDE REGEX "\\.cpp$")
set_source_files_properties(${_exam_sources}
    PROPERTIES COMPILE_OPTIONS "$<TARGET_PROPERTY:certdrill_warnings,INTERFACE_COMPILE_OPTIONS>")
