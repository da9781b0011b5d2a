# AWS API backend adapters for IAM, Lambda, SSM Parameter Store and Secrets Manager.
list(APPEND PODDECK_CORE_SOURCES
  emulator/awsapi/IamQuery.h emulator/awsapi/IamQuery.cpp
  emulator/awsapi/IamAdapter.h emulator/awsapi/IamAdapter.cpp
  emulator/awsapi/IamWriter.h emulator/awsapi/IamWriter.cpp
)
list(APPEND PODDECK_CORE_SOURCES
  emulator/awsapi/LambdaApi.h emulator/awsapi/LambdaApi.cpp
  emulator/awsapi/LambdaAdapter.h emulator/awsapi/LambdaAdapter.cpp
  emulator/awsapi/LambdaWriter.h emulator/awsapi/LambdaWriter.cpp
  emulator/awsapi/LambdaPreflight.cpp
  emulator/awsapi/LambdaCode.h emulator/awsapi/LambdaCode.cpp
  emulator/awsapi/LambdaLayers.h emulator/awsapi/LambdaLayers.cpp
  emulator/awsapi/LambdaVersions.h emulator/awsapi/LambdaVersions.cpp
  emulator/awsapi/LambdaAccess.h emulator/awsapi/LambdaAccess.cpp
)
list(APPEND PODDECK_CORE_SOURCES
  emulator/awsapi/SsmAdapter.h emulator/awsapi/SsmAdapter.cpp
  emulator/awsapi/SsmHistory.h emulator/awsapi/SsmHistory.cpp
  emulator/awsapi/SecretsManagerAdapter.h emulator/awsapi/SecretsManagerAdapter.cpp
  emulator/awsapi/SecretVersions.h emulator/awsapi/SecretVersions.cpp
)
