# The dashboard: each bank of the current profile with its due count, new questions, streak, last
# exam and exam countdown.
target_sources(certdrill_backend PRIVATE
    dashboard/DashboardModel.h dashboard/DashboardModel.cpp
    dashboard/StudySnapshot.h dashboard/StudySnapshot.cpp
)
set_source_files_properties(dashboard/DashboardModel.cpp dashboard/StudySnapshot.cpp
    PROPERTIES COMPILE_OPTIONS "$<TARGET_PROPERTY:certdrill_warnings,INTERFACE_COMPILE_OPTIONS>")
