# `cpack -G DEB` in a release build folder makes certdrill_<version>_amd64.deb.
set(CPACK_PACKAGE_NAME "certdrill")
set(CPACK_PACKAGE_VENDOR "CertDrill")
set(CPACK_PACKAGE_CONTACT "CertDrill maintainers <maintainers@certdrill.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Practice engine for IT certification exams")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# QML runtime modules are loaded at run time, so shlibdeps cannot see them: list them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtqml-workerscript, qml6-module-qtqml-models, qml6-module-qtcharts, qml6-module-qtquick-dialogs, qml6-module-qt-labs-settings")

if(CERTDRILL_BUILD_APP)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/certdrill.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/certdrill.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()
include(CPack)
