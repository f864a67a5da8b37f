# Settings and data: the profile's study settings, backups and restore, bank import and the
# problem reports of a bank.
target_sources(certdrill_backend PRIVATE
    settings/ProfileSettingsController.h settings/ProfileSettingsController.cpp
    settings/BackupController.h settings/BackupController.cpp
    settings/BankImportController.h settings/BankImportController.cpp
    settings/ProblemReportModel.h settings/ProblemReportModel.cpp
)
set_source_files_properties(settings/ProfileSettingsController.cpp settings/BackupController.cpp
    settings/BankImportController.cpp settings/ProblemReportModel.cpp
    PROPERTIES COMPILE_OPTIONS "$<TARGET_PROPERTY:certdrill_warnings,INTERFACE_COMPILE_OPTIONS>")
