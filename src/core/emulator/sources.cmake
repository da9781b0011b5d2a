list(APPEND PODDECK_CORE_SOURCES
  emulator/ServiceAdapter.h emulator/ServiceAdapter.cpp
  emulator/SnapshotContext.h emulator/SnapshotContext.cpp
  emulator/ApplyContext.h emulator/ApplyContext.cpp
)
# Adapters, one file pair per service (each group lists its own files).
foreach(group awsapi_storage awsapi_app)
  include(${CMAKE_CURRENT_LIST_DIR}/awsapi/${group}.cmake OPTIONAL)
endforeach()
