list(APPEND PODDECK_CORE_SOURCES
  store/Chunker.h store/Chunker.cpp
  store/Compression.h store/Compression.cpp
  store/ObjectStore.h store/ObjectStore.cpp store/ObjectStorePacks.cpp
  store/LocalPackIndex.h store/LocalPackIndex.cpp
  store/LocalPackSet.h store/LocalPackSet.cpp
  store/LocalPackWriter.h store/LocalPackWriter.cpp
  store/StoreIo.h store/StoreIo.cpp
  store/StateTreeWriter.h store/StateTreeWriter.cpp
  store/StateTreeReader.h store/StateTreeReader.cpp
  store/ResourceLoad.h store/ResourceLoad.cpp
  store/StateBuilder.h store/StateBuilder.cpp
)
include(${CMAKE_CURRENT_LIST_DIR}/catalogue.cmake OPTIONAL)
