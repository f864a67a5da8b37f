# The progress page: accuracy and answers per day, the due forecast and per-domain mastery.
target_sources(certdrill_backend PRIVATE
    progress/ProgressModel.h progress/ProgressModel.cpp
)
set_source_files_properties(progress/ProgressModel.cpp
    PROPERTIES COMPILE_OPTIONS "$<TARGET_PROPERTY:certdrill_warnings,INTERFACE_COMPILE_OPTIONS>")
