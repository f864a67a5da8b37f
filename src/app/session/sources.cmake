# Shared by the exam, practice and results adapters: the profile's session environment in an
# installed bank, error messages, and planning a new session off the GUI thread.
set(_session_sources
    session/EnvironmentOpener.h session/EnvironmentOpener.cpp
    session/ErrorMessage.h session/ErrorMessage.cpp
    session/SessionStarter.h session/SessionStarter.cpp
)
target_sources(certdrill_backend PRIVATE ${_session_sources})
list(FILTER _session_sources INCLUDE REGEX "\\.cpp$")
set_source_files_properties(${_session_sources}
    PROPERTIES COMPILE_OPTIONS "$<TARGET_PROPERTY:certdrill_warnings,INTERFACE_COMPILE_OPTIONS>")
