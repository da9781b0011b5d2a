# Storage-side AWS API adapters: S3, SQS, SNS, DynamoDB.
list(APPEND PODDECK_CORE_SOURCES
  emulator/awsapi/S3Adapter.h emulator/awsapi/S3Adapter.cpp
  emulator/awsapi/S3BucketConfig.h emulator/awsapi/S3BucketConfig.cpp
  emulator/awsapi/SqsAdapter.h emulator/awsapi/SqsAdapter.cpp
  emulator/awsapi/SqsMessages.h emulator/awsapi/SqsMessages.cpp
  emulator/awsapi/SnsAdapter.h emulator/awsapi/SnsAdapter.cpp
  emulator/awsapi/DynamoDbAdapter.h emulator/awsapi/DynamoDbAdapter.cpp
  emulator/awsapi/DynamoDbItemKey.h emulator/awsapi/DynamoDbItemKey.cpp
  emulator/awsapi/DynamoDbTable.h emulator/awsapi/DynamoDbTable.cpp
)
