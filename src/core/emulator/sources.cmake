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
  emulator/InstanceReset.h emulator/InstanceReset.cpp
)
# Adapters, one file pair per service (each group lists its own files).
# awsapi_compute: ECS, ECR, Kinesis, CloudWatch Logs; awsapi_integration: EventBridge, KMS, Step Functions,
# API Gateway.
foreach(group awsapi_storage awsapi_app awsapi_compute awsapi_integration)
  include(${CMAKE_CURRENT_LIST_DIR}/awsapi/${group}.cmake OPTIONAL)
endforeach()
