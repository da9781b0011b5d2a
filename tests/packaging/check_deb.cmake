# Builds the Debian package from BUILD_DIR into OUT_DIR and checks what it holds.
file(REMOVE_RECURSE ${OUT_DIR})
execute_process(COMMAND cpack -G DEB -B ${OUT_DIR} WORKING_DIRECTORY ${BUILD_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed (${rc}):\n${out}")
endif()
file(GLOB debs ${OUT_DIR}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${OUT_DIR}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -c failed on ${debs}")
endif()
foreach(path
    ./usr/bin/poddeck ./usr/bin/poddeck-cli
    ./usr/share/applications/io.poddeck.PodDeck.desktop
    ./usr/share/metainfo/io.poddeck.PodDeck.metainfo.xml
    ./usr/share/mime/packages/io.poddeck.PodDeck.mime.xml
    ./usr/share/icons/hicolor/scalable/apps/io.poddeck.PodDeck.svg
    ./usr/share/poddeck/poddeck_moto_server.py)
  string(FIND "${listing}" " ${path}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${path} is missing from the package:\n${listing}")
  endif()
endforeach()
execute_process(COMMAND dpkg-deb -f ${debs} Package Depends OUTPUT_VARIABLE fields)
foreach(dep libqt6widgets6 libqt6keychain1 libzstd1 libarchive13)
  string(FIND "${fields}" "${dep}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the package does not depend on ${dep}:\n${fields}")
  endif()
endforeach()
message(STATUS "${debs} holds everything:\n${fields}")
