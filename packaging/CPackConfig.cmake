# Desktop integration and a Debian package (cpack -G DEB in the build directory).
include(GNUInstallDirs)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/io.poddeck.PodDeck.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/io.poddeck.PodDeck.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/io.poddeck.PodDeck.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/poddeck.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME io.poddeck.PodDeck.svg)

set(CPACK_PACKAGE_NAME poddeck)
set(CPACK_PACKAGE_VENDOR PodDeck)
set(CPACK_PACKAGE_CONTACT "PodDeck maintainers <maintainers@poddeck.io>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The build keeps debug info (RelWithDebInfo); the package does not: 140 MiB of binaries become ~15.
set(CPACK_STRIP_FILES ON)
# Not dependencies: PodDeck works against any emulator, and only starts a local moto_server on request.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "awscli, python3")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://poddeck.io")
include(CPack)
