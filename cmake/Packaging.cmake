# `cpack -G DEB` from the build folder builds an installable zansai_<version>_amd64.deb.
install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.zansai.Navigator.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/zansai.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/resources/io.github.zansai.Navigator.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)

set(CPACK_PACKAGE_NAME "zansai")
set(CPACK_PACKAGE_VENDOR "Zansai Navigator developers")
set(CPACK_PACKAGE_CONTACT "Zansai Navigator developers <zansai@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Residual-debt consultation tool (残債ナビ)")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins and data that shlibdeps cannot see: the SQLite driver, Qt's Japanese catalogue, the font
# the PDF embeds, and the offscreen platform that `zansai-cli pdf` uses (in libqt6gui6).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n, fonts-noto-cjk, qt6-svg-plugins | libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Residual-debt consultation tool for voluntary-sale clients\n A consultant's tool: interview, creditor escalation, court deadlines, limitation,\n late-payment damages, garnishment limits and the options compared.")
include(CPack)
