# AWS API backend adapters for EventBridge, KMS, Step Functions and API Gateway REST APIs.
list(APPEND PODDECK_CORE_SOURCES
  emulator/awsapi/EventBridgeAdapter.h emulator/awsapi/EventBridgeAdapter.cpp
  emulator/awsapi/KmsAdapter.h emulator/awsapi/KmsAdapter.cpp
  emulator/awsapi/StepFunctionsAdapter.h emulator/awsapi/StepFunctionsAdapter.cpp
  emulator/awsapi/ApiGatewayAdapter.h emulator/awsapi/ApiGatewayAdapter.cpp
)
