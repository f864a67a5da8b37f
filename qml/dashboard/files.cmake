# The dashboard (home page) and the welcome page.
qt_target_qml_sources(certdrill_ui QML_FILES
    dashboard/DashboardPage.qml
    dashboard/BankDashboardCard.qml
    dashboard/StatTile.qml
    dashboard/WelcomePage.qml
)
