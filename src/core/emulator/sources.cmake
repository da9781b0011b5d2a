list(APPEND PODDECK_CORE_SOURCES
  emulator/ServiceAdapter.h emulator/ServiceAdapter.cpp
  emulator/SnapshotContext.h emulator/SnapshotContext.cpp
  emulator/ApplyContext.h emulator/ApplyContext.cpp
  emulator/HttpCall.h emulator/HttpCall.cpp
  emulator/EmulatorInfo.h emulator/EmulatorInfo.cpp
  emulator/EmulatorProbe.h emulator/EmulatorProbe.cpp
  emulator/AdapterRegistry.h emulator/AdapterRegistry.cpp
  emulator/AwsApiSnapshot.h emulator/AwsApiSnapshot.cpp
  emulator/PlanApplier.h emulator/PlanApplier.cpp
  emulator/IdRewrite.h emulator/IdRewrite.cpp
  emulator/NotCaptured.h emulator/NotCaptured.cpp
  # The Emulator interface and its implementations: aws/ (any AWS endpoint), moto/ and localstack/ on it.
  emulator/Emulator.h emulator/Emulator.cpp
  emulator/aws/AwsApiEmulator.h emulator/aws/AwsApiEmulator.cpp
  emulator/moto/MotoEmulator.h emulator/moto/MotoEmulator.cpp
  emulator/moto/MotoModelListing.h emulator/moto/MotoModelListing.cpp
  emulator/localstack/LocalStackEmulator.h emulator/localstack/LocalStackEmulator.cpp
)
# Adapters, one file pair per service (each group lists its own files), and the helpers they all share.
list(APPEND PODDECK_CORE_SOURCES emulator/awsapi/DocumentJson.h emulator/awsapi/DocumentJson.cpp)
# awsapi_compute: ECS, ECR, Kinesis, CloudWatch Logs; awsapi_integration: EventBridge, KMS, Step Functions,
# API Gateway.
foreach(group awsapi_storage awsapi_app awsapi_compute awsapi_integration)
  include(${CMAKE_CURRENT_LIST_DIR}/awsapi/${group}.cmake OPTIONAL)
endforeach()
# PodDeck's moto entry point (moto's server plus read-only routes for Lambda code and a boot id):
# installed beside the executables' share/ directory, and copied into the build tree so a build runs it
# without installing.
list(APPEND PODDECK_CORE_SOURCES emulator/moto/MotoEntryPoint.h emulator/moto/MotoEntryPoint.cpp)
include(GNUInstallDirs)
set(PODDECK_MOTO_ENTRY_SOURCE ${CMAKE_CURRENT_LIST_DIR}/moto/poddeck_moto_server.py)
set(PODDECK_MOTO_ENTRY_BUILD ${CMAKE_BINARY_DIR}/share/poddeck/poddeck_moto_server.py)
configure_file(${PODDECK_MOTO_ENTRY_SOURCE} ${PODDECK_MOTO_ENTRY_BUILD} COPYONLY)
install(FILES ${PODDECK_MOTO_ENTRY_SOURCE} DESTINATION ${CMAKE_INSTALL_DATADIR}/poddeck)
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/moto/MotoEntryPoint.cpp PROPERTIES COMPILE_DEFINITIONS
  "PODDECK_MOTO_ENTRY_BUILD=\"${PODDECK_MOTO_ENTRY_BUILD}\";PODDECK_MOTO_ENTRY_SOURCE=\"${PODDECK_MOTO_ENTRY_SOURCE}\"")
