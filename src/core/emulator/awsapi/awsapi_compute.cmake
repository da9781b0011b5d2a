# AWS API backend adapters for ECS, ECR, Kinesis and CloudWatch Logs.
list(APPEND PODDECK_CORE_SOURCES
  emulator/awsapi/EcsAdapter.h emulator/awsapi/EcsAdapter.cpp
  emulator/awsapi/EcrAdapter.h emulator/awsapi/EcrAdapter.cpp
  emulator/awsapi/KinesisAdapter.h emulator/awsapi/KinesisAdapter.cpp
  emulator/awsapi/LogsAdapter.h emulator/awsapi/LogsAdapter.cpp
)
