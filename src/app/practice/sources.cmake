# The practice page's adapters: study, review, quiz and drill sessions through core::PracticeSession.
set(_practice_sources
    practice/PracticeController.h practice/PracticeController.cpp
    practice/PracticeOptions.h practice/PracticeOptions.cpp
    practice/PracticeSummary.h practice/PracticeSummary.cpp
)
target_sources(certdrill_backend PRIVATE ${_practice_sources})
set_source_files_properties(${_practice_sources}
    PROPERTIES COMPILE_OPTIONS "$<TARGET_PROPERTY:certdrill_warnings,INTERFACE_COMPILE_OPTIONS>")
