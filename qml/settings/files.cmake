# Sections of the settings page: the profile's study settings and exam dates, its grading policy,
# backups and restore.
qt_target_qml_sources(certdrill_ui QML_FILES
    settings/StudySettingsSection.qml
    settings/GradingSection.qml
    settings/BackupSection.qml
)
