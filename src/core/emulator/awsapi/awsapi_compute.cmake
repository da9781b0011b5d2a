# AWS API backend adapters for ECS, ECR, Kinesis and CloudWatch Logs.
list(APPEND PODDECK_CORE_SOURCES
  emulator/awsapi/EcsAdapter.h emulator/awsapi/EcsAdapter.cpp
)
